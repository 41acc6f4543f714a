/** Creating a new vault: a random data key, wrapped under the passphrase and a new recovery key. */
import { randomFillSync, randomUUID } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { keyLength } from './aead';
import {
  beforeCommit,
  isErrorCode,
  isUnconfirmedWrite,
  toStorageError,
  unconfirmedWrite,
  writeFileDurably,
} from './durableFile';
import { checkScryptParameters, defaultScrypt, type ScryptParameters } from './kdf';
import { writeHeaderCopy } from './headerCopy';
import { deriveKeyRing, wipeKeyRing, type KeyRing } from './keyRing';
import { normalizePassphrase } from './passphrase';
import { newHeader } from './newHeader';
import { nodeVaultFileSystem, type VaultFileSystem } from './vaultFileSystem';
import { serializeVaultHeader } from './vaultHeader';
import { backupsFolder, casesFolder, draftsFolder, headerFileName, indexFileName } from './vaultLayout';
import { acquireVaultLock, type LockHolder } from './vaultLock';
import { VaultSession } from './vaultSession';

export interface CreateOptions {
  directory: string;
  passphrase: string;
  holder?: LockHolder;
  /** scrypt settings; the same range is enforced as when opening (default N=2^17, r=8, p=1). */
  kdf?: ScryptParameters;
  fileSystem?: VaultFileSystem;
  clock?: () => Date;
  isProcessAlive?: (pid: number) => boolean;
}

export interface CreatedVault {
  /** Shown to the user once; Alianza keeps no copy. */
  recoveryKey: string;
  session: VaultSession;
  /** Set when the disk did not confirm the header: the vault exists, the recovery key is needed. */
  warning?: string;
}

/**
 * Creates a vault in `directory` (made if needed) and returns it unlocked. `index.alz` is written
 * first with `null` (no index yet), then `vault.json` last: a folder with a header is complete.
 */
export async function createVault(options: CreateOptions): Promise<CreatedVault> {
  const passphrase = normalizePassphrase(options.passphrase);
  const kdf = options.kdf ?? defaultScrypt;
  checkScryptParameters(kdf);
  const fileSystem = options.fileSystem ?? nodeVaultFileSystem;
  const clock = options.clock ?? (() => new Date());
  const holder = options.holder ?? 'app';
  const { directory } = options;
  // 0700 like the app's own folder: the journal's file names and sizes are nobody else's business.
  await fileSystem.mkdir(directory, { recursive: true, mode: 0o700 }).catch((error: unknown) => {
    throw toStorageError(error, directory);
  });
  const lock = await acquireVaultLock(directory, {
    holder,
    fileSystem,
    clock,
    ...(options.isProcessAlive === undefined ? {} : { isProcessAlive: options.isProcessAlive }),
  });
  let keys: KeyRing | undefined;
  try {
    await refuseExistingVault(fileSystem, directory);
    const dataKey = Buffer.alloc(keyLength);
    randomFillSync(dataKey);
    keys = deriveKeyRing(dataKey);
    const identity = { vaultId: randomUUID(), createdAt: clock().toISOString() };
    const { header, recoveryKey } = await newHeader(keys, passphrase, kdf, identity);
    for (const folder of [casesFolder, draftsFolder, backupsFolder]) {
      await fileSystem.mkdir(path.join(directory, folder), { recursive: true, mode: 0o700 });
    }
    const session = new VaultSession({ directory, header, keys, lock, holder, fileSystem, clock });
    // The index exists from the start, so a missing index later is an error and never "new".
    await session.writeFile('index', null).catch((error: unknown) => {
      throw beforeCommit(error);
    });
    // The header's rename is the commit: from then on the vault exists and its recovery key must be shown.
    const headerPath = path.join(directory, headerFileName);
    const text = serializeVaultHeader(header);
    let warning: string | undefined;
    try {
      await writeFileDurably(headerPath, text, fileSystem);
    } catch (error) {
      if (!isUnconfirmedWrite(error)) throw error;
      warning = unconfirmedWrite(error, headerPath, 'The new journal is').message;
    }
    // Best effort: an unlock writes a missing copy again.
    await writeHeaderCopy(directory, text, fileSystem).catch(() => undefined);
    return { recoveryKey, session, ...(warning === undefined ? {} : { warning }) };
  } catch (error) {
    if (keys !== undefined) wipeKeyRing(keys);
    await lock.release().catch(() => undefined);
    throw error;
  }
}

/**
 * Never creates over journal files. Encrypted files without a `vault.json` cannot be read by
 * anyone, but the header may be restorable from a backup: leave that to the user.
 */
async function refuseExistingVault(fileSystem: VaultFileSystem, directory: string): Promise<void> {
  for (const name of [headerFileName, indexFileName]) {
    const file = path.join(directory, name);
    const exists = await fileSystem.stat(file).then(
      () => true,
      (error: unknown) => {
        if (isErrorCode(error, 'ENOENT')) return false;
        throw toStorageError(error, file);
      },
    );
    if (exists) {
      throw new AppError(
        'vault-exists',
        name === headerFileName
          ? 'This folder already holds an Alianza journal. Nothing was overwritten.'
          : 'This folder holds Alianza journal files without their header (vault.json). Nothing was overwritten.',
        { file },
      );
    }
  }
}
