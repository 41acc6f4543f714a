/**
 * What the case screen reads: the case, and per entry only what the timeline's filters and
 * badges, the charts and the export log use. The opening words of each reflection are read
 * separately, for the timeline rows in view (`entryExcerpts`), so a case of thousands of
 * reflections opens in a fraction of its size; the entry screen reads the whole case when opened.
 */
import { z } from 'zod';
import { caseObjectSchema } from '../domain/case';
import { entryContentShape } from '../domain/entry';
import { relationshipNoteSchema, tensionSchema } from '../domain/reflexivity';
import { sectionSchema } from '../domain/section';
import { idSchema, timestampSchema } from '../domain/primitives';

/**
 * A tension reduced to what the filters, badges and charts use: no note. The ecomap reads who it
 * names and where in the system it sits (ids and a list value, never text).
 */
export const tensionOverviewSchema = tensionSchema
  .pick({ type: true, rupture: true, relationship: true })
  .extend({ parties: tensionSchema.shape.parties.optional() });

/** A relationship noted strong or strained, without its note: what the ecomap draws. */
export const relationshipOverviewSchema = relationshipNoteSchema.pick({ relationship: true, quality: true });

export const entryOverviewSchema = z.strictObject({
  id: idSchema,
  sessionDate: entryContentShape.sessionDate,
  phase: entryContentShape.phase,
  modality: entryContentShape.modality,
  createdAt: timestampSchema,
  /** Each visibility the entry's sections have, once: the timeline filters by it. */
  visibilities: z.array(sectionSchema.shape.visibility),
  /** Whether a reportable section holds text: the timeline's badge. */
  reportable: z.boolean(),
  tensions: z.array(tensionOverviewSchema),
  relationships: z.array(relationshipOverviewSchema).optional(),
  ratings: entryContentShape.ratings,
  supervisionOf: entryContentShape.supervisionOf,
});

export const caseOverviewSchema = caseObjectSchema.extend({
  entries: z.array(entryOverviewSchema),
  /** Parties a reflection or an earlier version names, which therefore cannot be removed. */
  partiesInUse: z.array(idSchema),
});

/** The timeline asks for the rows in view, a screenful or two at a time. */
export const entryExcerptsRequestSchema = z.strictObject({
  caseId: idSchema,
  entryIds: z.array(idSchema).min(1).max(200),
});

/** Each asked-for entry's opening words as plain text (`entryExcerpt`), by entry id. */
export const entryExcerptsSchema = z.record(idSchema, z.string());

/** As much as two lines of a timeline row show in a wide window. */
export const timelineExcerptLength = 240;

export type EntryOverview = z.infer<typeof entryOverviewSchema>;
export type CaseOverview = z.infer<typeof caseOverviewSchema>;
export type EntryExcerpts = z.infer<typeof entryExcerptsSchema>;
