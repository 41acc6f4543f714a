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

/** One case's part of a meeting recorded for several cases at once. */
export const supervisionPartRequestSchema = recordSupervisionRequestSchema.omit({
  supervisionId: true,
  heldOn: true,
  supervisor: true,
  kind: true,
});

/**
 * One meeting (when, with whom, individual or group) for one or several cases, each with its own
 * part; recorded all or nothing, with one `supervisionId` the parts share.
 */
export const recordSupervisionMeetingRequestSchema = recordSupervisionRequestSchema
  .pick({ heldOn: true, supervisor: true, kind: true })
  .extend({ parts: z.array(supervisionPartRequestSchema).min(1).max(50) })
  .superRefine((request, context) => {
    const seen = new Set<string>();
    request.parts.forEach((part, index) => {
      if (seen.has(part.caseId))
        context.addIssue({
          code: 'custom',
          path: ['parts', index, 'caseId'],
          message: 'A case has one part per meeting.',
        });
      seen.add(part.caseId);
    });
  });
export type RecordSupervisionMeetingRequest = z.infer<typeof recordSupervisionMeetingRequestSchema>;

export const supervisionMeetingAnswerSchema = z.strictObject({ parts: z.array(caseSupervisionSchema) });

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

/** For each meeting of a case that touched other cases too, those cases, so its history names them. */
export const supervisionMeetingsSchema = z.strictObject({
  meetings: z.array(
    z.strictObject({
      supervisionId: idSchema,
      others: z.array(z.strictObject({ caseId: idSchema, alias: z.string() })),
    }),
  ),
});
export type SupervisionMeetings = z.infer<typeof supervisionMeetingsSchema>;
