/**
 * What a new report can say from the journal before the practitioner writes a word: who the
 * report is about, the intervention so far and the shared goals, each as an editable fact, and
 * the progress on the goals the practitioner rated (`goalProgress`), as their opinion.
 *
 * Sessions with the family are the reflections of meetings with them: a court hearing or a
 * team meeting is counted apart, and a supervision note (an entry about a brief) is not a
 * session at all. Sessions missed or cancelled are counted only from the attendance records the
 * practitioner made; the "repeated absences" sign of a tension is the practitioner's reflexive
 * note, private like every tension, so it is never turned into a fact for the court.
 */
import { briefLabels, fill } from '../../exports/labels/briefTexts';
import type { BriefLanguage } from '../../exports/language';
import { taxonomyEn } from '../../i18n/taxonomy.en';
import { taxonomyEs } from '../../i18n/taxonomy.es';
import { countAttendance, sessionsOffered } from '../../journal/attendanceCounts';
import type { AttendanceRecord } from '../attendance';
import type { CaseWithEntries } from '../case';
import type { Entry } from '../entry';
import type { ReportSectionKind } from './reportTaxonomy';
import type { Statement } from './report';
import { goalProgress } from './goalProgress';
import { prefillTexts, type PrefillTexts } from './prefillTexts';

export interface PrefillInput {
  journalCase: CaseWithEntries;
  /** The court the report goes to, when known. */
  court?: string;
  language: BriefLanguage;
  newId: () => string;
}

type Prefilled = Partial<Record<ReportSectionKind, Statement[]>>;

const taxonomies = { en: taxonomyEn, es: taxonomyEs };

/** Entries that are not sessions with the family. */
const notWithFamily = new Set(['court-hearing', 'team-meeting']);

export function isSessionWithFamily(entry: Entry): boolean {
  return entry.supervisionOf === undefined && (entry.modality === undefined || !notWithFamily.has(entry.modality));
}

/**
 * "Sessions offered: 12; attended: 9; not attended: 2; cancelled by the programme: 1.", from the
 * sessions the practitioner recorded: each reflection of a meeting with the family is a session
 * held, and the attendance records say what became of the others. Only when there is such a
 * record: without one, the journal knows of no session missed, and the phase lines say it all.
 */
function attendanceFact(records: readonly AttendanceRecord[], held: number, texts: PrefillTexts): string | undefined {
  if (records.length === 0) return undefined;
  const counts = countAttendance(records, held);
  const parts = [fill(texts.attendance.offered, { count: sessionsOffered(counts) })];
  for (const kind of attendanceKinds) {
    if (kind === 'held' || counts[kind] > 0) parts.push(fill(texts.attendance[kind], { count: counts[kind] }));
  }
  return `${parts.join('; ')}.`;
}

/** The counts a report names, in the order it names them. */
const attendanceKinds = ['held', 'notAttended', 'cancelledByFamily', 'cancelledByProgramme', 'rescheduled'] as const;

/** The journal's facts, by report section. */
export function prefillFromJournal(input: PrefillInput): Prefilled {
  const { journalCase, language, newId } = input;
  const texts = prefillTexts[language];
  const { formatDate } = briefLabels(language);
  const taxonomy = taxonomies[language];
  const fact = (text: string, citations: string[] = []): Statement => ({ id: newId(), text, type: 'fact', citations });
  const nameOf = (partyId: string) => journalCase.parties.find((party) => party.id === partyId)?.name ?? partyId;

  const reference = journalCase.reference?.trim();
  const court = input.court?.trim();
  const identification = [
    ...(reference === undefined || reference === '' ? [] : [fact(fill(texts.reference, { reference }))]),
    ...(court === undefined || court === '' ? [] : [fact(fill(texts.court, { court }))]),
    ...journalCase.parties
      .filter((party) => party.role === 'child')
      .map((party) => fact(fill(texts.child, { name: party.name }))),
  ];

  const entries = [...journalCase.entries].sort((a, b) => a.sessionDate.localeCompare(b.sessionDate));
  const sessions = entries.filter(isSessionWithFamily);
  const periods =
    journalCase.phaseHistory.length === 0
      ? [{ phase: journalCase.phase, changedAt: journalCase.openedAt }]
      : journalCase.phaseHistory;
  const intervention = [fact(fill(texts.opened, { date: formatDate(journalCase.openedAt) }))];
  periods.forEach((period, index) => {
    const next = periods[index + 1];
    // A session before the first recorded change belongs to the first phase.
    const inPeriod = sessions.filter(
      (entry) =>
        (index === 0 || entry.sessionDate >= period.changedAt) &&
        (next === undefined || entry.sessionDate < next.changedAt),
    );
    const held =
      inPeriod.length === 0
        ? texts.noSessions
        : fill(inPeriod.length === 1 ? texts.sessions.one : texts.sessions.other, { count: inPeriod.length });
    const values = {
      phase: texts.phaseName(taxonomy.phases[period.phase]),
      from: formatDate(period.changedAt),
      sessions: held,
    };
    const text =
      next === undefined
        ? fill(texts.phase, values)
        : fill(texts.phaseUntil, { ...values, to: formatDate(next.changedAt) });
    intervention.push(
      fact(
        text,
        inPeriod.map((entry) => entry.id),
      ),
    );
  });
  const hearings = entries.filter((entry) => entry.modality === 'court-hearing' && entry.supervisionOf === undefined);
  const meetings = entries.filter((entry) => entry.modality === 'team-meeting' && entry.supervisionOf === undefined);
  if (hearings.length + meetings.length > 0) {
    intervention.push(
      fact(fill(texts.otherMeetings, { hearings: hearings.length, meetings: meetings.length }), [
        ...hearings.map((entry) => entry.id),
        ...meetings.map((entry) => entry.id),
      ]),
    );
  }

  const attendance = attendanceFact(journalCase.attendance ?? [], sessions.length, texts);
  if (attendance !== undefined)
    intervention.push(
      fact(
        attendance,
        sessions.map((entry) => entry.id),
      ),
    );

  // The shared goals: those agreed with someone in the family, whatever became of them.
  const goals = journalCase.goals
    .filter((goal) => goal.agreedWith.length > 0)
    .map((goal) =>
      fact(
        fill(texts.goalAgreed, {
          goal: goal.description.trim(),
          status: taxonomy.goalStatuses[goal.status],
          parties: goal.agreedWith.map(nameOf).join(', '),
        }),
      ),
    );

  // Progress from the reviews the practitioner confirmed: their rating, so their opinion.
  const progress = goalProgress(journalCase, texts, formatDate).map((item): Statement => ({
    id: newId(),
    text: item.text,
    type: 'opinion',
    citations: [],
  }));

  return { identification, intervention, goals: [...goals, ...progress] };
}
