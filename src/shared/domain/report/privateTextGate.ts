/**
 * The gate no private journal text passes: sharing the review copy, exporting either document
 * and making a version final are refused (`report-private-text`) while any text the documents
 * print shares a passage with private or supervision-only journal text, or a statement cites a
 * journal section that is gone or no longer reportable. Unlike the other checks before "final",
 * no reason lets a version past it: the fix is to remove the text, or to make the journal
 * section reportable if it truly belongs in the report. The refusal names where the text is,
 * never the text itself.
 */
import { statementWords } from './factWords';
import { commentsUpTo } from './printedComments';
import { AppError } from '../../ipc/result';
import { reportLabels } from '../../exports/labels/reportTexts';
import type { CaseWithEntries } from '../case';
import { privatePassagesIn } from './privatePassages';
import { sourceProblem, type SourceProblem } from './references';
import { readableByCaregiver } from '../../exports/courtReport/reviewCopy';
import type { CourtReport, ReportVersion } from './report';
import type { ReportSectionKind } from './reportTaxonomy';

/** One piece of text a document prints, and how to name it without quoting it. */
interface PrintedText {
  text: string;
  place: string;
}

export type PrivateTextProblem = SourceProblem | 'private-passage';

export interface PrivateTextFinding {
  problem: PrivateTextProblem;
  /** Where it is, in words: `statement 2 of “Concerns”`. */
  place: string;
}

const { sections: sectionTitles } = reportLabels('en').texts.final;

/** `statement 2 of “Concerns”`, counting from 1 as the editor does. */
export function statementPlace(kind: ReportSectionKind, index: number): string {
  return `statement ${index + 1} of “${sectionTitles[kind]}”`;
}

/**
 * Every text the documents of `version` print besides the labels of the app, and the report's
 * own title: the case reference, the court (as set, and as submitted to), the names of the
 * parties printed, each statement and the name of whoever it is by, the reason the caregiver's
 * view is missing, each caregiver comment up to this version (its words, the line it points at
 * and the note on it) and the reason to go past a failed check (kept, or about to be given).
 * Also the order each document prints them in, the review copy without the statements held
 * back from the caregiver, so a passage cut across texts printed one after the other is read
 * whole.
 */
function printedTexts(
  report: CourtReport,
  version: ReportVersion,
  journalCase: CaseWithEntries,
  overrideReason: string | undefined,
): { printed: PrintedText[]; documents: number[][] } {
  const printed: PrintedText[] = [];
  const add = (text: string | undefined, place: string): number[] => {
    if (text === undefined || text.trim() === '') return [];
    printed.push({ text, place });
    return [printed.length - 1];
  };
  const partyPlace = 'the name of a party of the case';
  const partyName = (partyId: string) => journalCase.parties.find((party) => party.id === partyId)?.name;
  const title = add(report.title, 'the report’s title');
  const identification = [
    ...add(journalCase.reference, 'the case reference'),
    ...add(report.court, 'the court'),
    ...journalCase.parties.filter((party) => party.role === 'child').flatMap((party) => add(party.name, partyPlace)),
  ];
  const submitted = add(version.submitted?.court, 'the court it was submitted to');
  const final: number[] = [...identification, ...submitted];
  const review: number[] = [...identification];
  /** Where the final report prints the reason the caregiver's view is missing: after that section. */
  let caregiverView = -1;
  for (const section of version.sections) {
    section.statements.forEach((statement, index) => {
      const place = statementPlace(section.kind, index);
      const by = statement.by;
      const author =
        by === undefined
          ? []
          : 'name' in by
            ? add(by.name, `the name of whoever ${place} is by`)
            : add(partyName(by.partyId), partyPlace);
      const texts = [...author, ...add(statementWords(statement, 'en'), place)];
      final.push(...texts);
      if (readableByCaregiver(statement)) review.push(...texts);
    });
    if (section.kind === 'caregiver-view') caregiverView = final.length;
  }
  const sections = final.length;
  for (const shared of report.versions) {
    if (shared.number <= version.number && shared.sharedWith !== undefined) {
      final.push(...add(partyName(shared.sharedWith.partyId), partyPlace));
    }
  }
  for (const comment of commentsUpTo(report, version)) {
    const on = `the caregiver’s comment on “${sectionTitles[comment.section]}”`;
    final.push(
      ...add(comment.line, `the line ${on} points at`),
      ...add(comment.words, on),
      ...add(comment.response?.note, `the note on ${on}`),
    );
  }
  final.splice(
    caregiverView < 0 ? sections : caregiverView,
    0,
    ...add(version.caregiverViewAbsentReason, 'the reason the caregiver’s view is missing'),
  );
  final.push(
    ...add(version.finalized?.override?.reason, 'the reason to go on past a failed check'),
    ...add(overrideReason, 'the reason to go on past a failed check'),
  );
  return { printed, documents: [final, review, title] };
}

/** Every statement citing a journal section that is not reportable now, and every printed text holding a private passage. */
export function privateTextFindings(
  report: CourtReport,
  version: ReportVersion,
  journalCase: CaseWithEntries,
  overrideReason?: string,
): PrivateTextFinding[] {
  const findings: PrivateTextFinding[] = [];
  version.sections.forEach((section) =>
    section.statements.forEach((statement, index) => {
      const problem = statement.source === undefined ? undefined : sourceProblem(statement.source, journalCase);
      if (problem !== undefined) findings.push({ problem, place: statementPlace(section.kind, index) });
    }),
  );
  const { printed, documents } = printedTexts(report, version, journalCase, overrideReason);
  const passages = privatePassagesIn(
    printed.map((each) => each.text),
    journalCase,
    documents,
  );
  const places = new Set<string>();
  printed.forEach((each, index) => {
    if (!passages.has(index) || places.has(each.place)) return;
    places.add(each.place);
    findings.push({ problem: 'private-passage', place: each.place });
  });
  return findings;
}

const problemWords: Record<PrivateTextProblem, string> = {
  'private-passage': 'holds words from a private or supervision-only part of the journal',
  'source-not-reportable': 'comes from a journal section that is no longer reportable',
  'source-gone': 'comes from a journal section that is no longer in the journal',
};

/** Refuses (`report-private-text`) when `privateTextFindings` finds anything, naming each place. */
export function refusePrivateText(
  report: CourtReport,
  version: ReportVersion,
  journalCase: CaseWithEntries,
  overrideReason?: string,
): void {
  const findings = privateTextFindings(report, version, journalCase, overrideReason);
  if (findings.length === 0) return;
  const list = findings.map((finding) => `${finding.place} ${problemWords[finding.problem]}`).join('; ');
  throw new AppError(
    'report-private-text',
    `Version ${version.number} cannot leave the journal: ${list}. Remove that text, or make the journal section reportable if it truly belongs in the report.`,
  );
}
