/** The encrypted files of one kind that are in the vault folder now (temporary and damaged files left out). */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { isErrorCode } from '../vault/durableFile';
import { casesFolder, draftsFolder, fileIdForPath, type FileId } from '../vault/vaultLayout';

/** The ids (the part after `case:` or `draft:`) of the files in `cases/` or `drafts/`. */
export async function storedIds(directory: string, kind: 'case' | 'draft'): Promise<string[]> {
  const folder = kind === 'case' ? casesFolder : draftsFolder;
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
