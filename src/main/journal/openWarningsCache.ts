/**
 * The home queue's warnings across the open cases, each case's evaluated once per change of its
 * file or of the thresholds (`perCaseResults.ts`).
 */
import { caseWarnings } from '../../shared/alliance/caseWarnings';
import { openWarningsOf, queueOrder, type OpenWarning, type OpenWarnings } from '../../shared/alliance/openWarnings';
import type { WarningThresholds } from '../../shared/alliance/thresholds';
import type { CaseSummary } from '../../shared/journal/caseSummary';
import type { JournalStore } from './journalStore';
import { perCaseResults } from './perCaseResults';

const warningsOf = perCaseResults((journalCase, thresholds: WarningThresholds) =>
  openWarningsOf(journalCase, caseWarnings(journalCase, thresholds)),
);

/** Every active warning of the store's open cases, newest first. */
export async function listOpenWarnings(store: JournalStore, thresholds: WarningThresholds): Promise<OpenWarnings> {
  const listed = await warningsOf(store, thresholds);
  const warnings = listed.flatMap(({ summary, result }) => result.map((warning) => withAlias(warning, summary)));
  return { warnings: queueOrder(warnings), casesEvaluated: listed.length };
}

/** The alias as the case list has it now (renaming a case changes no warning). */
function withAlias(warning: OpenWarning, summary: CaseSummary): OpenWarning {
  return warning.caseAlias === summary.alias ? warning : { ...warning, caseAlias: summary.alias };
}
