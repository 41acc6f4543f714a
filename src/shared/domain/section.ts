/** A piece of text in a reflection, with who may read it and, for the court, what kind of statement it is. */
import { z } from 'zod';
import { sectionVisibilities, statementTypes } from './taxonomy';
import { idSchema, nonBlankSchema, textSchema } from './primitives';

/** Whose allegation or opinion a statement is: a party of the case, or someone named in free text. */
export const statementBySchema = z.union(
  [z.strictObject({ partyId: idSchema }), z.strictObject({ name: nonBlankSchema })],
  { error: 'expected either { "partyId": "…" } or { "name": "…" }' },
);

export type StatementBy = z.infer<typeof statementBySchema>;

export const sectionSchema = z.strictObject({
  /** Stable within its entry, so reports and comments can point at the section. */
  id: idSchema.optional(),
  title: textSchema,
  visibility: z.enum(sectionVisibilities),
  /** Used only while the section is reportable; kept otherwise, so switching back loses nothing. */
  statementType: z.enum(statementTypes).optional(),
  /** Who alleges, or whose opinion it is. */
  statementBy: statementBySchema.optional(),
  /** Markdown. */
  text: textSchema,
});

export type Section = z.infer<typeof sectionSchema>;
