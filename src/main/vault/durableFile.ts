/**
 * Atomic, durable file replacement: write a unique temp file, fsync it, rename it over the
 * target, fsync the folder. A crash or a full disk at any step before the rename leaves the
 * previous file whole. The rename is the commit: a failure after it (the folder's fsync) leaves
 * the new file in place and is `write-unconfirmed`, never "the previous version is intact", and a
 * caller must not undo anything because of it. (steno, lowdb's own writer, renames without fsync.)
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';

/** The file-system calls the writer needs, so tests can inject ENOSPC or EIO at each step. */
export interface DurableFileSystem {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  rm: typeof nodeFs.rm;
}

export const nodeFileSystem: DurableFileSystem = {
  open: nodeFs.open,
  rename: nodeFs.rename,
  rm: nodeFs.rm,
};

export async function writeFileDurably(
  target: string,
  data: Uint8Array | string,
  fileSystem: DurableFileSystem = nodeFileSystem,
  options: DurableWriteOptions = {},
): Promise<void> {
  const directory = path.dirname(target);
  const temporary = temporaryFileFor(target);
  try {
    // The new bytes reach the disk while the caller keeps the old file: two waits for the disk overlap.
    const [written, kept] = await Promise.allSettled([
      writeTemporary(temporary, data, fileSystem),
      options.beforeReplace?.(),
    ]);
    if (kept.status === 'rejected') throw kept.reason;
    if (written.status === 'rejected') throw toStorageError(written.reason, target);
    await fileSystem.rename(temporary, target).catch((error: unknown) => {
      throw toStorageError(error, target);
    });
  } catch (error) {
    await fileSystem.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory, fileSystem).catch((error: unknown) => {
    throw unconfirmedWrite(error, target);
  });
}

/** The temporary file a durable write of `target` goes through: `.<name>.<12 hex digits>.tmp` beside it. */
export function temporaryFileFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** The name of the file a temporary file of `writeFileDurably` was for; undefined for any other name. */
export function temporaryFileTarget(name: string): string | undefined {
  return /^\.(.+)\.[0-9a-f]{12}\.tmp$/.exec(name)?.[1];
}

/** The error for a failure after the rename: the new file is current, its durability unknown. */
export function unconfirmedWrite(error: unknown, file: string, subject = 'The new version of this file is'): AppError {
  const cause = error instanceof AppError && error.cause !== undefined ? error.cause : error;
  return new AppError(
    'write-unconfirmed',
    `${subject} in place, but the disk did not confirm that it is stored (${systemCode(cause)}): ` +
      'it could be lost if the computer stops suddenly. Nothing was undone. Check the disk, then run verify and make a backup.',
    { file, cause },
  );
}

/** True for `write-unconfirmed`: the write committed, so there is nothing to roll back. */
export function isUnconfirmedWrite(error: unknown): error is AppError {
  return error instanceof AppError && error.code === 'write-unconfirmed';
}

/**
 * A failure that happened before the caller's own commit point, said as such: an unconfirmed
 * write of a file the caller then undoes is an ordinary failure (nothing was changed).
 */
export function beforeCommit(error: unknown): unknown {
  if (!isUnconfirmedWrite(error)) return error;
  return new AppError(
    'io-failure',
    `Alianza could not make a file durable (${systemCode(error.cause)}), so the change was undone. The previous version is intact.`,
    { ...(error.file === undefined ? {} : { file: error.file }), cause: error.cause },
  );
}

function systemCode(error: unknown): string {
  return typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code) : 'unknown';
}

export interface DurableWriteOptions {
  /**
   * Runs while the new bytes are written, and must succeed before they replace the file: the
   * vault links the current file into its backups here.
   */
  beforeReplace?: () => Promise<void>;
}

/** Writes a new file that must not exist yet, and flushes it to the disk. */
export async function writeTemporary(temporary: string, data: Uint8Array | string, fileSystem: DurableFileSystem) {
  const handle = await fileSystem.open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename durable. Some platforms (Windows) cannot open a folder; that is not an error. */
export async function syncDirectory(directory: string, fileSystem: DurableFileSystem): Promise<void> {
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fileSystem.open(directory, 'r');
    await handle.sync();
  } catch (error) {
    if (!isErrorCode(error, 'EISDIR') && !isErrorCode(error, 'EPERM') && !isErrorCode(error, 'EINVAL')) {
      throw toStorageError(error, directory);
    }
  } finally {
    // A folder handle is only synced, never written: a failed close loses nothing.
    await handle?.close().catch(() => undefined);
  }
}

/** True when `error` is a Node system error with this `code` (ENOENT, ENOSPC…). */
export function isErrorCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

/** The typed error for a failed file operation: `disk-full` when space ran out, else `io-failure`. */
export function toStorageError(error: unknown, file: string): AppError {
  if (error instanceof AppError) return error;
  if (isErrorCode(error, 'ENOSPC') || isErrorCode(error, 'EDQUOT')) {
    return new AppError('disk-full', 'The disk is full. Nothing was overwritten; free some space and try again.', {
      file,
      cause: error,
    });
  }
  const code = systemCode(error);
  return new AppError('io-failure', `Alianza could not write a file (${code}). The previous version is intact.`, {
    file,
    cause: error,
  });
}
