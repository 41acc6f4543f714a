/**
 * The home queue's warnings across the open cases, from the per-case facts the work queue reads
 * too (`openCaseFacts.ts`): each case's evaluated once per change of its file or of the thresholds.
 */
import { queueOrder, type OpenWarnings } from '../../shared/alliance/openWarnings';
import type { WarningThresholds } from '../../shared/alliance/thresholds';
import type { JournalStore } from './journalStore';
import { openCaseFacts } from './openCaseFacts';

/** Every active warning of the store's open cases, newest first. */
export async function listOpenWarnings(store: JournalStore, thresholds: WarningThresholds): Promise<OpenWarnings> {
  const listed = await openCaseFacts(store, thresholds);
  // The alias as the case list has it now (renaming a case changes no warning).
  const warnings = listed.flatMap(({ summary, result }) =>
    result.warnings.map((warning) => ({ ...warning, caseAlias: summary.alias })),
  );
  return { warnings: queueOrder(warnings), casesEvaluated: listed.length };
}
