/**
 * An authentic header can still be the wrong one: a `vault.json` copied back from before a key
 * rotation unwraps the old data key with the old passphrase and its MAC checks out, but every file
 * is under the new key. So an opener decrypts the index with the key it unwrapped. Only when that
 * fails does it look further (the index's backups, then the other files), because a damaged index
 * alone must not keep the journal shut; a key that opens none of two or more files is refused. A
 * journal that has only its index (nothing saved yet) cannot tell a damaged index from a stale
 * header: it opens, and reading the index names it as damaged, as before; it holds nothing.
 */
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { openSealed, wipeContent } from './sealedContent';
import type { VaultFileSystem } from './vaultFileSystem';
import { listVaultFiles } from './vaultFiles';
import { headerFileName, indexFileName, type FileId } from './vaultLayout';

/** Files tried after a failed index, at most: enough to find one that opens in a damaged vault. */
const furtherTries = 50;

/** Throws `integrity` naming `vault.json` when two or more files exist and the header's key opens none of them. */
export async function checkKeyOpensFiles(
  directory: string,
  vaultId: string,
  fileKey: Buffer,
  fileSystem: VaultFileSystem,
): Promise<void> {
  const opens = async (relativePath: string, fileId: FileId): Promise<boolean | undefined> => {
    const file = path.join(directory, ...relativePath.split('/'));
    const bytes = await fileSystem.readFile(file).catch(() => undefined);
    if (bytes === undefined) return undefined;
    try {
      wipeContent(openSealed(fileKey, { vaultId, fileId }, bytes, file));
      return true;
    } catch {
      return false;
    }
  };
  const index = await opens(indexFileName, 'index');
  if (index === true) return;
  let found = index === undefined ? 0 : 1;
  const others = (await listVaultFiles(directory, fileSystem)).filter(
    (file) => file.kind !== 'unknown' && file.relativePath !== indexFileName,
  );
  // The index's own backups first: they exist in every journal that has saved a case.
  others.sort((left, right) => Number(right.fileId === 'index') - Number(left.fileId === 'index'));
  for (const file of others.slice(0, furtherTries)) {
    const result = await opens(file.relativePath, file.fileId as FileId);
    if (result === true) return;
    if (result !== undefined) found += 1;
  }
  if (found < 2) return;
  throw new AppError(
    'integrity',
    'This journal header (vault.json) does not belong to the journal files: the key it holds opens none of them. ' +
      'Most likely it is a copy from before the journal was re-encrypted with a new key, put back in place; ' +
      'the passphrase and recovery key that went with it no longer open this journal. Nothing was read or changed. ' +
      'Put the current vault.json back (or its copy, backups/header/vault.json), or restore a backup archive.',
    { file: path.join(directory, headerFileName) },
  );
}
