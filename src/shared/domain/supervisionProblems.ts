/**
 * The cross-checks of a case's supervisions: each part and each agreed action has its own id in
 * the case (actions are updated by id), and an action's status is its last update's (open while
 * it has none), so the list of open actions and the history can never disagree.
 */
import type { Problem } from './integrity';

export interface CheckedSupervision {
  id: string;
  actions: readonly { id: string; status: string; updates: readonly { status: string }[] }[];
}

export function supervisionProblems(
  supervisions: readonly CheckedSupervision[],
  duplicates: (ids: string[], path: Problem['path'], field: string) => Problem[],
): Problem[] {
  const problems = duplicates(
    supervisions.map((supervision) => supervision.id),
    ['supervisions'],
    'id',
  );
  const actions = supervisions.flatMap((supervision, supervisionIndex) =>
    supervision.actions.map((action, actionIndex) => ({
      action,
      path: ['supervisions', supervisionIndex, 'actions', actionIndex],
    })),
  );
  const seen = new Set<string>();
  for (const { action, path } of actions) {
    if (seen.has(action.id)) problems.push({ path: [...path, 'id'], message: `repeats the action id "${action.id}"` });
    seen.add(action.id);
    const expected = action.updates.at(-1)?.status ?? 'open';
    if (action.status !== expected) {
      problems.push({
        path: [...path, 'status'],
        message: `is "${action.status}" but the last update says "${expected}"`,
      });
    }
  }
  return problems;
}
