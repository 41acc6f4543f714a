/**
 * The one open vault of this process (app or CLI): create, unlock, recover, lock, change the
 * passphrase, re-encrypt everything under a new key, replace the recovery key. Everything that
 * needs decrypted data asks `session()`, which fails with `locked`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { RestoreBackupResponse } from '../../shared/journal/requestTypes';
import type { ProgressListener } from '../../shared/progress/progress';
import type { LockReason } from '../../shared/vault/lockReason';
import type { VaultStatus } from '../../shared/vault/vaultStatus';
import { createVault } from '../vault/createVault';
import { isErrorCode } from '../vault/durableFile';
import { restoreHeaderFromCopy } from '../vault/headerCopy';
import { derivePassphraseKey, type ScryptParameters } from '../vault/kdf';
import { passphraseWrapAad, unwrapDataKey } from '../vault/keyWraps';
import { openVault, openVaultWithRecoveryKey } from '../vault/openVault';
import { normalizePassphrase } from '../vault/passphrase';
import { parseVaultHeader } from '../vault/vaultHeader';
import { headerFileName } from '../vault/vaultLayout';
import type { LockHolder } from '../vault/vaultLock';
import type { VaultFileSystem } from '../vault/vaultFileSystem';
import type { VaultSession } from '../vault/vaultSession';

export interface VaultAccessOptions {
  directory: string;
  holder: LockHolder;
  /** scrypt settings for new wraps; the default is the minimum the vault accepts. */
  kdf?: ScryptParameters;
  /** Called after the keys are wiped, so other services drop what they decrypted and the window is told why. */
  onLocked?: (reason: LockReason) => void;
  /** The vault's file-system calls; tests fail them (a full disk). */
  fileSystem?: VaultFileSystem;
  /** Called after a key rotation, so other services drop what they decrypted under the old key. */
  onRotated?: () => void;
  /** Where a key rotation reports its counts. */
  onProgress?: ProgressListener;
}

/** A new recovery key to show once, and what the user must know with it. */
export interface RecoveryKit {
  status: VaultStatus;
  recoveryKey: string;
  warning?: string;
}

export interface VaultAccess {
  readonly directory: string;
  status(): Promise<VaultStatus>;
  create(passphrase: string): Promise<{ status: VaultStatus; recoveryKey: string; warning?: string }>;
  unlock(passphrase: string): Promise<VaultStatus>;
  /** Opens with the recovery key, sets a new passphrase and replaces the recovery key that was used. */
  recover(recoveryKey: string, newPassphrase: string): Promise<RecoveryKit>;
  changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<VaultStatus>;
  /** A new data key, every file re-encrypted, a new passphrase and a new recovery key. */
  rotateKeys(currentPassphrase: string, newPassphrase: string): Promise<RecoveryKit>;
  /** A new recovery key (the previous one stops working), after the passphrase is proved. */
  newRecoveryKey(passphrase: string): Promise<RecoveryKit>;
  /** Wipes the keys; `reason` says who asked (the user by default). */
  lock(reason?: LockReason): Promise<VaultStatus>;
  /** Puts the copy of `vault.json` back when it is damaged (works locked: the header holds no secret). */
  restoreHeader(file: string): Promise<RestoreBackupResponse>;
  /** True when `file` names this vault's header, whose restore needs no open session. */
  isHeaderPath(file: string): boolean;
  /** The open session, or `locked`. */
  session(): VaultSession;
}

export function createVaultAccess(options: VaultAccessOptions): VaultAccess {
  const { directory, holder } = options;
  const headerPath = path.join(directory, headerFileName);
  const fileSystemOption = options.fileSystem === undefined ? {} : { fileSystem: options.fileSystem };
  let current: VaultSession | undefined;
  let pendingOpen: Promise<unknown> | undefined;
  /** Bumped by every lock, so a lock that happens during a slow unlock is not undone by it. */
  let epoch = 0;

  async function status(): Promise<VaultStatus> {
    if (current !== undefined && !current.isLocked) {
      return { state: 'unlocked', directory, ...(current.readOnly ? { readOnly: true as const } : {}) };
    }
    return { state: (await headerExists(headerPath)) ? 'locked' : 'absent', directory };
  }

  /**
   * One open at a time: a double click must not race two KDFs and two lock files. Opening an
   * open vault is refused: every way in must prove the passphrase or the recovery key.
   */
  async function opening(open: () => Promise<VaultSession>): Promise<VaultSession> {
    if (current !== undefined && !current.isLocked) {
      throw new AppError('invalid-request', 'The journal is already open.');
    }
    if (pendingOpen !== undefined) throw new AppError('vault-in-use', 'The journal is already being opened.');
    const startedAt = epoch;
    const attempt = open();
    pendingOpen = attempt;
    try {
      const session = await attempt;
      if (epoch !== startedAt) {
        // Locked (screen lock, suspend) while the KDF ran: stay locked.
        await session.lock();
        throw new AppError('locked', 'The journal was locked while it was being opened.');
      }
      current = session;
      return session;
    } finally {
      pendingOpen = undefined;
    }
  }

  async function create(passphrase: string) {
    if ((await status()).state !== 'absent') {
      throw new AppError('vault-exists', 'There is already a journal in this folder.', { file: directory });
    }
    let recoveryKey = '';
    let warning: string | undefined;
    await opening(async () => {
      const created = await createVault({
        directory,
        passphrase,
        holder,
        ...kdfOption(options.kdf),
        ...fileSystemOption,
      });
      recoveryKey = created.recoveryKey;
      warning = created.warning;
      return created.session;
    });
    return { status: await status(), recoveryKey, ...(warning === undefined ? {} : { warning }) };
  }

  async function unlock(passphrase: string): Promise<VaultStatus> {
    await opening(() => openVault({ directory, holder, passphrase, ...fileSystemOption }));
    return status();
  }

  async function recover(recoveryKey: string, newPassphrase: string): Promise<RecoveryKit> {
    normalizePassphrase(newPassphrase); // Refuse a weak new passphrase before opening anything.
    const session = await opening(() =>
      openVaultWithRecoveryKey({ directory, holder, recoveryKey, ...fileSystemOption }),
    );
    try {
      await session.changePassphrase(newPassphrase, kdfOption(options.kdf));
    } catch (error) {
      await lock('interrupted'); // Never leave the journal open behind a failed recovery.
      throw error;
    }
    // The key that was used may have been seen (typed, photographed): it is replaced at once.
    return kit(await session.replaceRecoveryKey());
  }

  async function changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<VaultStatus> {
    const session = await provenSession(currentPassphrase);
    await session.changePassphrase(newPassphrase, kdfOption(options.kdf));
    return status();
  }

  async function rotateKeys(currentPassphrase: string, newPassphrase: string): Promise<RecoveryKit> {
    normalizePassphrase(newPassphrase);
    const session = await provenSession(currentPassphrase);
    let rotated: { recoveryKey: string; unfinished?: string };
    try {
      rotated = await session.rotateKeys(newPassphrase, {
        ...kdfOption(options.kdf),
        ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
      });
    } finally {
      // Search and the case list hold what was read under the old key: read again under the new one.
      options.onRotated?.();
    }
    // The session locked itself: the next unlock finishes moving the files into place.
    if (rotated.unfinished !== undefined) await lock('interrupted');
    return kit({
      recoveryKey: rotated.recoveryKey,
      ...(rotated.unfinished === undefined ? {} : { warning: rotated.unfinished }),
    });
  }

  async function newRecoveryKey(passphrase: string): Promise<RecoveryKit> {
    const session = await provenSession(passphrase);
    return kit(await session.replaceRecoveryKey());
  }

  /** The open session, once `passphrase` is proved against the header in force. */
  async function provenSession(passphrase: string): Promise<VaultSession> {
    const session = requireSession();
    if (!(await passphraseOpens(headerPath, passphrase))) {
      throw new AppError('wrong-passphrase', 'The current passphrase is not right. Nothing was changed.');
    }
    return session;
  }

  async function kit(result: { recoveryKey: string; warning?: string }): Promise<RecoveryKit> {
    return {
      status: await status(),
      recoveryKey: result.recoveryKey,
      ...(result.warning === undefined ? {} : { warning: result.warning }),
    };
  }

  async function lock(reason: LockReason = 'user'): Promise<VaultStatus> {
    epoch += 1;
    const session = current;
    current = undefined;
    if (session !== undefined) {
      try {
        await session.lock();
      } catch (error) {
        // The keys are wiped before the lock file is removed: locked all the same, and the lock
        // file left behind is taken over by the next unlock.
        if (!(error instanceof AppError)) throw error;
      } finally {
        options.onLocked?.(reason);
      }
    }
    return status();
  }

  function requireSession(): VaultSession {
    if (current === undefined || current.isLocked) {
      throw new AppError('locked', 'The journal is locked. Unlock it to continue.');
    }
    return current;
  }

  function isHeaderPath(file: string): boolean {
    return path.isAbsolute(file) && path.resolve(file) === path.resolve(headerPath);
  }

  async function restoreHeader(file: string): Promise<RestoreBackupResponse> {
    if (!isHeaderPath(file)) throw new AppError('invalid-request', 'This is not the journal header.', { file });
    if (current !== undefined && !current.isLocked) {
      throw new AppError(
        'invalid-request',
        'The journal is open, so its header is readable; there is nothing to restore.',
      );
    }
    const restored = await restoreHeaderFromCopy(directory, { holder });
    // The header has no generations: its copy is the header as last written.
    return {
      file,
      restoredGeneration: 0,
      ...(restored.damagedPath === undefined ? {} : { damagedPath: restored.damagedPath }),
    };
  }

  return {
    directory,
    status,
    create,
    unlock,
    recover,
    changePassphrase,
    rotateKeys,
    newRecoveryKey,
    lock,
    restoreHeader,
    isHeaderPath,
    session: requireSession,
  };
}

function kdfOption(kdf: ScryptParameters | undefined): { kdf?: ScryptParameters } {
  return kdf === undefined ? {} : { kdf };
}

async function headerExists(headerPath: string): Promise<boolean> {
  try {
    await readFile(headerPath);
    return true;
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return false;
    throw new AppError('io-failure', 'Alianza could not read the journal folder.', { file: headerPath, cause: error });
  }
}

/** Checks a passphrase against the header on disk without opening a second session. */
async function passphraseOpens(headerPath: string, passphrase: string): Promise<boolean> {
  const header = parseVaultHeader(await readFile(headerPath, 'utf8'), headerPath);
  const salt = Buffer.from(header.kdf.salt, 'base64');
  const wrappingKey = await derivePassphraseKey(passphrase.normalize('NFC'), salt, header.kdf);
  try {
    const dataKey = unwrapDataKey(wrappingKey, header.wraps.passphrase, passphraseWrapAad(header));
    dataKey?.fill(0);
    return dataKey !== undefined;
  } finally {
    wrappingKey.fill(0);
  }
}
