/**
 * Files put back to an earlier state: each file the index records is held against where the
 * journal last left it (its generation, and for a log its length), and the index itself against
 * the device's own record of it. Only the first bytes of each file are read, so it runs at every
 * unlock; every file still decrypts and verifies as ever, since each is a valid older copy.
 */
import path from 'node:path';
import { open } from 'node:fs/promises';
import { fileHeaderLength, readGeneration } from '../vault/encryptedFile';
import { isBehind, type FilePosition } from '../vault/filePosition';
import { indexFileName, isFileId, relativePathFor, type FileId } from '../vault/vaultLayout';
import type { FilePositions } from './indexDocument';

/** Files read at once: enough to overlap the disk's waits, few enough for any folder. */
const parallelReads = 16;

/** A file found behind its recorded position. */
export interface FileBehind {
  /** Relative to the vault folder, with `/` separators. */
  relativePath: string;
  /** Undefined for the index, which the device's record holds. */
  fileId: FileId | undefined;
  found: FilePosition;
}

/**
 * The files behind their recorded position, by path, and the case files ahead of theirs (saved,
 * then the process stopped before the index recorded it: their line in the case list is stale).
 */
export async function filesBehind(
  directory: string,
  positions: FilePositions,
  index: { current: FilePosition; recorded: FilePosition | undefined },
): Promise<FileBehind[] & { ahead: string[] }> {
  const behind: FileBehind[] & { ahead: string[] } = Object.assign([], { ahead: [] as string[] });
  if (index.recorded !== undefined && isBehind(index.current, index.recorded)) {
    behind.push({ relativePath: indexFileName, fileId: undefined, found: index.current });
  }
  const recorded = Object.entries(positions).filter(([fileId]) => isFileId(fileId));
  for (let start = 0; start < recorded.length; start += parallelReads) {
    const checked = await Promise.all(
      recorded.slice(start, start + parallelReads).map(async ([id, position]): Promise<FileBehind | undefined> => {
        const fileId = id as FileId;
        const relativePath = relativePathFor(fileId);
        const found = await positionOnDisk(path.join(directory, ...relativePath.split('/')));
        // A missing or unreadable file is named by opening it and by verify, not here.
        if (found !== undefined && fileId.startsWith('case:') && isBehind(position, found)) {
          behind.ahead.push(fileId.slice('case:'.length));
        }
        return found !== undefined && isBehind(found, position) ? { relativePath, fileId, found } : undefined;
      }),
    );
    for (const file of checked) if (file !== undefined) behind.push(file);
  }
  behind.sort((left, right) => left.relativePath.localeCompare(right.relativePath));
  return behind;
}

/** A file's generation and size, from its first bytes (unauthenticated: a file is decrypted when read). */
async function positionOnDisk(file: string): Promise<FilePosition | undefined> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (handle === undefined) return undefined;
  try {
    const head = Buffer.alloc(fileHeaderLength);
    const { bytesRead } = await handle.read(head, 0, fileHeaderLength, 0);
    const generation = readGeneration(head.subarray(0, bytesRead));
    if (generation === undefined) return undefined;
    return { generation, length: (await handle.stat()).size };
  } catch {
    return undefined;
  } finally {
    await handle.close().catch(() => undefined);
  }
}
