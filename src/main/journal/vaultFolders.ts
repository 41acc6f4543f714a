/** The encrypted files of one kind that are in the vault folder now (temporary and damaged files left out), and their backups. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { isErrorCode } from '../vault/durableFile';
import {
  backupsFolder,
  casesFolder,
  draftsFolder,
  exportsFolder,
  fileIdForBackupFolder,
  fileIdForPath,
  reportsFolder,
  type FileId,
} from '../vault/vaultLayout';

type StoredKind = 'case' | 'draft' | 'exports' | 'reports';

const folderOf: Record<StoredKind, string> = {
  case: casesFolder,
  draft: draftsFolder,
  exports: exportsFolder,
  reports: reportsFolder,
};

/** The ids (the part after `case:`, `draft:`, `exports:` or `reports:`) of the files in that kind's folder. */
export async function storedIds(directory: string, kind: StoredKind): Promise<string[]> {
  const folder = folderOf[kind];
  let names: string[];
  try {
    names = await readdir(path.join(directory, folder));
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return [];
    throw new AppError('io-failure', 'Alianza could not list the journal folder.', {
      file: path.join(directory, folder),
      cause: error,
    });
  }
  const ids: string[] = [];
  for (const name of names.sort()) {
    const fileId: FileId | undefined = fileIdForPath(`${folder}/${name}`);
    if (fileId?.startsWith(`${kind}:`)) ids.push(fileId.slice(kind.length + 1));
  }
  return ids;
}

/** The ids of the files of one kind that have backups (`backups/<kind>.<id>/`), whether or not the file is there. */
export async function idsWithBackups(directory: string, kind: StoredKind): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(path.join(directory, backupsFolder));
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return [];
    throw new AppError('io-failure', 'Alianza could not list the journal folder.', {
      file: path.join(directory, backupsFolder),
      cause: error,
    });
  }
  const ids: string[] = [];
  for (const name of names.sort()) {
    const fileId = fileIdForBackupFolder(name);
    if (fileId?.startsWith(`${kind}:`)) ids.push(fileId.slice(kind.length + 1));
  }
  return ids;
}

/** The names in a folder, sorted; none for a folder that does not exist. */
export async function folderNames(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).sort();
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return [];
    throw new AppError('io-failure', 'Alianza could not list the journal folder.', { file: folder, cause: error });
  }
}
