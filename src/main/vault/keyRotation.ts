/**
 * Key rotation: a new random data key, every `.alz` file (index, cases, exports, reports, drafts
 * and every kept generation under `backups/`) re-encrypted under it, and a new header (the new
 * passphrase and a new recovery key), all or nothing.
 *
 * Design: stage, commit with one rename, then move into place; the next lock holder settles.
 * 1. Holding the vault's lock, with the session's other work held back, everything is written
 *    re-encrypted into `.rotation/` inside the vault folder, each file durably (temp file, fsync,
 *    rename, folder fsync), with the new `vault.json` and its copy. Each file keeps its generation,
 *    so backups keep their names and the AAD still binds vault id, file id and generation.
 * 2. `.rotation/commit.json` (the list of staged files, the header last) is written durably: its
 *    rename is the commit. Before it the old vault is untouched; from it on the new one is in force.
 * 3. Each staged file is renamed over its place (header last), the folders are fsynced, the
 *    marker and the folder removed.
 * A kill before step 2 leaves `.rotation/` without a marker; after it, a marker. Whoever next takes
 * `vault.lock` (any unlock, `backup`, `restore-header`) calls settleRotation before reading a file:
 * no marker, the staged copy is deleted and the old vault (old passphrase) opens whole; a marker,
 * the moves are finished and the new vault (new passphrase) opens whole. Never a mix.
 *
 * Why not a sibling folder swapped in with folder renames (as a restore does): the lock file lives
 * in the vault folder, the app's own folder is its parent, and a moment with no vault folder at
 * all would need a marker outside it; per-file renames inside one folder tree avoid all three.
 * Why not both keys in the header with a generation per file: every reader would have to try two
 * keys, and the old key would stay in the header until the last file moved.
 *
 * The recovery wrap cannot be carried over (Alianza never keeps the recovery secret), so a rotation
 * always makes a new recovery key, shown once. A header copied back from before the rotation still
 * unwraps the old key with the old passphrase, but that key opens none of the files, and the opener
 * refuses it (headerKeyCheck.ts).
 */
import { randomFillSync } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { ProgressListener } from '../../shared/progress/progress';
import { withProgress } from '../progress/progressReporter';
import { keyLength } from './aead';
import { newHeader } from './newHeader';
import { beforeCommit, isErrorCode, isUnconfirmedWrite, toStorageError, writeFileDurably } from './durableFile';
import { openSealed, resealed, wipeContent } from './sealedContent';
import { missingFile } from './fileStore';
import type { ScryptParameters } from './kdf';
import { deriveKeyRing, wipeKeyRing, type KeyRing } from './keyRing';
import { commitMarkerName, finishRotation, markerText, rotationMarker, stagingFolderOf } from './rotationStaging';
import type { VaultFileSystem } from './vaultFileSystem';
import { listVaultFiles, type VaultFile } from './vaultFiles';
import { serializeVaultHeader, type VaultHeader } from './vaultHeader';
import { headerBackupPath, headerFileName, type FileId } from './vaultLayout';

export interface RotationRequest {
  directory: string;
  /** The header in force. */
  header: VaultHeader;
  /** The file key in force; only read. */
  fileKey: Buffer;
  /** Already normalized and checked. */
  passphrase: string;
  kdf: ScryptParameters;
  fileSystem: VaultFileSystem;
  onProgress?: ProgressListener;
}

export interface RotatedKeys {
  header: VaultHeader;
  /** The new keys; the caller owns them and wipes them on lock. */
  keys: KeyRing;
  /** Shown once: the previous recovery key no longer opens anything. */
  recoveryKey: string;
  /**
   * The rotation committed, but moving the files into place failed: the new keys are in force, and
   * the vault must be locked now so that the next unlock (new passphrase) finishes the moves.
   */
  unfinished?: AppError;
}

/** Files re-encrypted at once: enough to overlap the disk's waits, few enough to bound memory. */
const parallelFiles = 4;

/** Re-encrypts the whole vault under a new data key; see the design above. */
export async function rotateVaultKeys(request: RotationRequest): Promise<RotatedKeys> {
  const { directory, header, fileSystem } = request;
  const staging = stagingFolderOf(directory);
  const files = (await listVaultFiles(directory, fileSystem)).filter((file) => file.kind !== 'unknown');
  const dataKey = Buffer.alloc(keyLength);
  randomFillSync(dataKey);
  const keys = deriveKeyRing(dataKey);
  let committed = false;
  try {
    await fileSystem.rm(staging, { recursive: true, force: true });
    await fileSystem.mkdir(staging, { recursive: true, mode: 0o700 });
    const identity = { vaultId: header.vaultId, createdAt: header.createdAt };
    const sealed = await newHeader(keys, request.passphrase, request.kdf, identity);
    const stage = async (relative: string, data: Uint8Array | string) => {
      const target = path.join(staging, ...relative.split('/'));
      await fileSystem.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      await writeFileDurably(target, data, fileSystem);
    };
    await withProgress(request.onProgress, 'rotate', 'files', files.length, (progress) =>
      eachAtOnce(files, parallelFiles, async (file) => {
        await stage(file.relativePath, await reencrypted(request, keys.fileKey, file));
        await progress.advance();
      }),
    );
    const text = serializeVaultHeader(sealed.header);
    await stage(headerBackupPath, text);
    await stage(headerFileName, text);
    const marker = rotationMarker(header.vaultId, [
      ...files.map((file) => file.relativePath),
      headerBackupPath,
      headerFileName,
    ]);
    try {
      await writeFileDurably(path.join(staging, commitMarkerName), markerText(marker), fileSystem);
    } catch (error) {
      // Renamed but unconfirmed is committed all the same.
      if (!isUnconfirmedWrite(error)) throw error;
    }
    committed = true;
    try {
      await finishRotation(directory, marker, fileSystem);
    } catch (error) {
      return { header: sealed.header, keys, recoveryKey: sealed.recoveryKey, unfinished: unfinishedMove(error) };
    }
    return { header: sealed.header, keys, recoveryKey: sealed.recoveryKey };
  } catch (error) {
    if (committed) throw error;
    wipeKeyRing(keys);
    await fileSystem.rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw notRotated(error, staging);
  }
}

/** One file decrypted with the key in force and encrypted with the new one, at the same generation. */
async function reencrypted(request: RotationRequest, newFileKey: Buffer, file: VaultFile): Promise<Buffer> {
  const source = path.join(request.directory, ...file.relativePath.split('/'));
  let bytes: Buffer;
  try {
    bytes = await request.fileSystem.readFile(source);
  } catch (error) {
    throw isErrorCode(error, 'ENOENT') ? missingFile(source) : toStorageError(error, source);
  }
  const binding = { vaultId: request.header.vaultId, fileId: file.fileId as FileId };
  const content = openSealed(request.fileKey, binding, bytes, source);
  try {
    return resealed(newFileKey, binding, content.generation, content);
  } finally {
    wipeContent(content);
  }
}

/** Runs `work` over `items`, at most `limit` at a time; stops starting new ones after a failure. */
async function eachAtOnce<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, lane));
  const failure = lanes.find((lane): lane is PromiseRejectedResult => lane.status === 'rejected');
  if (failure !== undefined) throw failure.reason;
}

/** A failure before the commit: nothing changed, and the message says so. */
function notRotated(error: unknown, staging: string): unknown {
  const cause = beforeCommit(error);
  if (!(cause instanceof AppError)) return toStorageError(cause, staging);
  const advice =
    cause.code === 'integrity' || cause.code === 'missing-file'
      ? ' Check every file (Settings, or `alianza verify`) and restore this one from its backup first.'
      : '';
  return new AppError(
    cause.code,
    `The journal was not re-encrypted: nothing was changed, and the current passphrase and recovery key still work. ${cause.message}${advice}`,
    {
      ...(cause.file === undefined ? {} : { file: cause.file }),
      ...(cause.cause === undefined ? {} : { cause: cause.cause }),
    },
  );
}

function unfinishedMove(error: unknown): AppError {
  const cause = error instanceof AppError ? error : toStorageError(error, '');
  return new AppError(
    'write-unconfirmed',
    'The journal is re-encrypted under the new key, but not every file could be moved into place ' +
      `(${cause.message}). It was locked: unlock it with the new passphrase, and the unlock finishes the move. ` +
      'Keep the new recovery key shown now; the previous one no longer works.',
    { ...(cause.file === undefined ? {} : { file: cause.file }), cause },
  );
}
