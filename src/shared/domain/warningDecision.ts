/**
 * What the practitioner decided about a rupture warning: dismissed with a note, taken to
 * supervision, or reopened. Decisions are kept, never deleted or changed: a later one supersedes
 * an earlier one for the same warning, and the earlier one stays in the history. A warning is
 * named by the engine's id (its rule and the sessions and facts behind it), so a dismissal holds
 * while those facts stand and a new fall or absence is a new warning with no decision yet.
 */
import { z } from 'zod';
import { ruleIds } from '../alliance/warning';
import { sectionVisibilities } from './taxonomy';
import { calendarDateSchema, idSchema, textSchema, timestampSchema } from './primitives';

export const warningDecisionKinds = ['dismissed', 'taken-to-supervision', 'reopened'] as const;
export type WarningDecisionKind = (typeof warningDecisionKinds)[number];

/** A dismissal says why; the other decisions may. */
export function dismissalHasNote(decision: { kind: string; note?: string | undefined }): boolean {
  return decision.kind !== 'dismissed' || (decision.note ?? '').trim() !== '';
}
export const dismissalHasNoteIssue = { error: 'a dismissal needs a note saying why', path: ['note'] };

export const warningDecisionSchema = z
  .strictObject({
    id: idSchema,
    /** The engine's warning id (`src/shared/alliance/warningId.ts`). */
    warningId: idSchema,
    rule: z.enum(ruleIds),
    kind: z.enum(warningDecisionKinds),
    note: textSchema.optional(),
    /** Who may read the note: private unless the practitioner shares it, as for any text. */
    noteVisibility: z.enum(sectionVisibilities),
    /** The sessions the warning named when it was decided, so the history still reads once they change. */
    sessions: z.array(z.strictObject({ entryId: idSchema, date: calendarDateSchema })),
    decidedAt: timestampSchema,
  })
  .refine(dismissalHasNote, dismissalHasNoteIssue);

export type WarningDecision = z.infer<typeof warningDecisionSchema>;
