/**
 * Every encrypted file a vault folder holds, by what its name says: the index, one file per id in
 * each file folder, and the kept generations under `backups/`, at the root and in each device's
 * folder of a synced vault. `verify` checks them all and a key
 * rotation re-encrypts them all, so both list them here, the same way.
 */
import path from 'node:path';
import type { VaultFileSystem } from './vaultFileSystem';
import {
  backupsFolder,
  deviceFolderFor,
  devicesFolder,
  encryptedExtension,
  fileFolders,
  fileIdForBackupFolder,
  fileIdForPath,
  generationOfBackup,
  indexFileName,
  isDeviceFolderName,
  type FileId,
} from './vaultLayout';

export interface VaultFile {
  /** Path relative to the vault folder, with `/` separators. */
  relativePath: string;
  /** Undefined for a name Alianza never writes. */
  fileId: FileId | undefined;
  kind: 'current' | 'backup' | 'unknown';
}

/**
 * The index first (listed even when missing), then the file folders, then the backups, sorted by
 * name; then the same for each device's folder of a synced vault (its index only when there).
 */
export async function listVaultFiles(directory: string, fileSystem: VaultFileSystem): Promise<VaultFile[]> {
  const files = await filesOf(directory, '', undefined, fileSystem);
  for (const deviceId of (await namesIn(fileSystem, path.join(directory, devicesFolder))).filter(isDeviceFolderName)) {
    files.push(...(await filesOf(directory, `${deviceFolderFor(deviceId)}/`, deviceId, fileSystem)));
  }
  return files;
}

/** The files under `prefix` (the vault's root, or a device's folder), laid out alike. */
async function filesOf(
  directory: string,
  prefix: string,
  deviceId: string | undefined,
  fileSystem: VaultFileSystem,
): Promise<VaultFile[]> {
  const files: VaultFile[] = [];
  const index = `${prefix}${indexFileName}`;
  if (deviceId === undefined || (await namesIn(fileSystem, path.join(directory, prefix))).includes(indexFileName)) {
    files.push({ relativePath: index, fileId: fileIdForPath(index), kind: 'current' });
  }
  for (const folder of fileFolders) {
    for (const name of await encryptedNamesIn(fileSystem, path.join(directory, prefix, folder))) {
      const relativePath = `${prefix}${folder}/${name}`;
      const fileId = fileIdForPath(relativePath);
      files.push({ relativePath, fileId, kind: fileId === undefined ? 'unknown' : 'current' });
    }
  }
  for (const folder of await namesIn(fileSystem, path.join(directory, prefix, backupsFolder))) {
    const fileId = fileIdForBackupFolder(folder, deviceId);
    for (const name of await encryptedNamesIn(fileSystem, path.join(directory, prefix, backupsFolder, folder))) {
      const known = fileId !== undefined && generationOfBackup(name) !== undefined;
      files.push({
        relativePath: `${prefix}${backupsFolder}/${folder}/${name}`,
        fileId,
        kind: known ? 'backup' : 'unknown',
      });
    }
  }
  return files;
}

async function namesIn(fileSystem: VaultFileSystem, folder: string): Promise<string[]> {
  // A folder that does not exist has no files.
  return (await fileSystem.readdir(folder).catch(() => [])).sort();
}

async function encryptedNamesIn(fileSystem: VaultFileSystem, folder: string): Promise<string[]> {
  return (await namesIn(fileSystem, folder)).filter((name) => name.endsWith(encryptedExtension));
}
