/**
 * The engine's warnings joined with what the practitioner decided about them. A warning's latest
 * decision says where it stands (a later decision supersedes an earlier one; "reopened" makes it
 * active again); every decision about it stays in its history. Decisions about warnings the
 * engine no longer raises (the facts changed) are kept in the case and simply not joined here.
 */
import type { WarningDecision } from '../domain/warningDecision';
import type { Warning } from './warning';

export const warningStatuses = ['active', 'dismissed', 'taken-to-supervision'] as const;
export type WarningStatus = (typeof warningStatuses)[number];

export interface DecidedWarning {
  warning: Warning;
  status: WarningStatus;
  /** The decision in force: absent while the warning is active. */
  decision?: WarningDecision;
  /** Every decision about this warning, oldest first. */
  history: WarningDecision[];
}

/** In the engine's order; `decisions` in any order (sorted by when decided, then as listed). */
export function decidedWarnings(
  warnings: readonly Warning[],
  decisions: readonly WarningDecision[] = [],
): DecidedWarning[] {
  const byWarning = new Map<string, WarningDecision[]>();
  const ordered = decisions
    .map((decision, index) => ({ decision, index }))
    .sort((a, b) => compareTimes(a.decision.decidedAt, b.decision.decidedAt) || a.index - b.index);
  for (const { decision } of ordered) {
    const list = byWarning.get(decision.warningId) ?? [];
    list.push(decision);
    byWarning.set(decision.warningId, list);
  }
  return warnings.map((warning) => {
    const history = byWarning.get(warning.id) ?? [];
    const latest = history.at(-1);
    if (latest === undefined || latest.kind === 'reopened') return { warning, status: 'active', history };
    return { warning, status: latest.kind, decision: latest, history };
  });
}

// Timestamps may carry an offset, so they are compared as instants, not as text.
function compareTimes(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}
