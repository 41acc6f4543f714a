/**
 * The facts of a report's draft kept in step with the journal and the report's details: a
 * renamed court, a moved opening date, another session of a phase. A fact still in the app's
 * words takes the new data and is to be checked again (`changed`, unless never confirmed); one
 * the practitioner rewrote keeps their words and is marked `stale`, with the journal's new data
 * beside it to compare; one the journal no longer tells (a goal no longer shared) is `gone`.
 * Only the newest version, and only a draft: what was shared, finalized or submitted stays as
 * it was read.
 */
import type { CaseWithEntries } from '../case';
import { journalFacts } from './prefill';
import { factKey, sameFact, type PrefilledFact } from './prefilledFact';
import type { CourtReport, ReportSection, Statement } from './report';
import { newestVersion } from './versions';

/** The sections with their facts as the journal and `court` tell them now. */
export function sectionsInStep(
  sections: readonly ReportSection[],
  journalCase: CaseWithEntries,
  court: string | undefined,
): ReportSection[] {
  const now = new Map<string, { fact: PrefilledFact; citations: string[] }>();
  for (const each of journalFacts(journalCase, court)) now.set(factKey(each.fact), each);
  const inStep = (statement: Statement): Statement => {
    if (statement.fact === undefined) return statement;
    const current = now.get(factKey(statement.fact));
    const rewritten = statement.text.trim() !== '';
    if (current === undefined) return statement.check === 'gone' ? statement : { ...statement, check: 'gone' };
    if (sameFact(current.fact, statement.fact)) return statement;
    if (rewritten) return { ...statement, fact: current.fact, check: 'stale' };
    return { ...statement, fact: current.fact, citations: current.citations, check: statement.check ?? 'changed' };
  };
  return sections.map((section) => ({ ...section, statements: section.statements.map(inStep) }));
}

/** The report with its newest version's facts in step, when that version is a draft; else the report as it is. */
export function reportInStep(report: CourtReport, journalCase: CaseWithEntries): CourtReport {
  const newest = newestVersion(report);
  if (newest.status !== 'draft') return report;
  const sections = sectionsInStep(newest.sections, journalCase, report.court);
  const changed = sections.some((section, index) =>
    section.statements.some((statement, place) => statement !== newest.sections[index]?.statements[place]),
  );
  if (!changed) return report;
  return {
    ...report,
    versions: report.versions.map((version) => (version === newest ? { ...newest, sections } : version)),
  };
}

/** The statements still to be checked before sharing, in report order, with the section each is in. */
export function statementsToCheck(
  sections: readonly ReportSection[],
): { section: ReportSection['kind']; statement: Statement }[] {
  return sections.flatMap((section) =>
    section.statements
      .filter((statement) => statement.check !== undefined)
      .map((statement) => ({ section: section.kind, statement })),
  );
}
