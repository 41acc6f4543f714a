/**
 * The home queue's warnings across the open cases. Evaluating a case needs its file decrypted,
 * and the store keeps only a few decrypted cases, so what is kept here is each case's result:
 * its active warnings, until the case's file moves (a save, a restore, an import) or the
 * thresholds change. The first list after unlock reads every open case once; later lists read
 * only the cases saved since. Held per store, so a lock (which drops the store) drops it too.
 */
import { caseWarnings } from '../../shared/alliance/caseWarnings';
import { openWarningsOf, queueOrder, type OpenWarning, type OpenWarnings } from '../../shared/alliance/openWarnings';
import type { WarningThresholds } from '../../shared/alliance/thresholds';
import type { CaseSummary } from '../../shared/journal/caseSummary';
import type { JournalStore } from './journalStore';

interface Evaluated {
  /** The case's file position and last change, and the thresholds: the result holds while they do. */
  key: string;
  warnings: OpenWarning[];
}

const evaluatedByStore = new WeakMap<JournalStore, Map<string, Evaluated>>();

/** Every active warning of the store's open cases, newest first. */
export async function listOpenWarnings(store: JournalStore, thresholds: WarningThresholds): Promise<OpenWarnings> {
  let evaluated = evaluatedByStore.get(store);
  if (evaluated === undefined) {
    evaluated = new Map();
    evaluatedByStore.set(store, evaluated);
  }
  const open = (await store.listCases()).filter((summary) => summary.status === 'open');
  const positions = await store.filePositions();
  const thresholdsKey = JSON.stringify(thresholds);
  const warnings: OpenWarning[] = [];
  for (const summary of open) {
    // Read before the case: a save in between is seen on the next list, never hidden.
    const key = `${JSON.stringify(positions[`case:${summary.id}`] ?? null)}|${summary.updatedAt}|${thresholdsKey}`;
    let known = evaluated.get(summary.id);
    if (known?.key !== key) {
      const journalCase = await store.readCase(summary.id);
      known = { key, warnings: openWarningsOf(journalCase, caseWarnings(journalCase, thresholds)) };
      evaluated.set(summary.id, known);
    }
    warnings.push(...known.warnings.map((warning) => withAlias(warning, summary)));
  }
  const openIds = new Set(open.map((summary) => summary.id));
  for (const caseId of evaluated.keys()) if (!openIds.has(caseId)) evaluated.delete(caseId);
  return { warnings: queueOrder(warnings), casesEvaluated: open.length };
}

/** The alias as the case list has it now (renaming a case changes no warning). */
function withAlias(warning: OpenWarning, summary: CaseSummary): OpenWarning {
  return warning.caseAlias === summary.alias ? warning : { ...warning, caseAlias: summary.alias };
}
