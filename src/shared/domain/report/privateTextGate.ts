/**
 * The gate no private journal text passes: sharing the review copy, exporting either document
 * and making a version final are refused (`report-private-text`) while any text the documents
 * print shares a passage with private or supervision-only journal text, or a statement cites a
 * journal section that is gone or no longer reportable. Unlike the other checks before "final",
 * no reason lets a version past it: the fix is to remove the text, or to make the journal
 * section reportable if it truly belongs in the report. The refusal names where the text is,
 * never the text itself.
 */
import { AppError } from '../../ipc/result';
import { reportLabels } from '../../exports/labels/reportTexts';
import type { CaseWithEntries } from '../case';
import { privatePassagesIn } from './privatePassages';
import { sourceProblem, type SourceProblem } from './references';
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
 * What the documents of `version` print besides the journal's own records: its statements, the
 * reason the caregiver's view is missing, the notes on comments made up to it, and the reason
 * to go past a failed check (kept, or about to be given).
 */
function printedTexts(report: CourtReport, version: ReportVersion, overrideReason: string | undefined): PrintedText[] {
  const statements = version.sections.flatMap((section) =>
    section.statements.map((statement, index) => ({
      text: statement.text,
      place: statementPlace(section.kind, index),
    })),
  );
  const notes = report.comments
    .filter((comment) => comment.version <= version.number && comment.response !== undefined)
    .map((comment) => ({
      text: comment.response?.note ?? '',
      place: `the note on the caregiver’s comment on “${sectionTitles[comment.section]}”`,
    }));
  const reasons = [
    { text: version.caregiverViewAbsentReason ?? '', place: 'the reason the caregiver’s view is missing' },
    { text: version.finalized?.override?.reason ?? '', place: 'the reason to go on past a failed check' },
    { text: overrideReason ?? '', place: 'the reason to go on past a failed check' },
  ];
  return [...statements, ...notes, ...reasons].filter((printed) => printed.text.trim() !== '');
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
  const printed = printedTexts(report, version, overrideReason);
  const passages = privatePassagesIn(
    printed.map((each) => each.text),
    journalCase,
  );
  printed.forEach((each, index) => {
    if (passages.has(index)) findings.push({ problem: 'private-passage', place: each.place });
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
