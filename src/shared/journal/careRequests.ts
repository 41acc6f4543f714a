/**
 * Looking after the whole journal from the app: a backup archive, a check of every file, an
 * import of cases from an interchange file, and restoring an archive on a computer that has no
 * journal yet. The files are chosen in native dialogs in main; the renderer never names a path.
 */
import { z } from 'zod';

const cancelled = z.strictObject({ done: z.literal(false) });

export const backupJournalResponseSchema = z.discriminatedUnion('done', [
  cancelled,
  z.strictObject({
    done: z.literal(true),
    file: z.string(),
    files: z.int().nonnegative(),
    bytes: z.int().nonnegative(),
    sha256: z.string(),
  }),
]);
export type BackupJournalResponse = z.infer<typeof backupJournalResponseSchema>;

export const journalProblemSchema = z.strictObject({
  /** Absolute, so the practitioner can find it. */
  path: z.string(),
  kind: z.enum(['current', 'backup', 'unknown', 'missing', 'orphaned']),
  code: z.string(),
});
export const verifyJournalResponseSchema = z.strictObject({
  checked: z.int().nonnegative(),
  problems: z.array(journalProblemSchema),
  /** The case list predates the record of export logs and court-report files (see `verify`). */
  oldIndex: z.boolean(),
});
export type VerifyJournalResponse = z.infer<typeof verifyJournalResponseSchema>;

export const importJournalResponseSchema = z.discriminatedUnion('done', [
  cancelled,
  z.strictObject({
    done: z.literal(true),
    file: z.string(),
    cases: z.int().nonnegative(),
    entries: z.int().nonnegative(),
    courtReports: z.int().nonnegative(),
  }),
]);
export type ImportJournalResponse = z.infer<typeof importJournalResponseSchema>;

export const restoreArchiveResponseSchema = z.discriminatedUnion('done', [
  cancelled,
  z.strictObject({ done: z.literal(true), file: z.string(), files: z.int().nonnegative() }),
]);
export type RestoreArchiveResponse = z.infer<typeof restoreArchiveResponseSchema>;
