/**
 * Unlocking an existing vault with the passphrase or the recovery key. The lock is taken before
 * the slow KDF (a second opener fails at once) and released again on any failure.
 */
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { isErrorCode, toStorageError } from './durableFile';
import { refreshHeaderFiles } from './headerCopy';
import { checkKeyOpensFiles } from './headerKeyCheck';
import { checkScryptParameters, derivePassphraseKey } from './kdf';
import { deriveKeyRing, wipeKeyRing } from './keyRing';
import { isHeaderMacValid, passphraseWrapAad, recoveryWrapAad, unwrapDataKey } from './keyWraps';
import { removeLeftovers } from './leftovers';
import { deriveRecoveryWrappingKey, parseRecoveryKey } from './recoveryKey';
import { nodeVaultFileSystem, type VaultFileSystem } from './vaultFileSystem';
import { parseVaultHeader, type VaultHeader } from './vaultHeader';
import { headerFileName } from './vaultLayout';
import { acquireVaultLock, type LockHolder } from './vaultLock';
import { VaultSession } from './vaultSession';

export interface OpenOptions {
  directory: string;
  holder: LockHolder;
  fileSystem?: VaultFileSystem;
  clock?: () => Date;
  isProcessAlive?: (pid: number) => boolean;
}

/**
 * Opens with the passphrase. A header that is damaged fails its checksum before any KDF runs:
 * `integrity`, naming `vault.json`. KDF settings outside what this version creates are refused
 * before any KDF runs too. Only a header changed on purpose with its checksum made again can
 * still make a changed field that feeds the unwrap (vault id, KDF settings, the passphrase wrap)
 * read as `wrong-passphrase`: without the key nobody can tell the two apart. Any other change
 * fails the MAC: `integrity`. An authentic header from before a key rotation, copied back, opens
 * none of the files: `integrity` too, saying so (headerKeyCheck.ts).
 */
export async function openVault(options: OpenOptions & { passphrase: string }): Promise<VaultSession> {
  const passphrase = options.passphrase.normalize('NFC');
  return openWith(options, async (header) => {
    const salt = Buffer.from(header.kdf.salt, 'base64');
    const wrappingKey = await derivePassphraseKey(passphrase, salt, header.kdf);
    const dataKey = unwrapDataKey(wrappingKey, header.wraps.passphrase, passphraseWrapAad(header));
    wrappingKey.fill(0);
    if (dataKey === undefined) {
      throw new AppError('wrong-passphrase', 'That passphrase does not open this journal.');
    }
    return dataKey;
  });
}

/** Opens with the recovery key; a typo gives `invalid-recovery-key` before anything else. */
export async function openVaultWithRecoveryKey(options: OpenOptions & { recoveryKey: string }): Promise<VaultSession> {
  const secret = parseRecoveryKey(options.recoveryKey);
  try {
    return await openWith(options, (header) => {
      const recovery = header.wraps.recovery;
      const wrappingKey = deriveRecoveryWrappingKey(secret, Buffer.from(recovery.salt, 'base64'));
      const dataKey = unwrapDataKey(wrappingKey, recovery, recoveryWrapAad(header, recovery.salt));
      wrappingKey.fill(0);
      if (dataKey === undefined) {
        throw new AppError('wrong-recovery-key', 'That recovery key does not belong to this journal.');
      }
      return Promise.resolve(dataKey);
    });
  } finally {
    secret.fill(0);
  }
}

async function openWith(options: OpenOptions, unwrap: (header: VaultHeader) => Promise<Buffer>): Promise<VaultSession> {
  const fileSystem = options.fileSystem ?? nodeVaultFileSystem;
  const clock = options.clock ?? (() => new Date());
  const { directory, holder } = options;
  const headerPath = path.join(directory, headerFileName);
  await readHeaderText(fileSystem, headerPath);
  // On a full or read-only disk the vault still opens, read-only, so it can be read and backed up.
  const lock = await acquireVaultLock(directory, {
    holder,
    fileSystem,
    clock,
    readOnlyFallback: true,
    ...(options.isProcessAlive === undefined ? {} : { isProcessAlive: options.isProcessAlive }),
  });
  try {
    // Read again under the lock: another holder may have changed the passphrase meanwhile.
    const header = parseVaultHeader(await readHeaderText(fileSystem, headerPath), headerPath);
    checkScryptParameters(header.kdf);
    const keys = deriveKeyRing(await unwrap(header));
    if (!isHeaderMacValid(keys.headerKey, header)) {
      wipeKeyRing(keys);
      throw new AppError('integrity', 'The journal header (vault.json) was changed outside Alianza.', {
        file: headerPath,
      });
    }
    try {
      await checkKeyOpensFiles(directory, header.vaultId, keys.fileKey, fileSystem);
    } catch (error) {
      wipeKeyRing(keys);
      throw error;
    }
    if (!lock.readOnly) {
      await removeLeftovers(fileSystem, directory);
      await refreshHeaderFiles(directory, header, fileSystem);
    }
    return new VaultSession({ directory, header, keys, lock, holder, fileSystem, clock });
  } catch (error) {
    await lock.release().catch(() => undefined);
    throw error;
  }
}

async function readHeaderText(fileSystem: VaultFileSystem, headerPath: string): Promise<string> {
  try {
    return await fileSystem.readFile(headerPath, 'utf8');
  } catch (error) {
    if (isErrorCode(error, 'ENOENT') || isErrorCode(error, 'ENOTDIR')) {
      throw new AppError('vault-not-found', 'There is no Alianza journal in this folder.', { file: headerPath });
    }
    throw toStorageError(error, headerPath);
  }
}
