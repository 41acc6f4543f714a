/** What the renderer sends and gets back for supervision briefs, safe words and the export log. */
import { z } from 'zod';
import { calendarDateSchema, idSchema, nonBlankSchema } from '../domain/primitives';
import { phases } from '../domain/taxonomy';
import { briefParts } from './brief/briefParts';
import { briefFormats } from './brief/fileName';
import { replacementKinds } from './deidentify/markers';
import { nameWarningReasons } from './deidentify/warnings';
import { quasiIdentifierKinds } from './deidentify/quasiIdentifiers';
import { customPseudonymSchema, exportRecordSchema, otherPersonSchema, placeDecisionSchema } from './exportLog';
import { briefLanguages } from './language';

/** The practitioner's choices for a brief; the same for the preview and the export. */
export const briefRequestShape = {
  caseId: idSchema,
  /** First session date included. Left out: since the last brief (else all); `null`: from the start. */
  from: calendarDateSchema.nullable().optional(),
  /** Last session date included; left out: today. */
  to: calendarDateSchema.optional(),
  /** Only sessions of these phases; left out: every phase. */
  phases: z.array(z.enum(phases)).min(1).optional(),
  /** The parts after the first page; left out: every part. */
  parts: z.array(z.enum(briefParts)).optional(),
  language: z.enum(briefLanguages),
};
export const briefRequestSchema = z.strictObject(briefRequestShape);

export const replacementSchema = z.strictObject({
  kind: z.enum(replacementKinds),
  original: z.string(),
  replacement: z.string(),
  count: z.number().int().positive(),
});

export const nameWarningSchema = z.strictObject({
  word: z.string(),
  count: z.number().int().positive(),
  contexts: z.array(z.string()),
  reason: z.enum(nameWarningReasons),
  pseudonym: z.string().optional(),
});

export const deidentificationSummarySchema = z.strictObject({
  replaced: z.partialRecord(z.enum(replacementKinds), z.number().int().nonnegative()),
  acceptedAsSafe: z.number().int().nonnegative(),
});

export const briefFactsSchema = z.strictObject({
  caseLabel: z.string(),
  period: z.strictObject({ from: calendarDateSchema, to: calendarDateSchema }),
  phases: z.array(z.enum(phases)),
  sessions: z.number().int().nonnegative(),
  sessionsWithAbsences: z.number().int().nonnegative(),
  producedOn: calendarDateSchema,
  pseudonymExamples: z.array(z.string()),
  reference: z.string().optional(),
});

export const previewBriefResponseSchema = z.strictObject({
  /** The complete HTML file, byte for byte what an HTML export of the same choices writes today. */
  html: z.string(),
  /** Its `<article>`, to show inside the app with `briefStylesheet`. */
  body: z.string(),
  markdown: z.string(),
  /** What was replaced, for the practitioner's review (shown in the app only, never exported). */
  replacements: z.array(replacementSchema),
  /** Capitalised words that could still be names. */
  warnings: z.array(nameWarningSchema),
  facts: briefFactsSchema,
  /** Where the period's start came from. */
  periodSource: z.enum(['requested', 'last-brief', 'all']),
  suggestedFileNames: z.strictObject({ docx: z.string(), md: z.string(), html: z.string(), pdf: z.string() }),
  safeWords: z.array(z.string()),
  /** Places that could identify the family, to generalise or keep. */
  places: z.array(
    z.strictObject({
      text: z.string(),
      kind: z.enum(quasiIdentifierKinds),
      count: z.number().int().positive(),
      contexts: z.array(z.string()),
      label: z.string(),
    }),
  ),
  /** The review's other decisions kept for this case. */
  decisions: z.lazy(() => reviewDecisionsSchema),
  /** Each person's pseudonym in this brief, and whether the practitioner chose it. */
  partyPseudonyms: z.array(z.strictObject({ partyId: idSchema, label: z.string(), custom: z.boolean() })),
  summary: deidentificationSummarySchema,
});

export const exportBriefRequestSchema = z.strictObject({
  ...briefRequestShape,
  format: z.enum(briefFormats),
  /** For whom, in the practitioner's words; kept in the export log. */
  recipient: z.string().max(200).optional(),
});

/** What did not go as it should after a file was saved: the file is in place either way. */
export const exportNotices = [
  /** The disk did not confirm that the file is stored (the folder's sync failed after the rename). */
  'file-unconfirmed',
  /** The export log could not confirm the entry: the history lists the file as "may have been written". */
  'log-unconfirmed',
  /** A court-report document is saved and logged, but not recorded with the report version it came from. */
  'version-unrecorded',
] as const;
export type ExportNotice = (typeof exportNotices)[number];

export const savedExportSchema = z.strictObject({
  status: z.literal('saved'),
  path: z.string(),
  sha256: z.string(),
  bytes: z.number().int().nonnegative(),
  record: exportRecordSchema,
  notices: z.array(z.enum(exportNotices)).optional(),
});

/** What an export through the save dialog answers: the file written and logged, or nothing at all. */
export const savedOrCancelledSchema = z.discriminatedUnion('status', [
  savedExportSchema,
  /** The practitioner closed the save dialog: nothing was written or logged. */
  z.strictObject({ status: z.literal('cancelled') }),
]);

export const exportBriefResponseSchema = savedOrCancelledSchema;

export const safeWordRequestSchema = z.strictObject({
  caseId: idSchema,
  word: nonBlankSchema.pipe(z.string().max(100)),
});
export const safeWordsResponseSchema = z.strictObject({ safeWords: z.array(z.string()) });

const reviewWordSchema = nonBlankSchema.pipe(z.string().max(100));

/**
 * A decision in a brief's review, kept with the case's export log: a listed name that is also an
 * ordinary word is a name everywhere in this case; a word names someone outside the case; a
 * pseudonym the practitioner prefers (or `null` to go back to the derived one); a place to
 * generalise or keep (or `null` to decide again).
 */
export const reviewDecisionRequestSchema = z.discriminatedUnion('action', [
  z.strictObject({ caseId: idSchema, action: z.literal('name-word'), word: reviewWordSchema }),
  z.strictObject({ caseId: idSchema, action: z.literal('other-person'), word: reviewWordSchema }),
  z.strictObject({
    caseId: idSchema,
    action: z.literal('pseudonym'),
    partyId: idSchema,
    language: z.enum(briefLanguages),
    label: nonBlankSchema.pipe(z.string().max(60)).nullable(),
  }),
  z.strictObject({
    caseId: idSchema,
    action: z.literal('place'),
    text: nonBlankSchema.pipe(z.string().max(200)),
    decision: z.enum(['generalise', 'keep']).nullable(),
  }),
]);
export const reviewDecisionsSchema = z.strictObject({
  nameWords: z.array(z.string()),
  customPseudonyms: z.array(customPseudonymSchema),
  others: z.array(otherPersonSchema),
  places: z.array(placeDecisionSchema),
});
export type ReviewDecisionRequest = z.output<typeof reviewDecisionRequestSchema>;
export const listExportsResponseSchema = z.array(exportRecordSchema);

export type BriefRequest = z.output<typeof briefRequestSchema>;
export type PreviewBriefResponse = z.output<typeof previewBriefResponseSchema>;
export type ExportBriefRequest = z.output<typeof exportBriefRequestSchema>;
export type ExportBriefResponse = z.output<typeof exportBriefResponseSchema>;
export type SavedExport = z.output<typeof savedExportSchema>;
export type SafeWordRequest = z.output<typeof safeWordRequestSchema>;
