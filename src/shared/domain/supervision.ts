/**
 * A supervision as a case keeps it. A supervision (one meeting with the practitioner's own
 * supervisor, alone or in a group) can touch several cases; each case keeps its part — what was
 * discussed of it, the supervisor's remarks, the actions agreed for it, the notes the supervisor
 * wrote in a brief and sent back — with the meeting's date, supervisor and kind, and the
 * `supervisionId` the parts of one meeting share. So everything about a family stays in its
 * case's encrypted file, and the meeting is the parts grouped by that id. The supervisor is the
 * practitioner's colleague, never a party of the case.
 */
import { z } from 'zod';
import { sectionVisibilities } from './taxonomy';
import { calendarDateSchema, idSchema, nonBlankSchema, textSchema, timestampSchema } from './primitives';

export const supervisionKinds = ['individual', 'group'] as const;
export type SupervisionKind = (typeof supervisionKinds)[number];

export const actionStatuses = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** One change of an agreed action's status, kept: "done on 12 Nov: met each adult separately". */
export const actionUpdateSchema = z.strictObject({
  status: z.enum(actionStatuses),
  /** What followed, or why it was dropped. */
  note: textSchema.optional(),
  on: calendarDateSchema,
  recordedAt: timestampSchema,
});
export type ActionUpdate = z.infer<typeof actionUpdateSchema>;

export const agreedActionSchema = z.strictObject({
  id: idSchema,
  what: nonBlankSchema.pipe(z.string().max(500)),
  /** By when, if a date was agreed. */
  due: calendarDateSchema.optional(),
  /** The current status: the last update's, or open. */
  status: z.enum(actionStatuses),
  /** Oldest first; empty while the action is as agreed. */
  updates: z.array(actionUpdateSchema),
});
export type AgreedAction = z.infer<typeof agreedActionSchema>;

/** A comment the supervisor left in a returned brief, with the paragraph it was anchored in. */
export const returnedCommentSchema = z.strictObject({
  text: textSchema,
  author: z.string().max(200).optional(),
  on: textSchema.optional(),
});
export type ReturnedComment = z.infer<typeof returnedCommentSchema>;

/**
 * What the supervisor wrote in a brief and sent back: de-identified text (the brief's
 * pseudonyms), stored as read; names are put back only on the screen.
 */
export const returnedNotesSchema = z.strictObject({
  /** The export log entry of the brief it came back from. */
  exportId: idSchema,
  reference: z.string().max(40),
  notes: z.array(textSchema),
  comments: z.array(returnedCommentSchema),
  importedAt: timestampSchema,
});
export type ReturnedNotes = z.infer<typeof returnedNotesSchema>;

export const caseSupervisionSchema = z.strictObject({
  id: idSchema,
  /** Shared by the parts of one meeting across cases. */
  supervisionId: idSchema,
  heldOn: calendarDateSchema,
  supervisor: nonBlankSchema.pipe(z.string().max(120)),
  kind: z.enum(supervisionKinds),
  /** The export log entries of the briefs discussed. */
  briefs: z.array(idSchema),
  discussed: textSchema.optional(),
  remarks: textSchema.optional(),
  /** Who may read `discussed` and `remarks`: private unless shared, as for every reflexive text. */
  visibility: z.enum(sectionVisibilities),
  actions: z.array(agreedActionSchema),
  returned: z.array(returnedNotesSchema),
  recordedAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type CaseSupervision = z.infer<typeof caseSupervisionSchema>;

/** The actions of a case's supervisions still open, each with the part that agreed it, in the order recorded. */
export function openAgreedActions(supervisions: readonly CaseSupervision[] | undefined) {
  return (supervisions ?? []).flatMap((part) =>
    part.actions.filter((action) => action.status === 'open').map((action) => ({ part, action })),
  );
}
