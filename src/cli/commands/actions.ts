/**
 * `alianza actions`: the actions agreed in supervision that are still open, soonest due first,
 * across the open cases or in the case --case names. It reads the journal and writes nothing.
 */
import { createJournalStore } from '../../main/journal/journalStore';
import { openActionsOf } from '../../main/journal/supervisionChanges';
import { actionOrder } from '../../shared/home/workQueue';
import type { CommandContext } from '../context';
import type { CommandResult } from '../output';
import { withSession } from '../session';
import { findCase } from './brief';

export async function actions(context: CommandContext): Promise<CommandResult> {
  const wanted = context.options['case'];
  const open = await withSession(context, async (session) => {
    const store = createJournalStore(session);
    const caseIds =
      typeof wanted === 'string'
        ? [await findCase(store, wanted)]
        : (await store.listCases()).filter((summary) => summary.status === 'open').map((summary) => summary.id);
    const found = [];
    for (const caseId of caseIds) found.push(...openActionsOf(await store.readCase(caseId)));
    return found.sort(actionOrder);
  });
  return {
    json: { actions: open },
    lines:
      open.length === 0
        ? ['No action agreed in supervision is open.']
        : open.map(
            (action) =>
              `${action.due ?? 'no date  '}  ${action.caseAlias}: ${action.what} ` +
              `(agreed with ${action.supervisor} on ${action.agreedOn})`,
          ),
  };
}
