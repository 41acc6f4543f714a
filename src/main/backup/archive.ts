/**
 * One-file backups of a vault. Every file inside is already encrypted and authenticated by the
 * vault (the header holds only wrapped keys and KDF settings), so the archive adds a manifest,
 * a SHA-256 per file and one over the whole archive, and copies ciphertext only: no passphrase
 * is needed to back up, and nothing is ever decrypted.
 *
 * Layout: "ALZB" | version (1 byte) | manifest length (u32 BE) | manifest JSON | file bytes… |
 * SHA-256 of everything before it (32 bytes).
 *
 * The checksums detect damage, not tampering: authenticity comes from the vault's own AEAD and
 * header MAC, which is why `verify` after a restore is what counts.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/ipc/result';
import {
  beforeCommit,
  isErrorCode,
  nodeFileSystem,
  syncDirectory,
  unconfirmedWrite,
  writeFileDurably,
  type DurableFileSystem,
} from '../vault/durableFile';
import { acquireVaultLock, type VaultLock } from '../vault/vaultLock';
import { headerFileName, isVaultFilePath } from '../vault/vaultLayout';
import { parseVaultHeader } from '../vault/vaultHeader';
import type { ProgressListener } from '../../shared/progress/progress';
import { withProgress } from '../progress/progressReporter';

const magic = Buffer.from('ALZB', 'ascii');
const archiveVersion = 1;
const checksumLength = 32;

const manifestSchema = z.strictObject({
  format: z.literal('alianza-backup'),
  version: z.literal(1),
  vaultId: z.string(),
  createdAt: z.string(),
  files: z.array(z.strictObject({ path: z.string(), size: z.number().int().nonnegative(), sha256: z.string() })),
});
type Manifest = z.infer<typeof manifestSchema>;

export interface BackupSummary {
  vaultId: string;
  files: number;
  bytes: number;
  sha256: string;
}

export interface BackupOptions {
  /** The caller already holds the vault lock and writes nothing meanwhile (the app's open journal). */
  lockHeld?: boolean;
  onProgress?: ProgressListener;
}

/** Writes the whole vault into one archive file, holding the vault lock so no write interleaves. */
export async function backupVault(
  directory: string,
  archivePath: string,
  now: () => Date,
  options: BackupOptions = {},
): Promise<BackupSummary> {
  const headerPath = path.join(directory, headerFileName);
  const header = parseVaultHeader((await readVaultFile(headerPath)).toString('utf8'), headerPath);
  // Backing up only reads the vault: on a full disk it still works, to another disk.
  const lock =
    options.lockHeld === true
      ? undefined
      : await acquireVaultLock(directory, { holder: 'cli', readOnlyFallback: true });
  try {
    // Only what the vault layout names: a plaintext export saved into the folder by mistake must
    // never ride along in an archive that calls itself encrypted.
    const relativePaths = (await listFiles(directory)).filter(isVaultFilePath);
    const contents = await withProgress(options.onProgress, 'backup', 'files', relativePaths.length, (progress) =>
      Promise.all(
        relativePaths.map(async (file) => {
          const content = await readFile(path.join(directory, file));
          await progress.advance();
          return content;
        }),
      ),
    );
    const manifest: Manifest = {
      format: 'alianza-backup',
      version: 1,
      vaultId: header.vaultId,
      createdAt: now().toISOString(),
      files: contents.map((content, index) => ({
        path: relativePaths[index] ?? '',
        size: content.length,
        sha256: sha256(content),
      })),
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
    const head = Buffer.alloc(magic.length + 5);
    magic.copy(head, 0);
    head.writeUInt8(archiveVersion, magic.length);
    head.writeUInt32BE(manifestBytes.length, magic.length + 1);
    const body = Buffer.concat([head, manifestBytes, ...contents]);
    const archive = Buffer.concat([body, createHash('sha256').update(body).digest()]);
    await writeFileDurably(archivePath, archive);
    return { vaultId: header.vaultId, files: relativePaths.length, bytes: archive.length, sha256: sha256(archive) };
  } finally {
    await lock?.release();
  }
}

/**
 * Restores an archive into `directory`, which must not hold a vault. Everything is checked and
 * written into a temporary sibling folder first (locked while it is filled) and moved into place
 * only when complete; the folders an earlier restore left there when it was killed are removed.
 */
export async function restoreVault(
  archivePath: string,
  directory: string,
  options: { fileSystem?: DurableFileSystem; onProgress?: ProgressListener } = {},
): Promise<BackupSummary> {
  const archive = await readVaultFile(archivePath);
  const manifest = readManifest(archive, archivePath);
  const target = path.resolve(directory);
  if (await restoring(exists(path.join(target, headerFileName)), target, 'could not look into the folder')) {
    throw new AppError('vault-exists', 'That folder already holds a journal; restore into a new or empty folder.', {
      file: directory,
    });
  }
  const targetExists = await restoring(exists(target), target, 'could not look into the folder');
  if (targetExists && (await restoring(readdir(target), target, 'could not list the folder')).length > 0) {
    throw new AppError('vault-exists', 'That folder is not empty; restore into a new or empty folder.', {
      file: directory,
    });
  }
  const parent = path.dirname(target);
  await restoring(mkdir(parent, { recursive: true }), parent, 'could not create the folder to restore into');
  await removeRestoreLeftovers(parent);
  // An unpredictable staging folder beside the target, so nothing can be planted in its place.
  const staging = await restoring(
    mkdtemp(path.join(parent, stagingPrefix)),
    parent,
    'could not create its working folder beside the target',
  );
  let stagingLock: VaultLock | undefined;
  try {
    // Held while it is filled, so a restore beside it can tell it from a killed one's leftover.
    stagingLock = await acquireVaultLock(staging, { holder: 'cli' });
    await withProgress(options.onProgress, 'restore', 'files', manifest.files.length, async (progress) => {
      let offset = magic.length + 5 + archive.readUInt32BE(magic.length + 1);
      for (const file of manifest.files) {
        const bytes = archive.subarray(offset, offset + file.size);
        offset += file.size;
        if (bytes.length !== file.size || sha256(bytes) !== file.sha256) {
          throw damagedArchive(archivePath, `the file ${file.path} inside it does not match its checksum`);
        }
        const destination = safeJoin(staging, file.path, archivePath);
        const folder = path.dirname(destination);
        await restoring(mkdir(folder, { recursive: true, mode: 0o700 }), folder, 'could not create a folder');
        await writeFileDurably(destination, bytes);
        await progress.advance();
      }
    });
    const headerPath = path.join(staging, headerFileName);
    const header = parseVaultHeader(await readFile(headerPath, 'utf8'), headerPath);
    if (header.vaultId !== manifest.vaultId) throw damagedArchive(archivePath, 'its header belongs to another vault');
    await stagingLock.release();
    if (targetExists) await restoring(rmdir(target), target, 'could not replace the empty folder');
    await restoring(rename(staging, target), target, 'could not move the restored journal into place');
  } catch (error) {
    await stagingLock?.release().catch(() => undefined);
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw beforeCommit(error);
  }
  // The rename is the commit: the restored journal is in place, and is never removed again.
  await syncDirectory(parent, options.fileSystem ?? nodeFileSystem).catch((error: unknown) => {
    throw unconfirmedWrite(error, directory, 'The restored journal is');
  });
  return {
    vaultId: manifest.vaultId,
    files: manifest.files.length,
    bytes: archive.length,
    sha256: sha256(archive),
  };
}

const stagingPrefix = '.alianza-restore-';
/** The folders `mkdtemp` makes for a restore: the prefix and six characters. */
const stagingName = /^\.alianza-restore-[A-Za-z0-9]{6}$/;
/** A staging folder younger than this may belong to a restore that has not locked it yet. */
const stagingGrace = 60_000;

/**
 * Removes the staging folders killed restores left beside the target: only folders named as
 * ours, older than a minute, and whose lock is free or was left by a dead process. Best effort.
 */
async function removeRestoreLeftovers(parent: string): Promise<void> {
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names.filter((each) => stagingName.test(each))) {
    const folder = path.join(parent, name);
    try {
      const found = await stat(folder);
      if (!found.isDirectory() || Date.now() - found.mtimeMs < stagingGrace) continue;
      const lock = await acquireVaultLock(folder, { holder: 'cli' });
      await rm(folder, { recursive: true, force: true });
      await lock.release().catch(() => undefined);
    } catch {
      // In use by a restore still running, or not ours to remove: left as it is.
    }
  }
}

/** Waits for one step of a restore, saying which step failed and why instead of a raw system error. */
async function restoring<T>(step: Promise<T>, file: string, what: string): Promise<T> {
  try {
    return await step;
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code) : 'unknown';
    const reasons: Record<string, string> = {
      ENOSPC: 'the disk is full',
      EDQUOT: 'the disk quota is used up',
      EACCES: 'permission denied',
      EPERM: 'not permitted',
      EROFS: 'the disk is read-only',
      ENOTDIR: 'part of the path is a file, not a folder',
      ENOTEMPTY: 'the folder is not empty',
      EXDEV: 'the target is on another disk than its folder',
    };
    throw new AppError(
      code === 'ENOSPC' || code === 'EDQUOT' ? 'disk-full' : 'io-failure',
      `The backup was not restored: Alianza ${what} (${reasons[code] ?? code}). Nothing was restored.`,
      { file, cause: error },
    );
  }
}

function readManifest(archive: Buffer, archivePath: string): Manifest {
  if (archive.length < magic.length + 5 + checksumLength || !archive.subarray(0, magic.length).equals(magic)) {
    throw damagedArchive(archivePath, 'it is not an Alianza backup');
  }
  if (archive.readUInt8(magic.length) !== archiveVersion) {
    throw new AppError('unsupported-format', 'This backup was made by a newer version of Alianza.', {
      file: archivePath,
    });
  }
  const body = archive.subarray(0, archive.length - checksumLength);
  if (
    !createHash('sha256')
      .update(body)
      .digest()
      .equals(archive.subarray(archive.length - checksumLength))
  ) {
    throw damagedArchive(archivePath, 'its checksum does not match (it was changed or cut short)');
  }
  const manifestLength = archive.readUInt32BE(magic.length + 1);
  const start = magic.length + 5;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.subarray(start, start + manifestLength).toString('utf8'));
  } catch {
    throw damagedArchive(archivePath, 'its table of contents cannot be read');
  }
  const manifest = manifestSchema.safeParse(parsed);
  if (!manifest.success) throw damagedArchive(archivePath, 'its table of contents is not valid');
  const paths = manifest.data.files.map((file) => file.path);
  if (new Set(paths).size !== paths.length || !paths.every(isVaultFilePath) || !paths.includes(headerFileName)) {
    throw damagedArchive(archivePath, 'it holds files that are not part of a journal');
  }
  const total = manifest.data.files.reduce((sum, file) => sum + file.size, 0);
  if (start + manifestLength + total !== body.length) throw damagedArchive(archivePath, 'its size does not add up');
  return manifest.data;
}

/** Joins an archive path under the staging folder, refusing anything that would escape it. */
function safeJoin(root: string, relative: string, archivePath: string): string {
  const target = path.resolve(root, relative);
  if (path.isAbsolute(relative) || !target.startsWith(path.resolve(root) + path.sep)) {
    throw damagedArchive(archivePath, `it names a file outside the vault (${relative})`);
  }
  return target;
}

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

async function readVaultFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    if (isErrorCode(error, 'ENOENT'))
      throw new AppError('vault-not-found', 'There is no such file or journal.', { file });
    throw new AppError('io-failure', 'Alianza could not read a file.', { file, cause: error });
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return false;
    throw error;
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function damagedArchive(file: string, why: string): AppError {
  return new AppError('integrity', `This backup cannot be restored: ${why}. Nothing was written.`, { file });
}
