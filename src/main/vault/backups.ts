/**
 * `backups/<file>/<generation>.alz`: the last generations of each file, kept as they were
 * (still encrypted). The current file is hard-linked, not copied, so a backup costs no I/O for
 * the data; where links are not supported (FAT drives) it is copied durably.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { isErrorCode, isUnconfirmedWrite, syncDirectory, toStorageError, writeFileDurably } from './durableFile';
import type { VaultFileSystem } from './vaultFileSystem';
import { backupFileName, backupFolderFor, generationOfBackup, type FileId } from './vaultLayout';

/** How many previous generations of each file are kept. */
export const keptGenerations = 5;

export interface BackupFile {
  generation: number;
  /** Absolute path. */
  path: string;
}

/** Keeps the bytes now at `currentPath` as backup `generation` of `fileId`, durably. */
export async function keepBackup(
  fileSystem: VaultFileSystem,
  directory: string,
  fileId: FileId,
  currentPath: string,
  generation: number,
): Promise<void> {
  const folder = path.join(directory, backupFolderFor(fileId));
  const target = path.join(folder, backupFileName(generation));
  try {
    await fileSystem.mkdir(folder, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw toStorageError(error, folder);
  }
  // Link under a temporary name, then rename: a leftover backup of the same generation is replaced.
  const temporary = path.join(folder, `.${backupFileName(generation)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fileSystem.link(currentPath, temporary);
  } catch (error) {
    if (!linksUnsupported(error)) throw toStorageError(error, target);
    await copyDurably(fileSystem, currentPath, target);
    return;
  }
  try {
    await fileSystem.rename(temporary, target);
  } catch (error) {
    await fileSystem.rm(temporary, { force: true }).catch(() => undefined);
    throw toStorageError(error, target);
  }
  await syncDirectory(folder, fileSystem);
}

/** The backups of `fileId`, newest first. */
export async function listBackupFiles(
  fileSystem: VaultFileSystem,
  directory: string,
  fileId: FileId,
): Promise<BackupFile[]> {
  const folder = path.join(directory, backupFolderFor(fileId));
  let names: string[];
  try {
    names = await fileSystem.readdir(folder);
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return [];
    throw toStorageError(error, folder);
  }
  const backups: BackupFile[] = [];
  for (const name of names) {
    const generation = generationOfBackup(name);
    if (generation !== undefined) backups.push({ generation, path: path.join(folder, name) });
  }
  return backups.sort((left, right) => right.generation - left.generation);
}

/** Deletes all but the newest `keep` backups. Housekeeping: the caller may ignore failures. */
export async function pruneBackups(
  fileSystem: VaultFileSystem,
  directory: string,
  fileId: FileId,
  keep: number,
): Promise<void> {
  const backups = await listBackupFiles(fileSystem, directory, fileId);
  for (const backup of backups.slice(keep)) {
    await fileSystem.rm(backup.path, { force: true });
  }
}

function linksUnsupported(error: unknown): boolean {
  return ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK'].some((code) => isErrorCode(error, code));
}

async function copyDurably(fileSystem: VaultFileSystem, from: string, to: string): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = await fileSystem.readFile(from);
  } catch (error) {
    throw toStorageError(error, from);
  }
  // The backup is kept before the file it keeps is replaced: unconfirmed, it is a failure like any other.
  await writeFileDurably(to, bytes, fileSystem).catch((error: unknown) => {
    throw isUnconfirmedWrite(error) ? toStorageError(error.cause, to) : error;
  });
}
