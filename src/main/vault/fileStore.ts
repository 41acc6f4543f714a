/**
 * Reads and writes the encrypted `.alz` files of one open vault: generations, backups before
 * every replacement, restore. A file is replaced (and kept as a backup) only if it decrypted in
 * this session and still has the generation seen then, or decrypts now; a missing or damaged file
 * is always an error, never a reason to write something in its place.
 */
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { keepBackup, keptGenerations, listBackupFiles, pruneBackups } from './backups';
import { isErrorCode, isUnconfirmedWrite, toStorageError, writeFileDurably } from './durableFile';
import { damagedFile, decryptFile, encryptFile, fileHeaderLength, readGeneration } from './encryptedFile';
import type { VaultFileSystem } from './vaultFileSystem';
import { backupFolderFor, relativePathFor, type FileId } from './vaultLayout';

export interface FileStoreOptions {
  directory: string;
  vaultId: string;
  /** The session's file key; the session zero-fills it on lock. */
  key: Buffer;
  fileSystem: VaultFileSystem;
  clock: () => Date;
}

/** One decrypted file. */
export interface StoredFile {
  data: unknown;
  generation: number;
}

export interface BackupInfo {
  generation: number;
  /** Absolute path. */
  path: string;
  /** Whether it decrypts and authenticates as this file. */
  valid: boolean;
}

export interface RestoredFile {
  /** The backup generation whose content is now current. */
  restoredGeneration: number;
  /** The generation the restored content was written as (newer than anything before). */
  generation: number;
  /** Where the damaged file was moved, when there was one. */
  damagedPath: string | undefined;
}

export interface FileStore {
  read(fileId: FileId): Promise<StoredFile>;
  readIfExists(fileId: FileId): Promise<StoredFile | undefined>;
  write(fileId: FileId, data: unknown): Promise<number>;
  remove(fileId: FileId): Promise<void>;
  listBackups(fileId: FileId): Promise<BackupInfo[]>;
  restoreNewestValidBackup(fileId: FileId): Promise<RestoredFile>;
  /** Decrypts the file at `absolutePath` as `fileId` (a current file or a backup). */
  decryptAt(fileId: FileId, absolutePath: string): Promise<StoredFile>;
}

/** The encrypted files of one vault, serialized per file so generations never race. */
export function createFileStore(options: FileStoreOptions): FileStore {
  const { directory, vaultId, key, fileSystem, clock } = options;
  /** Generations this session has read or written; a file still at that generation need not be re-checked. */
  const verified = new Map<FileId, number>();
  const queues = new Map<FileId, Promise<unknown>>();

  function absolutePath(fileId: FileId): string {
    return path.join(directory, ...relativePathFor(fileId).split('/'));
  }

  function serialized<T>(fileId: FileId, operation: () => Promise<T>): Promise<T> {
    const previous = queues.get(fileId) ?? Promise.resolve();
    const next = previous.then(operation, operation);
    const settled = next.catch(() => undefined);
    queues.set(fileId, settled);
    void settled.then(() => {
      if (queues.get(fileId) === settled) queues.delete(fileId);
    });
    return next;
  }

  async function decryptAt(fileId: FileId, file: string): Promise<StoredFile> {
    const bytes = await readBytes(fileSystem, file);
    if (bytes === undefined) throw missingFile(file);
    return decryptBytes(fileId, bytes, file);
  }

  function decryptBytes(fileId: FileId, bytes: Buffer, file: string): StoredFile {
    const { generation, payload } = decryptFile(key, { vaultId, fileId }, bytes, file);
    try {
      return { data: JSON.parse(payload.toString('utf8')), generation };
    } catch {
      throw damagedFile(file);
    } finally {
      payload.fill(0);
    }
  }

  async function readIfExists(fileId: FileId): Promise<StoredFile | undefined> {
    const file = absolutePath(fileId);
    const bytes = await readBytes(fileSystem, file);
    if (bytes === undefined) return undefined;
    const stored = decryptBytes(fileId, bytes, file);
    verified.set(fileId, stored.generation);
    return stored;
  }

  /** The generation now on disk, after making sure the file may become a backup. */
  async function currentGeneration(fileId: FileId, file: string): Promise<number | undefined> {
    const head = await readHead(fileSystem, file);
    const known = verified.get(fileId);
    if (head === undefined) {
      // We read or wrote it in this session and it vanished: do not silently start again.
      if (known !== undefined) throw missingFile(file);
      return undefined;
    }
    if (known !== undefined && readGeneration(head) === known) return known;
    return (await decryptAt(fileId, file)).generation;
  }

  async function write(fileId: FileId, data: unknown): Promise<number> {
    const file = absolutePath(fileId);
    const current = await currentGeneration(fileId, file);
    // A new file continues after any backups left of an earlier one, so generations never repeat.
    const previous = current ?? (await listBackupFiles(fileSystem, directory, fileId))[0]?.generation ?? 0;
    const generation = previous + 1;
    const bytes = encryptFile(key, { vaultId, fileId }, generation, serialize(data));
    if (current === undefined) {
      await fileSystem.mkdir(path.dirname(file), { recursive: true, mode: 0o700 }).catch((error: unknown) => {
        throw toStorageError(error, file);
      });
    }
    const keepCurrent = async (generationKept: number) => {
      // Make room first, so a crash at any moment leaves at most `keptGenerations` backups.
      // Housekeeping only: a failure to prune must not fail the save.
      await pruneBackups(fileSystem, directory, fileId, keptGenerations - 1).catch(() => undefined);
      await keepBackup(fileSystem, directory, fileId, file, generationKept);
    };
    await committed(
      fileId,
      generation,
      writeFileDurably(
        file,
        bytes,
        fileSystem,
        current === undefined ? {} : { beforeReplace: () => keepCurrent(current) },
      ),
    );
    return generation;
  }

  /** Waits for a write; once it is renamed into place (even unconfirmed) its generation is the one on disk. */
  async function committed(fileId: FileId, generation: number, writing: Promise<void>): Promise<void> {
    try {
      await writing;
    } catch (error) {
      if (isUnconfirmedWrite(error)) verified.set(fileId, generation);
      throw error;
    }
    verified.set(fileId, generation);
  }

  async function remove(fileId: FileId): Promise<void> {
    const file = absolutePath(fileId);
    try {
      await fileSystem.rm(file, { force: true });
      await fileSystem.rm(path.join(directory, ...backupFolderFor(fileId).split('/')), {
        recursive: true,
        force: true,
      });
    } catch (error) {
      throw toStorageError(error, file);
    }
    verified.delete(fileId);
  }

  async function listBackups(fileId: FileId): Promise<BackupInfo[]> {
    const backups = await listBackupFiles(fileSystem, directory, fileId);
    const infos: BackupInfo[] = [];
    for (const backup of backups) infos.push({ ...backup, valid: await isValidBackup(fileId, backup) });
    return infos;
  }

  async function isValidBackup(fileId: FileId, backup: { generation: number; path: string }): Promise<boolean> {
    try {
      return (await decryptAt(fileId, backup.path)).generation === backup.generation;
    } catch (error) {
      if (error instanceof AppError && (error.code === 'integrity' || error.code === 'missing-file')) return false;
      throw error;
    }
  }

  async function restoreNewestValidBackup(fileId: FileId): Promise<RestoredFile> {
    const file = absolutePath(fileId);
    const currentBytes = await readBytes(fileSystem, file);
    if (currentBytes !== undefined && isDecryptable(fileId, currentBytes, file)) {
      throw new AppError('invalid-request', 'This file is readable; there is nothing to restore.', { file });
    }
    const backups = await listBackupFiles(fileSystem, directory, fileId);
    let restored: { generation: number; bytes: Buffer } | undefined;
    for (const backup of backups) {
      const bytes = await readBytes(fileSystem, backup.path);
      if (bytes !== undefined && isDecryptable(fileId, bytes, backup.path, backup.generation)) {
        restored = { generation: backup.generation, bytes };
        break;
      }
    }
    if (restored === undefined) {
      throw new AppError('integrity', 'This file is damaged and none of its backups can be read.', { file });
    }
    const { payload } = decryptFile(key, { vaultId, fileId }, restored.bytes, file);
    const newest = Math.max(restored.generation, backups[0]?.generation ?? 0, claimedGeneration(currentBytes));
    const generation = newest + 1;
    const bytes = encryptFile(key, { vaultId, fileId }, generation, payload);
    payload.fill(0);
    const damagedPath = currentBytes === undefined ? undefined : await moveAside(fileSystem, file, clock());
    await committed(fileId, generation, writeFileDurably(file, bytes, fileSystem));
    return { restoredGeneration: restored.generation, generation, damagedPath };
  }

  function isDecryptable(fileId: FileId, bytes: Buffer, file: string, generation?: number): boolean {
    try {
      const decrypted = decryptFile(key, { vaultId, fileId }, bytes, file);
      decrypted.payload.fill(0);
      return generation === undefined || decrypted.generation === generation;
    } catch {
      return false;
    }
  }

  return {
    read: (fileId) =>
      serialized(fileId, async () => {
        const stored = await readIfExists(fileId);
        if (stored === undefined) throw missingFile(absolutePath(fileId));
        return stored;
      }),
    readIfExists: (fileId) => serialized(fileId, () => readIfExists(fileId)),
    write: (fileId, data) => serialized(fileId, () => write(fileId, data)),
    remove: (fileId) => serialized(fileId, () => remove(fileId)),
    listBackups: (fileId) => serialized(fileId, () => listBackups(fileId)),
    restoreNewestValidBackup: (fileId) => serialized(fileId, () => restoreNewestValidBackup(fileId)),
    decryptAt,
  };
}

/** The error for a file the vault expects but cannot find. */
export function missingFile(file: string): AppError {
  return new AppError('missing-file', 'A journal file is missing. Nothing was written in its place.', { file });
}

function serialize(data: unknown): Buffer {
  const text = JSON.stringify(data) as string | undefined;
  if (text === undefined) throw new TypeError('Only JSON values can be stored in the vault.');
  // Measured faster than Buffer.from(text) for long non-Latin-1 text (accents, other scripts).
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text, 'utf8'));
  bytes.write(text, 'utf8');
  return bytes;
}

function claimedGeneration(bytes: Buffer | undefined): number {
  return bytes === undefined ? 0 : (readGeneration(bytes) ?? 0);
}

async function readBytes(fileSystem: VaultFileSystem, file: string): Promise<Buffer | undefined> {
  try {
    return await fileSystem.readFile(file);
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return undefined;
    throw toStorageError(error, file);
  }
}

/** The first bytes of a file (enough for its generation), or undefined when it does not exist. */
async function readHead(fileSystem: VaultFileSystem, file: string): Promise<Buffer | undefined> {
  let handle;
  try {
    handle = await fileSystem.open(file, 'r');
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return undefined;
    throw toStorageError(error, file);
  }
  try {
    const head = Buffer.alloc(fileHeaderLength);
    const { bytesRead } = await handle.read(head, 0, fileHeaderLength, 0);
    return head.subarray(0, bytesRead);
  } catch (error) {
    throw toStorageError(error, file);
  } finally {
    // Only read from: a failed close loses nothing.
    await handle.close().catch(() => undefined);
  }
}

/** Renames a damaged file to `<name>.damaged-<timestamp>` next to it; it is never deleted. */
export async function moveAside(fileSystem: VaultFileSystem, file: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; ; attempt++) {
    const aside = `${file}.damaged-${stamp}${attempt === 0 ? '' : `-${attempt}`}`;
    const taken = await fileSystem.stat(aside).then(
      () => true,
      () => false,
    );
    if (taken) continue;
    try {
      await fileSystem.rename(file, aside);
    } catch (error) {
      throw toStorageError(error, file);
    }
    return aside;
  }
}
