/**
 * A process killed mid-write leaves a temporary file (`.<name>.<random>.tmp`) or a lock moved
 * aside (`vault.lock`, or in a shared vault this machine's own under `locks/`). They hold nothing the vault needs (the real file is untouched until the rename), so the
 * opener, holding the lock, removes them. It also closes folders an older `alianza` made open to
 * other users (0755) to their owner (0700), as the app always made them.
 */
import { hostname } from 'node:os';
import path from 'node:path';
import type { VaultFileSystem } from './vaultFileSystem';
import { backupsFolder, fileFolders, hostLockName, lockFileName, locksFolder } from './vaultLayout';

const temporaryName = /^\..+\.[0-9a-f]{12}\.tmp$/;
const staleLockName = new RegExp(`^${lockFileName.replace('.', '\\.')}\\.stale-[0-9a-f]{12}$`);

/** Removes crash leftovers from the vault folder. Best effort: a file that stays is harmless. */
export async function removeLeftovers(fileSystem: VaultFileSystem, directory: string): Promise<void> {
  const folders = [directory, ...fileFolders.map((folder) => path.join(directory, folder))];
  for (const name of await namesIn(fileSystem, path.join(directory, backupsFolder))) {
    folders.push(path.join(directory, backupsFolder, name));
  }
  for (const folder of [...folders, path.join(directory, backupsFolder)]) {
    await ownerOnly(fileSystem, folder);
  }
  for (const folder of folders) {
    for (const name of await namesIn(fileSystem, folder)) {
      const leftover = temporaryName.test(name) || (folder === directory && staleLockName.test(name));
      if (leftover) await fileSystem.rm(path.join(folder, name), { force: true }).catch(() => undefined);
    }
  }
  // In a shared vault, only this machine's lock moved aside: another machine may be taking its own over now.
  const ownStale = `${hostLockName(hostname())}.stale-`;
  for (const name of await namesIn(fileSystem, path.join(directory, locksFolder))) {
    if (name.startsWith(ownStale) && /^[0-9a-f]{12}$/.test(name.slice(ownStale.length))) {
      await fileSystem.rm(path.join(directory, locksFolder, name), { force: true }).catch(() => undefined);
    }
  }
}

/** Makes a folder of the vault readable by its owner only. Windows has no such bits: nothing to do. */
async function ownerOnly(fileSystem: VaultFileSystem, folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const { mode } = await fileSystem.stat(folder);
    if ((mode & 0o077) !== 0) await fileSystem.chmod(folder, 0o700);
  } catch {
    // A folder that is missing or cannot be changed stays as it is.
  }
}

async function namesIn(fileSystem: VaultFileSystem, folder: string): Promise<string[]> {
  // A folder that is missing or unreadable has nothing we could remove.
  return fileSystem.readdir(folder).catch(() => []);
}
