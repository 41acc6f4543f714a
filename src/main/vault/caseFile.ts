/**
 * A vault file that holds one checked record per case (the export log, the court reports), read
 * and changed one write at a time. The first change creates it, and the journal's ledger records
 * that it did; a file that is there but not what this version expects, or that the ledger says
 * was made but is gone, is an error, never reset.
 */
import { upgradeDocument, type MigrationStep } from '../../shared/storage/documentVersion';
import type { z } from 'zod';
import { AppError } from '../../shared/ipc/result';
import { isUnconfirmedWrite } from './durableFile';
import type { FileId } from './vaultLayout';
import type { EncryptedFiles } from './vaultSession';

/**
 * Where the journal records which cases have a file of this kind (the index's `caseFiles`). A
 * missing file the ledger records was deleted or lost; only a file it does not record may be
 * missing because it was never made.
 */
export interface CaseFileLedger {
  recorded(caseId: string): Promise<boolean>;
  /**
   * Records that the case's file exists now, and the generation just written (undefined when the
   * disk did not confirm the write): called after each write.
   */
  record(caseId: string, generation: number | undefined): Promise<void>;
  /** The absolute path of the case's file, for the error that names it. */
  pathOf(caseId: string): string;
}

export interface CaseFile<T> {
  read(caseId: string): Promise<T>;
  /** Reads, changes and writes one case's record; changes run one at a time, each on the last one's result. */
  update<R>(caseId: string, change: (current: T) => { next: T; result: R }): Promise<R>;
}

/** One kind of per-case file: where it lives, what it holds, and what a case without one holds. */
export interface CaseFileKind<T extends { caseId: string }> {
  fileIdOf(caseId: string): FileId;
  schema: z.ZodType<T>;
  empty(caseId: string): T;
  /** "The export log of this case", for the message when the content is not understood. */
  subject: string;
  /** The version this app writes; with `migrations`, older versions are upgraded on read. */
  version?: number;
  /** For each older version, the step to the next one (pure; the upgraded form is written on the next change). */
  migrations?: Readonly<Record<number, MigrationStep>>;
}

/** The stored content brought up to the kind's version, or an error naming a version this app cannot read. */
function upgraded<T extends { caseId: string }>(kind: CaseFileKind<T>, data: unknown): unknown {
  if (kind.version === undefined) return data;
  return upgradeDocument({ subject: kind.subject, current: kind.version, migrations: kind.migrations ?? {} }, data);
}

const open = new WeakMap<EncryptedFiles, Map<CaseFileKind<never>, CaseFile<unknown>>>();

/**
 * The one store of this kind for an open session: every caller shares it, so a write always
 * queues behind the others and none is lost.
 */
export function caseFileOf<T extends { caseId: string }>(
  files: EncryptedFiles,
  kind: CaseFileKind<T>,
  ledger?: CaseFileLedger,
): CaseFile<T> {
  let kinds = open.get(files);
  if (kinds === undefined) {
    kinds = new Map();
    open.set(files, kinds);
  }
  let found = kinds.get(kind as CaseFileKind<never>) as CaseFile<T> | undefined;
  if (found === undefined) {
    found = createCaseFile(files, kind, ledger);
    kinds.set(kind as CaseFileKind<never>, found as CaseFile<unknown>);
  }
  return found;
}

function createCaseFile<T extends { caseId: string }>(
  files: EncryptedFiles,
  kind: CaseFileKind<T>,
  ledger: CaseFileLedger | undefined,
): CaseFile<T> {
  let queue: Promise<unknown> = Promise.resolve();

  async function read(caseId: string): Promise<T> {
    const stored = await files.readFileIfExists(kind.fileIdOf(caseId));
    if (stored === undefined) {
      if (ledger !== undefined && (await ledger.recorded(caseId))) {
        throw new AppError(
          'missing-file',
          `${kind.subject} is missing, though the journal records that it was made. Nothing was written in its place; restore it from a backup.`,
          { file: ledger.pathOf(caseId) },
        );
      }
      return kind.empty(caseId);
    }
    const parsed = kind.schema.safeParse(upgraded(kind, stored.data));
    if (!parsed.success || parsed.data.caseId !== caseId) {
      throw new AppError(
        'unsupported-format',
        `${kind.subject} decrypted correctly but its content is not what this version of Alianza expects.`,
      );
    }
    return parsed.data;
  }

  return {
    read,
    update: (caseId, change) => {
      const run = async () => {
        const { next, result } = change(await read(caseId));
        let unconfirmed: AppError | undefined;
        let generation: number | undefined;
        try {
          generation = await files.writeFile(kind.fileIdOf(caseId), kind.schema.parse(next));
        } catch (error) {
          // In place but unconfirmed: the change is made, so it is recorded like any other.
          if (!isUnconfirmedWrite(error)) throw error;
          unconfirmed = error;
        }
        // After the write, so a file the ledger names was made, at the generation it names. A
        // failure to record loses no change (the file is written); the next change records it.
        if (ledger !== undefined) {
          await ledger.record(caseId, generation).catch((error: unknown) => {
            if (!(error instanceof AppError) || error.code === 'locked') throw error;
          });
        }
        if (unconfirmed !== undefined) throw unconfirmed;
        return result;
      };
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
