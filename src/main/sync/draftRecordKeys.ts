/**
 * Autosaved drafts in a synced vault: each draft saved on its own, keyed by its id, so a reflection
 * begun at the office can be finished at home. Discarding one is a removal. A draft saved on both
 * devices apart is text too: the later stands and the other is kept, and the inbox says so.
 */
import { draftSchema } from '../../shared/journal/requests';
import { recordKeyMaker, revisionSchemaFor, type RecordKind } from './recordKinds';

const kinds = {
  draft: { schema: draftSchema, idOf: (draft: { draftId: string }) => draft.draftId, removable: true },
} satisfies Record<string, RecordKind>;

/** The record key of a draft, from the draft. */
export const draftRecordKey = recordKeyMaker(kinds);

/** A revision of a draft as stored, checked whole (recordKinds.ts). */
export const draftRevisionSchema = revisionSchemaFor('the drafts', kinds);
