/**
 * Decrypts and checks every file of an open vault (current files and backups) and the header's
 * checksum and copy, and reports each bad one by path, so the CLI's `verify` and the app's health
 * check say exactly what is wrong.
 */
import path from 'node:path';
import type { ZodType } from 'zod';
import { AppError, type ErrorCode } from '../../shared/ipc/result';
import type { ProgressListener } from '../../shared/progress/progress';
import { withProgress } from '../progress/progressReporter';
import { checkHeaderFiles } from './headerCopy';
import { nodeVaultFileSystem, type VaultFileSystem } from './vaultFileSystem';
import { listVaultFiles } from './vaultFiles';
import { generationOfBackup, type FileId } from './vaultLayout';
import type { VaultSession } from './vaultSession';
import type { StoredFile } from './fileStore';

export interface VerifyProblem {
  /** Path relative to the vault folder, with `/` separators. */
  path: string;
  fileId: FileId | undefined;
  /**
   * `missing`: the journal names a file that is not there; `orphaned`: a file no case in the
   * index names (both found by the journal's own check, `verifyJournal`).
   */
  kind: 'current' | 'backup' | 'unknown' | 'missing' | 'orphaned';
  code: ErrorCode;
  message: string;
}

export interface VerifyReport {
  /** How many files were decrypted and checked. */
  checked: number;
  problems: VerifyProblem[];
  /** What the check could not establish, in words (an old index without the record of files). */
  notes?: string[];
}

export interface VerifyOptions {
  /** A schema per file id, to check content as well as authenticity. */
  schemaFor?: (fileId: FileId) => ZodType | undefined;
  /**
   * A check of what a file holds, for files whose content is more than one JSON value (a record
   * log): throws an AppError naming the problem. Runs after `schemaFor`'s schema, if any.
   */
  contentCheck?: (fileId: FileId, stored: StoredFile, absolutePath: string) => void;
  fileSystem?: VaultFileSystem;
  onProgress?: ProgressListener;
}

/** Checks every `.alz` file; never stops at the first problem and never changes a file. */
export async function verifyVault(session: VaultSession, options: VerifyOptions = {}): Promise<VerifyReport> {
  const fileSystem = options.fileSystem ?? nodeVaultFileSystem;
  const report: VerifyReport = { checked: 0, problems: [] };
  const targets = await listVaultFiles(session.directory, fileSystem);

  report.problems.push(...(await checkHeaderFiles(session.directory, fileSystem)));
  await withProgress(options.onProgress, 'verify', 'files', targets.length, async (progress) => {
    for (const target of targets) {
      await checkTarget(target);
      await progress.advance();
    }
  });
  return report;

  async function checkTarget({ relativePath, fileId, kind }: (typeof targets)[number]): Promise<void> {
    if (fileId === undefined || kind === 'unknown') {
      report.problems.push({
        path: relativePath,
        fileId,
        kind: 'unknown',
        code: 'unsupported-format',
        message: 'Alianza did not write a file with this name; it was not read.',
      });
      return;
    }
    report.checked += 1;
    try {
      const stored = await session.checkStoredFile(fileId, relativePath);
      if (kind === 'backup' && stored.generation !== generationOfBackup(path.basename(relativePath))) {
        throw new AppError('integrity', 'This backup does not hold the generation its name says.');
      }
      const schema = options.schemaFor?.(fileId);
      if (schema !== undefined && stored.data !== null && !schema.safeParse(stored.data).success) {
        throw new AppError('unsupported-format', 'This file decrypts, but its content is not what Alianza expects.');
      }
      options.contentCheck?.(fileId, stored, path.join(session.directory, ...relativePath.split('/')));
    } catch (error) {
      if (!(error instanceof AppError) || error.code === 'locked') throw error;
      report.problems.push({ path: relativePath, fileId, kind, code: error.code, message: error.message });
    }
  }
}
