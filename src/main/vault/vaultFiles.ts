/**
 * Every encrypted file a vault folder holds, by what its name says: the index, one file per id in
 * each file folder, and the kept generations under `backups/`. `verify` checks them all and a key
 * rotation re-encrypts them all, so both list them here, the same way.
 */
import path from 'node:path';
import type { VaultFileSystem } from './vaultFileSystem';
import {
  backupsFolder,
  encryptedExtension,
  fileFolders,
  fileIdForBackupFolder,
  fileIdForPath,
  generationOfBackup,
  indexFileName,
  type FileId,
} from './vaultLayout';

export interface VaultFile {
  /** Path relative to the vault folder, with `/` separators. */
  relativePath: string;
  /** Undefined for a name Alianza never writes. */
  fileId: FileId | undefined;
  kind: 'current' | 'backup' | 'unknown';
}

/** The index first (listed even when missing), then the file folders, then the backups; sorted by name. */
export async function listVaultFiles(directory: string, fileSystem: VaultFileSystem): Promise<VaultFile[]> {
  const files: VaultFile[] = [{ relativePath: indexFileName, fileId: 'index', kind: 'current' }];
  for (const folder of fileFolders) {
    for (const name of await encryptedNamesIn(fileSystem, path.join(directory, folder))) {
      const relativePath = `${folder}/${name}`;
      const fileId = fileIdForPath(relativePath);
      files.push({ relativePath, fileId, kind: fileId === undefined ? 'unknown' : 'current' });
    }
  }
  for (const folder of await namesIn(fileSystem, path.join(directory, backupsFolder))) {
    const fileId = fileIdForBackupFolder(folder);
    for (const name of await encryptedNamesIn(fileSystem, path.join(directory, backupsFolder, folder))) {
      const known = fileId !== undefined && generationOfBackup(name) !== undefined;
      files.push({ relativePath: `${backupsFolder}/${folder}/${name}`, fileId, kind: known ? 'backup' : 'unknown' });
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
