/**
 * What a case keeps about its exports, in one encrypted vault file per case (`exports/<caseId>.alz`):
 * the log of every file exported (supervision briefs, court-report review copies and final reports), the words the practitioner
 * marked as safe in name warnings, and the pseudonyms given to its parties.
 */
import { z } from 'zod';
import { calendarDateSchema, idSchema, nonBlankSchema, timestampSchema } from '../domain/primitives';
import { pseudonymAssignmentSchema } from './deidentify/pseudonyms';
import { briefLanguages } from './language';

/** What was exported: a supervision brief, or one of a court report's two documents. */
export const exportKinds = ['supervision-brief', 'court-report-review', 'court-report-final'] as const;
export type ExportKind = (typeof exportKinds)[number];

/** `pdf` is written by the shell (Electron's printToPDF of the brief's HTML). */
export const exportFormats = ['docx', 'md', 'html', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/**
 * An entry is logged before its file is written (`pending`) and confirmed once the file is in
 * place (`confirmed`), so no export is ever on disk unlogged. An entry still `pending` was never
 * confirmed (the app stopped mid-export, or the confirmation could not be saved): its file may
 * have been written.
 */
export const exportStatuses = ['pending', 'confirmed'] as const;
export type ExportStatus = (typeof exportStatuses)[number];

export const exportPeriodSchema = z.strictObject({ from: calendarDateSchema, to: calendarDateSchema });

export const exportRecordSchema = z.strictObject({
  id: idSchema,
  exportedAt: timestampSchema,
  caseId: idSchema,
  kind: z.enum(exportKinds),
  format: z.enum(exportFormats),
  /** For whom, in the practitioner's words ("Supervision with R. on Tuesday"). */
  recipient: z.string().max(200).optional(),
  /** The file's name, without its folder. */
  fileName: z.string().min(1).max(255),
  /** SHA-256 of the exact bytes written, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  language: z.enum(briefLanguages).optional(),
  /** The sessions covered, for "since the last brief". */
  period: exportPeriodSchema.optional(),
  status: z.enum(exportStatuses),
});
export type ExportRecord = z.infer<typeof exportRecordSchema>;

/** Someone outside the case the practitioner named in a brief's warnings: a neighbour, a new partner. */
export const otherPersonSchema = z.strictObject({
  /** The words that name them, as the practitioner marked them. */
  words: z.array(nonBlankSchema.pipe(z.string().max(100))).min(1),
  /** "Person A" is 1, "Person B" is 2…; never given to anyone else. */
  ordinal: z.int().min(1),
});
export type OtherPerson = z.infer<typeof otherPersonSchema>;

/** A pseudonym the practitioner wrote for a party, in one language, in place of the one derived. */
export const customPseudonymSchema = z.strictObject({
  partyId: idSchema,
  language: z.enum(briefLanguages),
  label: nonBlankSchema.pipe(z.string().max(60)),
});
export type CustomPseudonym = z.infer<typeof customPseudonymSchema>;

/** What the practitioner decided about a place that could identify the family (a school, a health centre…). */
export const placeDecisionSchema = z.strictObject({
  /** The place as written, compared folded. */
  text: nonBlankSchema.pipe(z.string().max(200)),
  decision: z.enum(['generalise', 'keep']),
});
export type PlaceDecision = z.infer<typeof placeDecisionSchema>;

/** The current version of the export file; `migrations/` upgrades older ones on read. */
export const caseExportsVersion = 3;

export const caseExportsSchema = z.strictObject({
  version: z.literal(caseExportsVersion),
  caseId: idSchema,
  /** Words never warned about again in this case's briefs, as the practitioner typed them. */
  safeWords: z.array(nonBlankSchema),
  /** Listed names that read as ordinary words ("Rosa", "Paz") but are names wherever they stand in this case. */
  nameWords: z.array(nonBlankSchema),
  pseudonyms: z.array(pseudonymAssignmentSchema),
  customPseudonyms: z.array(customPseudonymSchema),
  others: z.array(otherPersonSchema),
  places: z.array(placeDecisionSchema),
  /** Oldest first. */
  exports: z.array(exportRecordSchema),
});
export type CaseExports = z.infer<typeof caseExportsSchema>;

/** A case that has exported nothing yet. */
export function emptyCaseExports(caseId: string): CaseExports {
  return {
    version: caseExportsVersion,
    caseId,
    safeWords: [],
    nameWords: [],
    pseudonyms: [],
    customPseudonyms: [],
    others: [],
    places: [],
    exports: [],
  };
}

/**
 * The newest confirmed supervision brief, if any: "since the last brief" starts there. A brief
 * never confirmed may not have reached the supervisor; starting after it could skip its sessions,
 * while starting at the confirmed one before it only repeats some.
 */
export function lastBrief(record: CaseExports): ExportRecord | undefined {
  return record.exports.filter((item) => item.kind === 'supervision-brief' && item.status === 'confirmed').at(-1);
}
