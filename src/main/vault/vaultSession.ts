/**
 * An unlocked vault. The keys live only in private Buffers here; nothing a method returns or
 * throws contains key bytes. `lock()` waits for writes in flight, zero-fills every key and
 * releases `vault.lock`; after that every method throws `locked`.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { ProgressListener } from '../../shared/progress/progress';
import { isUnconfirmedWrite, unconfirmedWrite, writeFileDurably } from './durableFile';
import { writeHeaderCopy } from './headerCopy';
import {
  createFileStore,
  type BackupInfo,
  type FileStore,
  type AppendOptions,
  type LogState,
  type RestoredFile,
  type StoredFile,
} from './fileStore';
import { defaultScrypt, derivePassphraseKey, saltLength, type ScryptParameters } from './kdf';
import { keyBuffers, wipeKeyRing, type KeyRing } from './keyRing';
import { rotateVaultKeys } from './keyRotation';
import { passphraseWrapAad, recoveryWrapAad, signHeader, wrapDataKey } from './keyWraps';
import { normalizePassphrase } from './passphrase';
import { deriveRecoveryWrappingKey, formatRecoveryKey, generateRecoverySecret } from './recoveryKey';
import type { VaultFileSystem } from './vaultFileSystem';
import { serializeVaultHeader, type VaultHeader } from './vaultHeader';
import { checkFileId, headerFileName, type FileId } from './vaultLayout';
import type { LockHolder, VaultLock } from './vaultLock';

/** What openVault and createVault hand to a new session. */
export interface SessionParts {
  directory: string;
  header: VaultHeader;
  keys: KeyRing;
  lock: VaultLock;
  holder: LockHolder;
  fileSystem: VaultFileSystem;
  clock: () => Date;
}

/** What the per-case files (export log, court reports) need from a session. */
export interface EncryptedFiles {
  readFile(fileId: FileId): Promise<StoredFile>;
  readFileIfExists(fileId: FileId): Promise<StoredFile | undefined>;
  writeFile(fileId: FileId, data: unknown): Promise<number>;
}

let keysOf: (session: VaultSession) => KeyRing;

export class VaultSession implements EncryptedFiles {
  readonly directory: string;
  readonly vaultId: string;
  readonly holder: LockHolder;
  #header: VaultHeader;
  #keys: KeyRing;
  readonly #lock: VaultLock;
  #store: FileStore;
  readonly #clock: () => Date;
  /** Set while a key rotation runs: every other operation waits for it. */
  #exclusive: Promise<unknown> | undefined;
  readonly #fileSystem: VaultFileSystem;
  readonly #pending = new Set<Promise<unknown>>();
  #state: 'open' | 'locking' | 'locked' = 'open';
  #locking: Promise<void> | undefined;
  #headerQueue: Promise<unknown> = Promise.resolve();
  /** Files found behind the journal's record of them at unlock: writes wait for the practitioner's choice. */
  #rolledBack: readonly string[] | undefined;

  static {
    keysOf = (session) => session.#keys;
  }

  /** Sessions come from createVault, openVault and openVaultWithRecoveryKey. */
  constructor(parts: SessionParts) {
    this.directory = parts.directory;
    this.vaultId = parts.header.vaultId;
    this.holder = parts.holder;
    this.#header = parts.header;
    this.#keys = parts.keys;
    this.#lock = parts.lock;
    this.#fileSystem = parts.fileSystem;
    this.#clock = parts.clock;
    this.#store = this.#storeFor(parts.keys);
  }

  #storeFor(keys: KeyRing): FileStore {
    return createFileStore({
      directory: this.directory,
      vaultId: this.vaultId,
      key: keys.fileKey,
      fileSystem: this.#fileSystem,
      clock: this.#clock,
    });
  }

  /** True once lock() has started: the keys are gone or about to be. */
  get isLocked(): boolean {
    return this.#state !== 'open';
  }

  /**
   * True when the vault was opened without its lock because `vault.lock` could not be written
   * (a full or read-only disk): everything can be read, and every write is refused (`read-only`).
   */
  get readOnly(): boolean {
    return this.#lock.readOnly || this.#rolledBack !== undefined;
  }

  /** The files (relative paths) found older than the journal's record of them, while that holds writes back. */
  get rolledBack(): readonly string[] | undefined {
    return this.#rolledBack;
  }

  /**
   * Refuses every write from now on: the files named are older than the journal's record of them,
   * and writing on top of them would make that older state the journal's. Reading goes on.
   */
  holdForRollback(files: readonly string[]): void {
    this.#rolledBack = [...files];
  }

  /** The practitioner keeps the state found (they put the copies back on purpose): writes go on. */
  releaseRollbackHold(): void {
    this.#rolledBack = undefined;
  }

  /** When this session took the vault's lock (or tried to): files changed before then are not its own. */
  get openedAt(): string {
    return this.#lock.record.startedAt;
  }

  /** When the vault was created, from its header. */
  get createdAt(): string {
    return this.#header.createdAt;
  }

  /** Decrypts a file; `missing-file` if it does not exist, `integrity` if it does not authenticate. */
  readFile(fileId: FileId): Promise<StoredFile> {
    return this.#use((store) => store.read(checkFileId(fileId)));
  }

  /** Like readFile, but undefined for a file that does not exist (only for files being created). */
  readFileIfExists(fileId: FileId): Promise<StoredFile | undefined> {
    return this.#use((store) => store.readIfExists(checkFileId(fileId)));
  }

  /** Encrypts and durably writes a JSON value as the file's next generation; returns that generation. */
  writeFile(fileId: FileId, data: unknown): Promise<number> {
    return this.#change((store) => store.write(checkFileId(fileId), data));
  }

  /** Writes a new generation of a record log holding `records`, keeping the current one as a backup. */
  writeLog(fileId: FileId, records: readonly unknown[]): Promise<LogState> {
    return this.#change((store) => store.writeLog(checkFileId(fileId), records));
  }

  /** Appends records to a log in one write and one flush (or none; see AppendOptions). */
  appendRecords(fileId: FileId, records: readonly unknown[], options?: AppendOptions): Promise<LogState> {
    return this.#change((store) => store.appendRecords(checkFileId(fileId), records, options));
  }

  /** Deletes a file and its backups (a discarded draft, a deleted case). */
  deleteFile(fileId: FileId): Promise<void> {
    return this.#change((store) => store.remove(checkFileId(fileId)));
  }

  /** The file's backups, newest first, each marked valid or not. */
  listBackups(fileId: FileId): Promise<BackupInfo[]> {
    return this.#use((store) => store.listBackups(checkFileId(fileId)));
  }

  /** Moves a damaged (or missing) file aside and makes the newest valid backup current again. */
  restoreNewestValidBackup(fileId: FileId): Promise<RestoredFile> {
    return this.#change((store) => store.restoreNewestValidBackup(checkFileId(fileId)));
  }

  /** Decrypts a file found at `relativePath` (a current file or a backup) as `fileId`: for verifyVault. */
  checkStoredFile(fileId: FileId, relativePath: string): Promise<StoredFile> {
    return this.#use((store) => store.decryptAt(checkFileId(fileId), path.join(this.directory, relativePath)));
  }

  /**
   * Wraps the data key under a new passphrase. No `.alz` file is rewritten; the recovery key keeps
   * working and the old passphrase stops working.
   */
  async changePassphrase(newPassphrase: string, options: { kdf?: ScryptParameters } = {}): Promise<void> {
    const passphrase = normalizePassphrase(newPassphrase);
    const warning = await this.#changeHeader(async (header, keys) => {
      const salt = randomBytes(saltLength);
      const kdf = { algorithm: 'scrypt' as const, ...(options.kdf ?? defaultScrypt), salt: salt.toString('base64') };
      const wrappingKey = await derivePassphraseKey(passphrase, salt, kdf);
      try {
        const passphraseWrap = wrapDataKey(wrappingKey, keys.dataKey, passphraseWrapAad({ ...header, kdf }));
        return { ...header, kdf, wraps: { ...header.wraps, passphrase: passphraseWrap } };
      } finally {
        wrappingKey.fill(0);
      }
    });
    if (warning !== undefined) throw unconfirmedWrite(warning, headerPathOf(this.directory), 'The new passphrase is');
  }

  /**
   * Replaces the recovery key (after it was used or exposed); returns the new one to show once,
   * with a warning when the disk did not confirm the header that holds it (it is in place).
   */
  async replaceRecoveryKey(): Promise<{ recoveryKey: string; warning?: string }> {
    let text = '';
    const warning = await this.#changeHeader((header, keys) => {
      const secret = generateRecoverySecret();
      const salt = randomBytes(saltLength).toString('base64');
      const wrappingKey = deriveRecoveryWrappingKey(secret, Buffer.from(salt, 'base64'));
      try {
        text = formatRecoveryKey(secret);
        const wrap = wrapDataKey(wrappingKey, keys.dataKey, recoveryWrapAad(header, salt));
        return Promise.resolve({ ...header, wraps: { ...header.wraps, recovery: { salt, ...wrap } } });
      } finally {
        secret.fill(0);
        wrappingKey.fill(0);
      }
    });
    if (warning === undefined) return { recoveryKey: text };
    return {
      recoveryKey: text,
      warning: unconfirmedWrite(warning, headerPathOf(this.directory), 'The new recovery key is').message,
    };
  }

  /**
   * Re-encrypts every file under a new data key with a new passphrase and a new recovery key, all
   * or nothing (keyRotation.ts); returns the recovery key to show once. Other work waits meanwhile.
   * When the files could not all be moved into place after the commit, the session locks itself
   * and the result says so (`unfinished`): the next unlock, with the new passphrase, finishes it.
   */
  rotateKeys(
    newPassphrase: string,
    options: { kdf?: ScryptParameters; onProgress?: ProgressListener } = {},
  ): Promise<{ recoveryKey: string; unfinished?: string }> {
    const passphrase = normalizePassphrase(newPassphrase);
    // Every operation already started finishes under the old key first.
    const started = [...this.#pending];
    const rotation = this.#change(async () => {
      await Promise.allSettled(started);
      const rotated = await rotateVaultKeys({
        directory: this.directory,
        header: this.#header,
        fileKey: this.#keys.fileKey,
        passphrase,
        kdf: options.kdf ?? defaultScrypt,
        fileSystem: this.#fileSystem,
        ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
      });
      wipeKeyRing(this.#keys);
      this.#keys = rotated.keys;
      this.#header = rotated.header;
      this.#store = this.#storeFor(rotated.keys);
      if (rotated.unfinished === undefined) return { recoveryKey: rotated.recoveryKey };
      return { recoveryKey: rotated.recoveryKey, unfinished: rotated.unfinished.message };
    });
    this.#exclusive = rotation;
    const settled = () => {
      if (this.#exclusive === rotation) this.#exclusive = undefined;
    };
    rotation.then(settled, settled);
    return rotation.then(async (result) => {
      if (result.unfinished !== undefined) await this.lock().catch(() => undefined);
      return result;
    });
  }

  /** Waits for work in flight, zero-fills every key and releases the lock file. */
  lock(): Promise<void> {
    this.#locking ??= this.#lockNow();
    return this.#locking;
  }

  async #lockNow(): Promise<void> {
    this.#state = 'locking';
    await Promise.allSettled([...this.#pending]);
    // Best effort: what it holds is rebuilt at the next unlock if the disk loses it.
    await this.#store.flushAppended().catch(() => undefined);
    wipeKeyRing(this.#keys);
    this.#state = 'locked';
    await this.#lock.release();
  }

  /**
   * Writes a changed header. Its rename is the commit: when only the disk's confirmation failed,
   * the new header is the one in force, and the failure is returned for the caller to report.
   */
  #changeHeader(change: (header: VaultHeader, keys: KeyRing) => Promise<VaultHeader>): Promise<unknown> {
    const run = async (): Promise<unknown> => {
      const next = signHeader(this.#keys.headerKey, await change(this.#header, this.#keys));
      const text = serializeVaultHeader(next);
      let unconfirmed: unknown;
      try {
        await writeFileDurably(headerPathOf(this.directory), text, this.#fileSystem);
      } catch (error) {
        if (!isUnconfirmedWrite(error)) throw error;
        unconfirmed = error.cause;
      }
      this.#header = next;
      // Best effort: a stale copy still opens with the previous passphrase, and an unlock writes it again.
      await writeHeaderCopy(this.directory, text, this.#fileSystem).catch(() => undefined);
      return unconfirmed;
    };
    const start = () => this.#change(() => run());
    const result = this.#headerQueue.then(start, start);
    this.#headerQueue = result.catch(() => undefined);
    return result;
  }

  /** Like #use, for anything that writes: refused in a read-only session. */
  #change<T>(operation: (store: FileStore) => Promise<T>): Promise<T> {
    if (this.#state === 'open' && this.#rolledBack !== undefined && !this.#lock.readOnly) {
      return Promise.reject(
        new AppError(
          'read-only',
          `The journal is open read-only: ${this.#rolledBack.length === 1 ? 'one of its files is' : 'some of its files are'} older than the journal's own record of them (${this.#rolledBack.join(', ')}), ` +
            'as when an earlier copy of the folder is put back. Nothing is saved until you choose: restore a backup, or keep the state found.',
        ),
      );
    }
    if (this.#state === 'open' && this.#lock.readOnly) {
      return Promise.reject(
        new AppError(
          'read-only',
          'The journal is open read-only: its lock (vault.lock) could not be written, so the disk is full or not writable, ' +
            'and nothing is saved. Reading, verify, export-json and backups still work. Free some space, then open the journal again.',
          ...(this.#lock.reason?.file === undefined ? [] : [{ file: this.#lock.reason.file }]),
        ),
      );
    }
    return this.#use(operation);
  }

  #use<T>(operation: (store: FileStore) => Promise<T>): Promise<T> {
    if (this.#state !== 'open') {
      return Promise.reject(new AppError('locked', 'The journal is locked. Unlock it to continue.'));
    }
    if (this.#exclusive !== undefined) {
      const wait = () => this.#use(operation);
      return this.#exclusive.then(wait, wait);
    }
    let promise: Promise<T>;
    try {
      promise = operation(this.#store);
    } catch (error) {
      return Promise.reject(error);
    }
    this.#pending.add(promise);
    const forget = () => this.#pending.delete(promise);
    promise.then(forget, forget);
    return promise;
  }
}

/**
 * Test seam, not for the app: the session's key Buffers, so a test can check that lock()
 * zero-fills them. Reaching it requires the session object, which can decrypt everything anyway.
 */
export function keyBuffersForTesting(session: VaultSession): Buffer[] {
  return keyBuffers(keysOf(session));
}

function headerPathOf(directory: string): string {
  return path.join(directory, headerFileName);
}
