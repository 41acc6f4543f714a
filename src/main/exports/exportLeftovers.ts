/**
 * A durable write stopped mid-way (a crash, a kill) leaves its temporary file
 * (`.<name>.<random>.tmp`) beside the export, holding part of a plaintext document. The next
 * export to that folder removes them: only our exact naming, for a file of an export format, a
 * regular file (never a link or a folder), and older than a grace period, so a file another
 * Alianza is writing right now is left alone.
 */
import { lstat, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { temporaryFileTarget } from '../vault/durableFile';
import { isExportFileName } from './exportPath';

/** An export is written in seconds; a temporary file this old belongs to a write that stopped. */
export const staleAfterMilliseconds = 10 * 60 * 1000;

/**
 * Removes stale temporary files of ours from `folder`; returns the names removed. Best effort: a
 * file that cannot be removed stays, and the export goes on. File ages are compared with the
 * computer's clock, which is the one that stamped them.
 */
export async function removeStaleTemporaryFiles(folder: string, now = Date.now()): Promise<string[]> {
  const names = await readdir(folder).catch(() => []);
  const removed: string[] = [];
  for (const name of names) {
    const target = temporaryFileTarget(name);
    if (target === undefined || !isExportFileName(target)) continue;
    const file = path.join(folder, name);
    const stats = await lstat(file).catch(() => undefined);
    if (stats?.isFile() !== true || now - stats.mtimeMs < staleAfterMilliseconds) continue;
    await rm(file, { force: true }).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}
