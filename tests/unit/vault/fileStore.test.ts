import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeVaultFileSystem } from '../../../src/main/vault/vaultFileSystem';
import { exists, rejection, removeFolder, storeFor, systemError, temporaryFolder } from './fixtures';

let directory: string;
beforeEach(async () => {
  directory = await temporaryFolder('alianza-store-');
});
afterEach(async () => {
  await removeFolder(directory);
});

const caseFile = () => path.join(directory, 'cases', 'alpha.alz');
const backupFolder = () => path.join(directory, 'backups', 'case.alpha');

async function writeGenerations(store: ReturnType<typeof storeFor>, count: number): Promise<void> {
  for (let version = 1; version <= count; version++) {
    expect(await store.write('case:alpha', { version })).toBe(version);
  }
}

/** Flips one byte in the middle of the ciphertext. */
async function damage(file: string): Promise<void> {
  const bytes = await readFile(file);
  const middle = Math.floor((41 + bytes.length) / 2);
  bytes[middle] = (bytes[middle] ?? 0) ^ 0x20;
  await writeFile(file, bytes);
}

describe('encrypted files with generations and backups', () => {
  it('reads back what was written, with its generation', async () => {
    const store = storeFor(directory);
    await store.write('case:alpha', { title: 'Familia Rojas', entries: ['sesión 1'] });
    expect(await store.read('case:alpha')).toEqual({
      data: { title: 'Familia Rojas', entries: ['sesión 1'] },
      generation: 1,
    });
  });

  it('after 7 writes keeps exactly the last 5 previous generations', async () => {
    const store = storeFor(directory);
    await writeGenerations(store, 7);
    expect((await readdir(backupFolder())).sort()).toEqual(['2.alz', '3.alz', '4.alz', '5.alz', '6.alz']);
    const backups = await store.listBackups('case:alpha');
    expect(backups.map((backup) => [backup.generation, backup.valid])).toEqual([
      [6, true],
      [5, true],
      [4, true],
      [3, true],
      [2, true],
    ]);
    for (const backup of backups) {
      expect((await store.decryptAt('case:alpha', backup.path)).data).toEqual({ version: backup.generation });
    }
    expect((await store.read('case:alpha')).data).toEqual({ version: 7 });
  });

  it('reports a missing file as missing-file and never as empty', async () => {
    const store = storeFor(directory);
    const error = await rejection(store.read('case:alpha'));
    expect(error.code).toBe('missing-file');
    expect(error.file).toBe(caseFile());
    expect(await store.readIfExists('case:alpha')).toBeUndefined();
  });

  it('refuses to write a new file over one that vanished during the session', async () => {
    const store = storeFor(directory);
    await store.write('case:alpha', { version: 1 });
    await rm(caseFile());
    expect((await rejection(store.write('case:alpha', { version: 2 }))).code).toBe('missing-file');
  });

  it('names the damaged file, refuses to write over it, and restores the newest valid backup', async () => {
    const writer = storeFor(directory);
    await writeGenerations(writer, 7);
    await damage(caseFile());
    await damage(path.join(backupFolder(), '6.alz'));

    const store = storeFor(directory, { key: writer.key, vaultId: writer.vaultId });
    const error = await rejection(store.read('case:alpha'));
    expect(error.code).toBe('integrity');
    expect(error.file).toBe(caseFile());
    expect((await rejection(store.write('case:alpha', { version: 8 }))).code).toBe('integrity');

    const backups = await store.listBackups('case:alpha');
    expect(backups.map((backup) => [backup.generation, backup.valid])).toEqual([
      [6, false],
      [5, true],
      [4, true],
      [3, true],
      [2, true],
    ]);

    const restored = await store.restoreNewestValidBackup('case:alpha');
    expect(restored.restoredGeneration).toBe(5);
    expect(restored.generation).toBe(8);
    expect(restored.damagedPath).toMatch(/alpha\.alz\.damaged-\d{4}-\d\d-\d\dT[\d-]+Z$/);
    expect(await exists(restored.damagedPath ?? '')).toBe(true);
    expect(await store.read('case:alpha')).toEqual({ data: { version: 5 }, generation: 8 });
    // The damaged backup is still there too, and history continues after the restore.
    expect(await store.write('case:alpha', { version: 9 })).toBe(9);
    expect((await readdir(backupFolder())).sort()).toEqual(['3.alz', '4.alz', '5.alz', '6.alz', '8.alz']);
  });

  it('restores a missing file from its backups', async () => {
    const store = storeFor(directory);
    await writeGenerations(store, 3);
    await rm(caseFile());
    const restored = await store.restoreNewestValidBackup('case:alpha');
    expect(restored).toEqual({ restoredGeneration: 2, generation: 3, damagedPath: undefined });
    expect((await store.read('case:alpha')).data).toEqual({ version: 2 });
  });

  it('refuses to restore over a readable file, and reports when no backup is valid', async () => {
    const store = storeFor(directory);
    await writeGenerations(store, 2);
    expect((await rejection(store.restoreNewestValidBackup('case:alpha'))).code).toBe('invalid-request');
    await damage(caseFile());
    await damage(path.join(backupFolder(), '1.alz'));
    const error = await rejection(store.restoreNewestValidBackup('case:alpha'));
    expect(error.code).toBe('integrity');
    expect(await exists(caseFile())).toBe(true);
  });

  it('does not accept a backup copied in from another file', async () => {
    const store = storeFor(directory);
    await writeGenerations(store, 2);
    await store.write('case:beta', { other: true });
    await store.write('case:beta', { other: 2 });
    await writeFile(
      path.join(backupFolder(), '1.alz'),
      await readFile(path.join(directory, 'backups/case.beta/1.alz')),
    );
    expect((await store.listBackups('case:alpha')).map((backup) => backup.valid)).toEqual([false]);
  });

  it('continues the generations of a deleted file instead of reusing backup names', async () => {
    const store = storeFor(directory);
    await writeGenerations(store, 3);
    await rm(caseFile());
    const fresh = storeFor(directory, { key: store.key, vaultId: store.vaultId });
    expect(await fresh.write('case:alpha', { version: 'again' })).toBe(3);
  });

  it('gives concurrent writes to one file distinct, ordered generations', async () => {
    const store = storeFor(directory);
    const generations = await Promise.all(Array.from({ length: 10 }, (_, index) => store.write('draft:x', { index })));
    expect(generations).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect((await store.read('draft:x')).data).toEqual({ index: 9 });
  });

  it('copies the backup durably where hard links are not supported', async () => {
    const fileSystem = {
      ...nodeVaultFileSystem,
      link: () => Promise.reject(systemError('EPERM')),
    };
    const store = storeFor(directory, { fileSystem });
    await writeGenerations(store, 3);
    const backups = await store.listBackups('case:alpha');
    expect(backups.map((backup) => [backup.generation, backup.valid])).toEqual([
      [2, true],
      [1, true],
    ]);
  });

  it('removes a file with its backups', async () => {
    const store = storeFor(directory);
    await writeGenerations(store, 2);
    await store.remove('case:alpha');
    expect(await exists(caseFile())).toBe(false);
    expect(await exists(backupFolder())).toBe(false);
  });
});
