/**
 * A statement's words in one language: the practitioner's text when they wrote or rewrote it,
 * or else the words of the fact the app took from the journal. The screen, the documents, the
 * comparison of versions and the privacy checks all read statements through this, so they read
 * the same words.
 */
import { signedLevel } from '../../gas';
import { briefLabels, fill } from '../../exports/labels/briefTexts';
import type { BriefLanguage } from '../../exports/language';
import { taxonomyEn } from '../../i18n/taxonomy.en';
import { taxonomyEs } from '../../i18n/taxonomy.es';
import { sessionsOffered } from '../../journal/attendanceCounts';
import type { PrefilledFact } from './prefilledFact';
import { prefillTexts } from './prefillTexts';
import type { ReportSection, Statement } from './report';

const taxonomies = { en: taxonomyEn, es: taxonomyEs };

/** The attendance kinds a report names, in the order it names them; `held` always. */
const attendanceKinds = ['held', 'notAttended', 'cancelledByFamily', 'cancelledByProgramme', 'rescheduled'] as const;

export function factWords(fact: PrefilledFact, language: BriefLanguage): string {
  const texts = prefillTexts[language];
  const taxonomy = taxonomies[language];
  const { formatDate } = briefLabels(language);
  const levelName = (level: number) => texts.progress.levels[level + 2] ?? '';
  switch (fact.kind) {
    case 'reference':
      return fill(texts.reference, { reference: fact.reference });
    case 'court':
      return fill(texts.court, { court: fact.court });
    case 'child':
      return fill(texts.child, { name: fact.name });
    case 'opened':
      return fill(texts.opened, { date: formatDate(fact.date) });
    case 'phase-sessions':
      return fill(fact.count === 1 ? texts.phaseSessions.one : texts.phaseSessions.other, {
        phase: texts.phaseName(taxonomy.phases[fact.phase]),
        count: fact.count,
        first: formatDate(fact.first),
        last: formatDate(fact.last),
      });
    case 'other-meetings':
      return fill(texts.otherMeetings, { hearings: fact.hearings, meetings: fact.meetings });
    case 'attendance': {
      const parts = [fill(texts.attendance.offered, { count: sessionsOffered(fact) })];
      for (const kind of attendanceKinds) {
        if (kind === 'held' || fact[kind] > 0) parts.push(fill(texts.attendance[kind], { count: fact[kind] }));
      }
      return `${parts.join('; ')}.`;
    }
    case 'goal-agreed':
      return fill(texts.goalAgreed, {
        goal: fact.goal,
        status: taxonomy.goalStatuses[fact.status],
        parties: fact.parties.join(', '),
      });
    case 'goal-progress': {
      const values = {
        goal: fact.goal,
        agreedOn: formatDate(fact.agreedOn),
        date: formatDate(fact.latest.date),
        level: levelName(fact.latest.level),
        signed: signedLevel(fact.latest.level),
      };
      if (fact.first === undefined) return fill(texts.progress.once, values);
      return fill(texts.progress.since, {
        ...values,
        firstDate: formatDate(fact.first.date),
        firstLevel: levelName(fact.first.level),
        firstSigned: signedLevel(fact.first.level),
      });
    }
  }
}

/** What the statement says in `language`: the practitioner's words, or the fact's when they wrote none. */
export function statementWords(statement: Statement, language: BriefLanguage): string {
  if (statement.text.trim() !== '' || statement.fact === undefined) return statement.text;
  return factWords(statement.fact, language);
}

/** The statement with its words written out in `language`, for a reader that reads `text` only. */
export function withWords(statement: Statement, language: BriefLanguage): Statement {
  return { ...statement, text: statementWords(statement, language) };
}

/** Every statement of the sections with its words written out in `language`. */
export function sectionsInWords<T extends ReportSection>(sections: readonly T[], language: BriefLanguage): T[] {
  return sections.map((section) => ({
    ...section,
    statements: section.statements.map((statement) => withWords(statement, language)),
  }));
}
