/**
 * A session reflection. Its content can be revised; every earlier version is kept, append-only,
 * in `history`, because a journal that may reach a court must show what was changed and when.
 */
import { z } from 'zod';
import { feelings, feelingVisibilities, phases, sessionModalities } from './taxonomy';
import { allianceRatingsSchema } from './ratings';
import { promptAnswerSchema, relationshipNoteSchema, strategyUseSchema, tensionSchema } from './reflexivity';
import { sectionSchema } from './section';
import { calendarDateSchema, idSchema, textSchema, timestampSchema } from './primitives';

/** The fields a revision can change, and that an earlier version keeps. */
export const entryContentShape = {
  sessionDate: calendarDateSchema,
  phase: z.enum(phases),
  modality: z.enum(sessionModalities).optional(),
  /** Ids of the parties who were there. */
  attendees: z.array(idSchema),
  sections: z.array(sectionSchema),
  promptAnswers: z.array(promptAnswerSchema),
  tensions: z.array(tensionSchema),
  relationships: z.array(relationshipNoteSchema),
  strategies: z.array(strategyUseSchema),
  ratings: allianceRatingsSchema,
  feelings: z.array(z.enum(feelings)),
  /** Who may read the feelings and the feeling note: private unless the practitioner shares them. */
  feelingsVisibility: z.enum(feelingVisibilities),
  feelingNote: textSchema.optional(),
  /** What the practitioner wants to discuss with their supervisor. */
  supervisionQuestions: z.array(textSchema),
  /** Set when the entry records a supervision session about an exported brief (its export record id). */
  supervisionOf: z.strictObject({ exportId: idSchema }).optional(),
};

export const entryContentSchema = z.strictObject(entryContentShape);
export type EntryContent = z.infer<typeof entryContentSchema>;

/** An earlier version of an entry, replaced at `editedAt`. */
export const entryRevisionSchema = z.strictObject({
  editedAt: timestampSchema,
  reason: textSchema.optional(),
  previous: entryContentSchema,
});

export type EntryRevision = z.infer<typeof entryRevisionSchema>;

/** An entry's fields without the cross-checks; `entrySchema` adds them. */
export const entryObjectSchema = z.strictObject({
  id: idSchema,
  ...entryContentShape,
  /** Earlier versions, oldest first. */
  history: z.array(entryRevisionSchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export type Entry = z.infer<typeof entryObjectSchema>;
