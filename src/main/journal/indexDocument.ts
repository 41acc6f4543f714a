/**
 * The index document (`index.alz`), format 4: a log of records, like a case. The first record
 * holds the case list, the record of which per-case files exist, and where each case's file and
 * each per-case file stood when last written (`positions`: the manifest that a file rolled back to
 * an older state is held against). Each later record holds one case's new line and position, or
 * one per-case file's new generation. Format 3 is the same log without attendance in the lines;
 * formats 1 and 2 are one JSON value. Their lines are completed by `indexMigrations/`.
 */
import { AppError } from '../../shared/ipc/result';
import {
  caseFilesSchema,
  caseSummarySchema,
  earlierCaseSummarySchema,
  storedIndexSchema,
  type CaseFiles,
  type CaseSummary,
  type EarlierCaseSummary,
  type StoredIndex,
} from '../../shared/journal/caseSummary';
import { newerVersionOf, type DocumentVersioning } from '../../shared/storage/documentVersion';
import type { StoredFile } from '../vault/fileStore';
import { filePositionSchema, type FilePosition } from '../vault/filePosition';
import { z } from 'zod';

export const indexVersion = 4;
/** Format 3: the same records, with no attendance in a case's line (`indexMigrations/toVersion4.ts`). */
const earlierLogVersion = 3;

const versioning: Pick<DocumentVersioning, 'subject' | 'current'> = { subject: 'The case list', current: indexVersion };

export type { FilePosition };

const positionsSchema = z.record(z.string(), filePositionSchema);
export type FilePositions = z.infer<typeof positionsSchema>;

export type IndexRecord =
  | {
      version: typeof indexVersion;
      type: 'snapshot';
      cases: CaseSummary[];
      caseFiles: CaseFiles;
      importing?: string[];
      positions: FilePositions;
    }
  | { version: typeof indexVersion; type: 'case'; summary: CaseSummary; position: FilePosition }
  | { version: typeof indexVersion; type: 'file'; fileId: string; position: FilePosition };

/** The records of one log format, its lines checked with `line`. */
function recordSchemaOf<Version extends number, Line extends z.ZodType>(version: Version, line: Line) {
  return z.discriminatedUnion('type', [
    z.strictObject({
      version: z.literal(version),
      type: z.literal('snapshot'),
      cases: z.array(line),
      caseFiles: caseFilesSchema,
      importing: z.array(z.string()).optional(),
      positions: positionsSchema,
    }),
    z.strictObject({
      version: z.literal(version),
      type: z.literal('case'),
      summary: line,
      position: filePositionSchema,
    }),
    z.strictObject({
      version: z.literal(version),
      type: z.literal('file'),
      fileId: z.string(),
      position: filePositionSchema,
    }),
  ]);
}

/** Small, so they are checked on read: a damaged case list must not become the journal's. */
const recordSchema = z.union([
  recordSchemaOf(indexVersion, caseSummarySchema),
  recordSchemaOf(earlierLogVersion, earlierCaseSummarySchema),
]);

/** The index as the store holds it: the stored form of any version, and the positions (none before format 3). */
export interface ReadIndex {
  stored: StoredIndex;
  positions: FilePositions;
}

/** The index a stored file holds, of any format; `unsupported-format` naming `file` otherwise. */
export function indexFromStored(stored: StoredFile, file: string): ReadIndex {
  if (stored.log === undefined) {
    // The index is written as `null` when a format-1 vault is created: an empty list.
    if (stored.data === null)
      return { stored: { version: 2, cases: [], caseFiles: { exports: [], reports: [] } }, positions: {} };
    const newer = newerVersionOf(versioning, stored.data);
    if (newer !== undefined) throw newerIndex(newer, file);
    const parsed = storedIndexSchema.safeParse(stored.data);
    if (!parsed.success) throw notUnderstood(file);
    return { stored: parsed.data, positions: {} };
  }
  let cases = new Map<string, EarlierCaseSummary>();
  let caseFiles: CaseFiles = { exports: [], reports: [] };
  let importing: string[] | undefined;
  let positions: FilePositions = {};
  let started = false;
  for (const value of stored.data as unknown[]) {
    const newer = newerVersionOf(versioning, value);
    if (newer !== undefined) throw newerIndex(newer, file);
    const parsed = recordSchema.safeParse(value);
    if (!parsed.success) throw notUnderstood(file);
    const record = parsed.data;
    switch (record.type) {
      case 'snapshot':
        started = true;
        cases = new Map(record.cases.map((summary) => [summary.id, summary]));
        caseFiles = record.caseFiles;
        importing = record.importing;
        positions = { ...record.positions };
        break;
      case 'case':
        cases.set(record.summary.id, record.summary);
        positions[`case:${record.summary.id}`] = record.position;
        break;
      case 'file': {
        positions[record.fileId] = record.position;
        // An export log or court-report file written is one the journal records as made.
        const [kind, caseId = ''] = record.fileId.split(':') as [string, string?];
        if ((kind === 'exports' || kind === 'reports') && !caseFiles[kind].includes(caseId)) {
          caseFiles = { ...caseFiles, [kind]: [...caseFiles[kind], caseId].sort() };
        }
        break;
      }
    }
  }
  if (!started) throw notUnderstood(file);
  return {
    stored: {
      version: 2,
      cases: [...cases.values()].sort((left, right) => left.alias.localeCompare(right.alias)),
      caseFiles,
      ...(importing === undefined || importing.length === 0 ? {} : { importing }),
    },
    positions,
  };
}

function newerIndex(version: number, file: string): AppError {
  return new AppError(
    'unsupported-format',
    `The case list was written by a newer version of Alianza (format ${version}; this one reads up to ${indexVersion}). Update Alianza to open this journal; no file was changed.`,
    { file },
  );
}

function notUnderstood(file: string): AppError {
  return new AppError(
    'unsupported-format',
    'The case list (index.alz) decrypted correctly but its content is not what this version of Alianza expects.',
    { file },
  );
}
