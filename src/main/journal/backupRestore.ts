/**
 * Restoring a damaged file from its newest valid backup, asked for with the path an `integrity`
 * error named. Only a journal file inside this vault's folder can be named; the damaged file is
 * moved aside, never deleted.
 */
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { RestoreBackupResponse } from '../../shared/journal/requestTypes';
import { fileIdForPath, type FileId } from '../vault/vaultLayout';
import type { VaultSession } from '../vault/vaultSession';

/** The file id of an absolute path inside the vault folder; `invalid-request` for anything else. */
export function fileIdForVaultPath(directory: string, file: string): FileId {
  if (!path.isAbsolute(file)) {
    throw new AppError('invalid-request', 'Name the file to restore by its full path.', { file });
  }
  const relative = path.relative(path.resolve(directory), path.resolve(file));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new AppError('invalid-request', 'Only files inside the journal folder can be restored.', { file });
  }
  const fileId = fileIdForPath(relative);
  if (fileId === undefined) {
    throw new AppError('invalid-request', 'This is not a journal file that has backups.', { file });
  }
  return fileId;
}

/** Makes the newest valid backup of the named file current again. */
export async function restoreFromBackup(
  session: VaultSession,
  file: string,
): Promise<RestoreBackupResponse & { fileId: FileId }> {
  const fileId = fileIdForVaultPath(session.directory, file);
  const restored = await session.restoreNewestValidBackup(fileId);
  return {
    fileId,
    file,
    restoredGeneration: restored.restoredGeneration,
    ...(restored.damagedPath === undefined ? {} : { damagedPath: restored.damagedPath }),
  };
}
