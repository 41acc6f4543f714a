/**
 * What the renderer sends and gets back for supervisions: reading a brief the supervisor sent
 * back, recording a case's part of a supervision, updating an agreed action, and the open actions
 * across cases for the home queue.
 */
import { z } from 'zod';
import { calendarDateSchema, idSchema, nonBlankSchema, textSchema } from '../domain/primitives';
import {
  actionStatuses,
  agreedActionSchema,
  caseSupervisionSchema,
  returnedCommentSchema,
  supervisionKinds,
} from '../domain/supervision';
import { sectionVisibilities } from '../domain/taxonomy';

/** Why a file was not taken as a brief sent back: each has its own message. */
export const returnedBriefRefusals = [
  /** No reference and no notes heading. */
  'not-a-brief',
  /** A brief's notes space, but its reference is gone. */
  'no-reference',
  /** The reference was edited (its check fails), or the file holds two. */
  'altered-reference',
  /** A brief exported from another journal. */
  'other-journal',
  /** A reference of this journal that names no brief in it. */
  'unknown-brief',
  /** Not a readable DOCX: cut short, damaged, or a zip of something else. */
  'damaged-file',
  /** Not a DOCX, Markdown or text file, or far too large. */
  'unsupported-file',
] as const;
export type ReturnedBriefRefusal = (typeof returnedBriefRefusals)[number];

/** Pasted text is read as it is; without it main asks for the file in its own dialog. */
export const readReturnedBriefRequestSchema = z.strictObject({ pasted: z.string().max(500_000).optional() });

export const briefPseudonymSchema = z.strictObject({ label: z.string(), partyId: idSchema, name: z.string() });

export const briefPseudonymsRequestSchema = z.strictObject({ caseId: idSchema, exportId: idSchema });
export const briefPseudonymsSchema = z.strictObject({ pseudonyms: z.array(briefPseudonymSchema) });

export const returnedBriefSchema = z.strictObject({
  caseId: idSchema,
  caseAlias: z.string(),
  exportId: idSchema,
  reference: z.string(),
  exportedAt: z.string(),
  fileName: z.string(),
  period: z.strictObject({ from: calendarDateSchema, to: calendarDateSchema }).optional(),
  notes: z.array(z.string()),
  comments: z.array(returnedCommentSchema),
  /** The brief's pseudonyms and whom they stand for: for the screen only, never stored with the notes. */
  pseudonyms: z.array(briefPseudonymSchema),
});
export type ReturnedBrief = z.infer<typeof returnedBriefSchema>;

export const readReturnedBriefResponseSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('cancelled') }),
  z.strictObject({ status: z.literal('refused'), reason: z.enum(returnedBriefRefusals) }),
  z.strictObject({ status: z.literal('found'), brief: returnedBriefSchema }),
]);
export type ReadReturnedBriefResponse = z.infer<typeof readReturnedBriefResponseSchema>;

export const recordSupervisionRequestSchema = z.strictObject({
  caseId: idSchema,
  /** The meeting this part belongs to, when another case's part of it was recorded first. */
  supervisionId: idSchema.optional(),
  heldOn: calendarDateSchema,
  supervisor: nonBlankSchema.pipe(z.string().max(120)),
  kind: z.enum(supervisionKinds),
  briefs: z.array(idSchema).max(50),
  discussed: textSchema.optional(),
  remarks: textSchema.optional(),
  visibility: z.enum(sectionVisibilities),
  actions: z.array(z.strictObject({ what: agreedActionSchema.shape.what, due: calendarDateSchema.optional() })).max(50),
  /** Notes read from a brief sent back (`readReturnedBrief`), stored as read. */
  returned: z
    .strictObject({
      exportId: idSchema,
      reference: z.string().max(40),
      notes: z.array(textSchema).max(500),
      comments: z.array(returnedCommentSchema).max(500),
    })
    .optional(),
});
export type RecordSupervisionRequest = z.infer<typeof recordSupervisionRequestSchema>;

export const updateAgreedActionRequestSchema = z.strictObject({
  caseId: idSchema,
  actionId: idSchema,
  status: z.enum(actionStatuses),
  note: textSchema.optional(),
  on: calendarDateSchema,
});
export type UpdateAgreedActionRequest = z.infer<typeof updateAgreedActionRequestSchema>;

export const supervisionAnswerSchema = caseSupervisionSchema;

/** An action still open, with its case and the supervision that agreed it, for the home queue. */
export const openActionSchema = z.strictObject({
  caseId: idSchema,
  caseAlias: z.string(),
  actionId: idSchema,
  what: z.string(),
  due: calendarDateSchema.optional(),
  agreedOn: calendarDateSchema,
  supervisor: z.string(),
});
export type OpenAction = z.infer<typeof openActionSchema>;

export const openActionsSchema = z.strictObject({ actions: z.array(openActionSchema) });
