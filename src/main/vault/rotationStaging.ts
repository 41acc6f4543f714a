/**
 * The staging folder of a key rotation (`.rotation/` in the vault folder) and what the next holder
 * of the vault's lock does with one a killed rotation left: the commit marker (`commit.json`,
 * written last, durably) decides. Without it the staged files are an unfinished copy and are
 * removed: the vault as it was stays in force. With it every staged file (the header last) is
 * renamed over its place, then the marker and the folder are removed. Renames of files already
 * moved find no source and are skipped, so finishing again after another kill is safe.
 * See keyRotation.ts for the whole design.
 */
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/ipc/result';
import { isErrorCode, syncDirectory, toStorageError } from './durableFile';
import type { VaultFileSystem } from './vaultFileSystem';
import { vaultFormat } from './vaultHeader';
import { headerFileName, isVaultFilePath } from './vaultLayout';

export const stagingFolderName = '.rotation';
export const commitMarkerName = 'commit.json';

const markerSchema = z.strictObject({
  format: z.literal(`${vaultFormat}-rotation`),
  version: z.literal(1),
  vaultId: z.uuid(),
  /** Relative paths with `/` separators, in the order they are moved; `vault.json` is last. */
  files: z.array(z.string()),
});
export type RotationMarker = z.infer<typeof markerSchema>;

export function stagingFolderOf(directory: string): string {
  return path.join(directory, stagingFolderName);
}

/** The record of a staged rotation: the files to move, in order, the header last. */
export function rotationMarker(vaultId: string, files: readonly string[]): RotationMarker {
  return { format: `${vaultFormat}-rotation`, version: 1, vaultId, files: [...files] };
}

/** The marker's text: its durable rename is the rotation's commit. */
export function markerText(marker: RotationMarker): string {
  return `${JSON.stringify(marker, null, 2)}\n`;
}

/**
 * Finishes or rolls back a rotation a killed process left; nothing when there is none. Called by
 * whoever takes the vault's lock, before anything reads a file.
 */
export async function settleRotation(
  directory: string,
  fileSystem: VaultFileSystem,
): Promise<'none' | 'rolled-back' | 'finished'> {
  const staging = stagingFolderOf(directory);
  const marker = await readMarker(fileSystem, staging);
  if (marker === 'no-folder') return 'none';
  if (marker === undefined) {
    // Never committed: the vault in place is whole, and what was staged is thrown away.
    await fileSystem.rm(staging, { recursive: true, force: true }).catch((error: unknown) => {
      throw toStorageError(error, staging);
    });
    return 'rolled-back';
  }
  await finishRotation(directory, marker, fileSystem);
  return 'finished';
}

/** True when a committed rotation still waits to be finished (the read-only opener cannot do it). */
export async function hasUnfinishedRotation(directory: string, fileSystem: VaultFileSystem): Promise<boolean> {
  const marker = await readMarker(fileSystem, stagingFolderOf(directory));
  return marker !== undefined && marker !== 'no-folder';
}

/** Moves every staged file into place, header last, then removes the marker and the folder. */
export async function finishRotation(
  directory: string,
  marker: RotationMarker,
  fileSystem: VaultFileSystem,
): Promise<void> {
  const staging = stagingFolderOf(directory);
  const folders = new Set<string>();
  for (const relative of marker.files) {
    const from = path.join(staging, ...relative.split('/'));
    const to = path.join(directory, ...relative.split('/'));
    await fileSystem.mkdir(path.dirname(to), { recursive: true, mode: 0o700 }).catch((error: unknown) => {
      throw toStorageError(error, to);
    });
    try {
      await fileSystem.rename(from, to);
    } catch (error) {
      // Moved before a kill: its source is gone and its place holds the new file.
      if (!isErrorCode(error, 'ENOENT')) throw toStorageError(error, to);
    }
    folders.add(path.dirname(to));
  }
  for (const folder of folders) await syncDirectory(folder, fileSystem);
  const markerPath = path.join(staging, commitMarkerName);
  // The marker goes first: what stays of the folder after a kill is then rolled back, which is harmless now.
  await fileSystem.rm(markerPath, { force: true }).catch((error: unknown) => {
    throw toStorageError(error, markerPath);
  });
  await syncDirectory(staging, fileSystem).catch(() => undefined);
  await fileSystem.rm(staging, { recursive: true, force: true }).catch(() => undefined);
}

async function readMarker(
  fileSystem: VaultFileSystem,
  staging: string,
): Promise<RotationMarker | undefined | 'no-folder'> {
  const file = path.join(staging, commitMarkerName);
  let text: string;
  try {
    text = await fileSystem.readFile(file, 'utf8');
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) {
      const folder = await fileSystem.stat(staging).then(
        () => true,
        (statError: unknown) => {
          if (isErrorCode(statError, 'ENOENT')) return false;
          throw toStorageError(statError, staging);
        },
      );
      return folder ? undefined : 'no-folder';
    }
    throw toStorageError(error, file);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw damagedMarker(file);
  }
  const marker = markerSchema.safeParse(parsed);
  if (!marker.success || !marker.data.files.every(isVaultFilePath) || marker.data.files.at(-1) !== headerFileName) {
    throw damagedMarker(file);
  }
  return marker.data;
}

function damagedMarker(file: string): AppError {
  return new AppError(
    'integrity',
    'A key change was interrupted and its record (.rotation/commit.json) is damaged, so it cannot be finished. ' +
      'Nothing was changed; restore the journal from a backup archive, or keep the folder as it is and ask for help.',
    { file },
  );
}
