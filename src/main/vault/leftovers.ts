/**
 * A process killed mid-write leaves a temporary file (`.<name>.<random>.tmp`) or a lock moved
 * aside. They hold nothing the vault needs (the real file is untouched until the rename), so the
 * opener, holding the lock, removes them.
 */
import path from 'node:path';
import type { VaultFileSystem } from './vaultFileSystem';
import { backupsFolder, fileFolders, lockFileName } from './vaultLayout';

const temporaryName = /^\..+\.[0-9a-f]{12}\.tmp$/;
const staleLockName = new RegExp(`^${lockFileName.replace('.', '\\.')}\\.stale-[0-9a-f]{12}$`);

/** Removes crash leftovers from the vault folder. Best effort: a file that stays is harmless. */
export async function removeLeftovers(fileSystem: VaultFileSystem, directory: string): Promise<void> {
  const folders = [directory, ...fileFolders.map((folder) => path.join(directory, folder))];
  for (const name of await namesIn(fileSystem, path.join(directory, backupsFolder))) {
    folders.push(path.join(directory, backupsFolder, name));
  }
  for (const folder of folders) {
    for (const name of await namesIn(fileSystem, folder)) {
      const leftover = temporaryName.test(name) || (folder === directory && staleLockName.test(name));
      if (leftover) await fileSystem.rm(path.join(folder, name), { force: true }).catch(() => undefined);
    }
  }
}

async function namesIn(fileSystem: VaultFileSystem, folder: string): Promise<string[]> {
  // A folder that is missing or unreadable has nothing we could remove.
  return fileSystem.readdir(folder).catch(() => []);
}
