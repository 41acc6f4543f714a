/**
 * Something the home queue shows for every open case (its active warnings, its open agreed
 * actions) needs each case's file decrypted, and the store keeps only a few decrypted cases. So
 * what is kept here is each case's result, until the case's file moves (a save, a restore, an
 * import) or `context` changes (the thresholds). The first list after unlock reads every open
 * case once; later lists read only the cases saved since. Held per store, so a lock (which drops
 * the store) drops it too.
 */
import type { CaseWithEntries } from '../../shared/domain/case';
import type { CaseSummary } from '../../shared/journal/caseSummary';
import type { JournalStore } from './journalStore';

/** Each case `perCaseResults` was made for (the open ones unless told) with its result, in the case list's order. */
export type PerCaseResults<T, Context> = (
  store: JournalStore,
  context: Context,
) => Promise<{ summary: CaseSummary; result: T }[]>;

export function perCaseResults<T, Context = undefined>(
  compute: (journalCase: CaseWithEntries, context: Context) => T,
  include: (summary: CaseSummary) => boolean = (summary) => summary.status === 'open',
): PerCaseResults<T, Context> {
  const kept = new WeakMap<JournalStore, Map<string, { key: string; result: T }>>();
  return async (store, context) => {
    const contextKey = JSON.stringify(context ?? null);
    let results = kept.get(store);
    if (results === undefined) {
      results = new Map();
      kept.set(store, results);
    }
    const open = (await store.listCases()).filter(include);
    const positions = await store.filePositions();
    const listed: { summary: CaseSummary; result: T }[] = [];
    for (const summary of open) {
      // Read before the case: a save in between is seen on the next list, never hidden.
      const key = `${JSON.stringify(positions[`case:${summary.id}`] ?? null)}|${summary.updatedAt}|${contextKey}`;
      let known = results.get(summary.id);
      if (known?.key !== key) {
        known = { key, result: compute(await store.readCase(summary.id), context) };
        results.set(summary.id, known);
      }
      listed.push({ summary, result: known.result });
    }
    const openIds = new Set(open.map((summary) => summary.id));
    for (const caseId of results.keys()) if (!openIds.has(caseId)) results.delete(caseId);
    return listed;
  };
}
