/**
 * Reads and writes the encrypted `.alz` files of one open vault: generations, backups before
 * every replacement, restore. A file is replaced (and kept as a backup) only if it decrypted in
 * this session and still has the generation seen then, or decrypts now; a missing or damaged file
 * is always an error, never a reason to write something in its place.
 */
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { keepBackup, keptGenerations, listBackupFiles, pruneBackups } from './backups';
import { isErrorCode, isUnconfirmedWrite, toStorageError, unconfirmedWrite, writeFileDurably } from './durableFile';
import { damagedFile, encryptFile, fileHeaderLength, readGeneration } from './encryptedFile';
import { isRecordLog, openSealed, resealed, wipeContent, type SealedContent } from './sealedContent';
import { holdsWholeRecord, openLogPrefix, recordHeaderBytes, sealLog, sealRecords } from './sealedRecords';
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
  /** The JSON value of a single-payload file; for a record log, the list of its records' values. */
  data: unknown;
  generation: number;
  /** Set for a record log (format 2). */
  log?: LogState;
}

export interface AppendOptions {
  /**
   * False for a file whose every record can be made again from others (the index, from the
   * cases): the records are written, and flushed to the disk with the next lock instead of now.
   * A stop of the process loses nothing; only a power cut before the lock can, and then only
   * what the journal rebuilds at the next unlock.
   */
  flush?: boolean;
}

/** Where a record log stands: the next record goes at `length`, as position `records`. */
export interface LogState {
  generation: number;
  records: number;
  length: number;
  /** Bytes up to the end of the first record: what a compaction would write. */
  firstLength: number;
  /** True when the file ends in a record the disk never finished (dropped; the next append replaces it). */
  torn: boolean;
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
  /** Writes a new generation holding one record per value (a record log, format 2). */
  writeLog(fileId: FileId, records: readonly unknown[]): Promise<LogState>;
  /**
   * Appends records to a log this session has read or written, in one write and one flush to the
   * disk; refused (`integrity`) when the file changed since. Returns where the log stands then.
   */
  appendRecords(fileId: FileId, records: readonly unknown[], options?: AppendOptions): Promise<LogState>;
  /** Flushes to the disk the logs appended to with `flush: false` (on lock). */
  flushAppended(): Promise<void>;
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
  /** For the record logs among them, where the next record goes. */
  const logs = new Map<FileId, LogState>();
  /** Logs appended to without a flush since the last `flushAppended`. */
  const unflushed = new Set<FileId>();
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
    const content = openSealed(key, { vaultId, fileId }, bytes, file);
    try {
      if (content.format === 1) return { data: parsed(content.payload, file), generation: content.generation };
      return {
        data: content.records.map((record) => parsed(record, file)),
        generation: content.generation,
        log: {
          generation: content.generation,
          records: content.records.length,
          length: content.length,
          firstLength: content.firstLength,
          torn: content.torn,
        },
      };
    } finally {
      wipeContent(content);
    }
  }

  async function readIfExists(fileId: FileId): Promise<StoredFile | undefined> {
    const file = absolutePath(fileId);
    const bytes = await readBytes(fileSystem, file);
    if (bytes === undefined) return undefined;
    const stored = decryptBytes(fileId, bytes, file);
    verified.set(fileId, stored.generation);
    if (stored.log === undefined) logs.delete(fileId);
    else logs.set(fileId, stored.log);
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

  /** Writes a new generation of the file, sealed by `sealed`, keeping the current one as a backup. */
  async function write(
    fileId: FileId,
    sealed: (generation: number) => { bytes: Buffer; firstLength?: number },
    log?: number,
  ): Promise<LogState> {
    const file = absolutePath(fileId);
    const current = await currentGeneration(fileId, file);
    // A new file continues after any backups left of an earlier one, so generations never repeat.
    const previous = current ?? (await listBackupFiles(fileSystem, directory, fileId))[0]?.generation ?? 0;
    const generation = previous + 1;
    const { bytes, firstLength } = sealed(generation);
    logs.delete(fileId);
    const state: LogState = {
      generation,
      records: log ?? 1,
      length: bytes.length,
      firstLength: firstLength ?? bytes.length,
      torn: false,
    };
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
      log === undefined ? undefined : state,
    );
    return state;
  }

  async function appendRecords(fileId: FileId, records: readonly unknown[], flush: boolean): Promise<LogState> {
    const file = absolutePath(fileId);
    // A log this store has not read (the store is new since a key rotation) is read first, as a
    // write would: only a file that decrypts is added to.
    if (!logs.has(fileId) && (await readIfExists(fileId)) === undefined) throw missingFile(file);
    const generation = verified.get(fileId);
    const log = logs.get(fileId);
    if (generation === undefined || log === undefined) {
      throw new AppError('invalid-request', 'This journal file is not a log; nothing was added to it.', { file });
    }
    const bytes = sealRecords(key, { vaultId, fileId }, generation, log.records, records.map(serialize));
    let { handle, found } = await openLog(file);
    if (found.nlink > 1) {
      await handle.close().catch(() => undefined);
      await ownInode(file, log.length);
      ({ handle, found } = await openLog(file));
    }
    const next: LogState = {
      ...log,
      records: log.records + records.length,
      length: log.length + bytes.length,
      torn: false,
    };
    let started = false;
    let written = false;
    try {
      const head = Buffer.alloc(fileHeaderLength);
      const { bytesRead } = await handle.read(head, 0, fileHeaderLength, 0);
      const { size } = found;
      if (readGeneration(head.subarray(0, bytesRead)) !== generation || size < log.length) throw changedOutside(file);
      if (size > log.length) {
        // After the last whole record: a write that never finished, replaced by the new records,
        // or records another program added, which are never written over.
        const tail = Buffer.alloc(Math.min(recordHeaderBytes, size - log.length));
        await handle.read(tail, 0, tail.length, log.length);
        if (holdsWholeRecord(tail, size - log.length)) throw changedOutside(file);
        await handle.truncate(log.length);
      }
      // A disk filling up may take part of a write without an error: the rest is written after it.
      started = true;
      for (let done = 0; done < bytes.length;) {
        const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, log.length + done);
        if (bytesWritten <= 0) throw Object.assign(new Error('The disk took no more bytes.'), { code: 'ENOSPC' });
        done += bytesWritten;
      }
      written = true;
      if (flush) await handle.datasync();
      else unflushed.add(fileId);
    } catch (error) {
      if (!written) {
        // Best effort: what was cut short is dropped when read, and replaced by the next append.
        if (started) await handle.truncate(log.length).catch(() => undefined);
        throw toStorageError(error, file);
      }
      // The records are in the file, only the disk did not confirm them: they are the log now.
      logs.set(fileId, next);
      throw unconfirmedWrite(error, file, 'The change is');
    } finally {
      await handle.close().catch(() => undefined);
    }
    logs.set(fileId, next);
    return next;
  }

  /** A log opened to be added to, and what it is now (one stat for its links and its size). */
  async function openLog(file: string) {
    let handle;
    try {
      handle = await fileSystem.open(file, 'r+');
    } catch (error) {
      if (isErrorCode(error, 'ENOENT')) throw missingFile(file);
      throw toStorageError(error, file);
    }
    try {
      return { handle, found: await handle.stat() };
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw toStorageError(error, file);
    }
  }

  /**
   * Makes the log at `file`, found to have more than one name, the only name of its bytes before
   * they are added to: a backup kept by a rewrite that then failed is a second name of the same
   * file (a hard link), and adding to one would change the other. The log is written again, whole,
   * on its own.
   */
  async function ownInode(file: string, length: number): Promise<void> {
    const bytes = await readBytes(fileSystem, file);
    if (bytes === undefined) throw missingFile(file);
    await writeFileDurably(file, bytes.subarray(0, Math.min(length, bytes.length)), fileSystem).catch(
      (error: unknown) => {
        // In place but unconfirmed: the bytes are the same, so the append may go on.
        if (!isUnconfirmedWrite(error)) throw error;
      },
    );
  }

  /** Waits for a write; once it is renamed into place (even unconfirmed) its generation is the one on disk. */
  async function committed(
    fileId: FileId,
    generation: number,
    writing: Promise<void>,
    log: LogState | undefined,
  ): Promise<void> {
    const settle = () => {
      verified.set(fileId, generation);
      if (log !== undefined) logs.set(fileId, log);
    };
    try {
      await writing;
    } catch (error) {
      if (isUnconfirmedWrite(error)) settle();
      throw error;
    }
    settle();
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
    logs.delete(fileId);
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
    // A damaged log keeps its whole records up to the damage: a later state than any backup.
    let restored: SealedContent | undefined =
      currentBytes === undefined ? undefined : salvaged(fileId, currentBytes, file);
    for (const backup of restored === undefined ? backups : []) {
      const bytes = await readBytes(fileSystem, backup.path);
      const content = bytes === undefined ? undefined : openedOrUndefined(fileId, bytes, backup.path);
      if (content?.generation === backup.generation) {
        restored = content;
        break;
      }
      if (content !== undefined) wipeContent(content);
    }
    if (restored === undefined) {
      throw new AppError('integrity', 'This file is damaged and none of its backups can be read.', { file });
    }
    const newest = Math.max(restored.generation, backups[0]?.generation ?? 0, claimedGeneration(currentBytes));
    const generation = newest + 1;
    const bytes = resealed(key, { vaultId, fileId }, generation, restored);
    const log =
      restored.format === 2
        ? {
            generation,
            records: restored.records.length,
            length: bytes.length,
            firstLength: bytes.length - (restored.length - restored.firstLength),
            torn: false,
          }
        : undefined;
    const restoredGeneration = restored.generation;
    wipeContent(restored);
    logs.delete(fileId);
    const damagedPath = currentBytes === undefined ? undefined : await moveAside(fileSystem, file, clock());
    await committed(fileId, generation, writeFileDurably(file, bytes, fileSystem), log);
    return { restoredGeneration, generation, damagedPath };
  }

  /** The whole records before the damage of a damaged log, or undefined. */
  function salvaged(fileId: FileId, bytes: Buffer, file: string): SealedContent | undefined {
    if (!isRecordLog(bytes)) return undefined;
    try {
      const { damaged, ...opened } = openLogPrefix(key, { vaultId, fileId }, bytes, file);
      return damaged ? { format: 2, ...opened } : undefined;
    } catch {
      return undefined;
    }
  }

  function openedOrUndefined(fileId: FileId, bytes: Buffer, file: string): SealedContent | undefined {
    try {
      return openSealed(key, { vaultId, fileId }, bytes, file);
    } catch {
      return undefined;
    }
  }

  function isDecryptable(fileId: FileId, bytes: Buffer, file: string): boolean {
    const content = openedOrUndefined(fileId, bytes, file);
    if (content !== undefined) wipeContent(content);
    return content !== undefined;
  }

  /** A whole log, and where its first record ends. */
  function sealedLog(generation: number, fileId: FileId, records: readonly unknown[]) {
    const [first, ...rest] = records.map(serialize);
    if (first === undefined) throw new TypeError('A log holds at least one record.');
    const head = sealLog(key, { vaultId, fileId }, generation, [first]);
    const tail = sealRecords(key, { vaultId, fileId }, generation, 1, rest);
    return { bytes: tail.length === 0 ? head : Buffer.concat([head, tail]), firstLength: head.length };
  }

  return {
    read: (fileId) =>
      serialized(fileId, async () => {
        const stored = await readIfExists(fileId);
        if (stored === undefined) throw missingFile(absolutePath(fileId));
        return stored;
      }),
    readIfExists: (fileId) => serialized(fileId, () => readIfExists(fileId)),
    write: (fileId, data) =>
      serialized(fileId, () =>
        write(fileId, (generation) => ({ bytes: encryptFile(key, { vaultId, fileId }, generation, serialize(data)) })),
      ).then((state) => state.generation),
    writeLog: (fileId, records) =>
      serialized(fileId, () => write(fileId, (generation) => sealedLog(generation, fileId, records), records.length)),
    appendRecords: (fileId, records, options = {}) =>
      serialized(fileId, () => appendRecords(fileId, records, options.flush ?? true)),
    flushAppended: async () => {
      for (const fileId of [...unflushed]) {
        await serialized(fileId, async () => {
          unflushed.delete(fileId);
          const handle = await fileSystem.open(absolutePath(fileId), 'r+');
          try {
            await handle.datasync();
          } finally {
            await handle.close().catch(() => undefined);
          }
        });
      }
    },
    remove: (fileId) => serialized(fileId, () => remove(fileId)),
    listBackups: (fileId) => serialized(fileId, () => listBackups(fileId)),
    restoreNewestValidBackup: (fileId) => serialized(fileId, () => restoreNewestValidBackup(fileId)),
    decryptAt,
  };
}

/** The error for a log that changed on disk since this session read it (another program, a copy). */
function changedOutside(file: string): AppError {
  return new AppError(
    'integrity',
    'This journal file changed outside Alianza since it was opened, so nothing was added to it. Lock the journal and open it again.',
    { file },
  );
}

/** The error for a file the vault expects but cannot find. */
export function missingFile(file: string): AppError {
  return new AppError('missing-file', 'A journal file is missing. Nothing was written in its place.', { file });
}

/** The JSON of decrypted bytes; bytes that authenticate but do not parse are damage all the same. */
function parsed(bytes: Buffer, file: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw damagedFile(file);
  }
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
