/** A small journal with every kind of file and several generations of each, for the rotation tests. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decryptFile } from '../../../src/main/vault/encryptedFile';
import { listVaultFiles } from '../../../src/main/vault/vaultFiles';
import { nodeVaultFileSystem } from '../../../src/main/vault/vaultFileSystem';
import type { FileId } from '../../../src/main/vault/vaultLayout';
import type { VaultSession } from '../../../src/main/vault/vaultSession';

/** What each file holds once `populate` is done. */
export type Contents = Map<FileId, unknown>;

/** Writes the index three times, one case six times (so five backups), and one file of every other kind. */
export async function populate(session: VaultSession): Promise<Contents> {
  const contents: Contents = new Map();
  const write = async (fileId: FileId, data: unknown) => {
    await session.writeFile(fileId, data);
    contents.set(fileId, data);
  };
  for (let round = 1; round <= 6; round++) {
    await write('case:alba', { alias: 'Familia A.', round, note: 'La cuidadora llegó tarde. '.repeat(40) });
    if (round <= 3) await write('index', { cases: ['alba', 'bruno'], round });
    if (round <= 2) await write('reports:alba', { reports: [], round });
  }
  await write('case:bruno', { alias: 'Familia B.', note: 'Primera sesión.' });
  await write('exports:alba', { log: [], safeWords: ['Pedro'] });
  await write('draft:d1', { text: 'a half-written reflection' });
  return contents;
}

/** Every `.alz` file of the vault (current and backups), relative path -> file id. */
export async function encryptedFiles(directory: string): Promise<Map<string, FileId>> {
  const files = new Map<string, FileId>();
  for (const file of await listVaultFiles(directory, nodeVaultFileSystem)) {
    if (file.fileId !== undefined && file.kind !== 'unknown') files.set(file.relativePath, file.fileId);
  }
  return files;
}

/** True when `fileKey` decrypts the file. */
export async function opensWith(
  directory: string,
  vaultId: string,
  fileKey: Buffer,
  relativePath: string,
  fileId: FileId,
): Promise<boolean> {
  const file = path.join(directory, ...relativePath.split('/'));
  try {
    decryptFile(fileKey, { vaultId, fileId }, await readFile(file), file);
    return true;
  } catch {
    return false;
  }
}
