/**
 * Record logs through the file store: whole logs, appends, what another program does to the file
 * in between, a disk failing at each step of an append, restore and backups of logs.
 */
import type { FileHandle } from 'node:fs/promises';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isUnconfirmedWrite } from '../../../src/main/vault/durableFile';
import type { FileStore } from '../../../src/main/vault/fileStore';
import { logPrefixLength, sealLog, sealRecords } from '../../../src/main/vault/sealedRecords';
import { nodeVaultFileSystem, type VaultFileSystem } from '../../../src/main/vault/vaultFileSystem';
import { AppError } from '../../../src/shared/ipc/result';
import { exists, rejection, removeFolder, storeFor, systemError, temporaryFolder } from './fixtures';

/** Bytes of a log record before its ciphertext, as sealed (whatever the layout of its header). */
const recordHeader =
  sealLog(Buffer.alloc(32), { vaultId: '00000000-0000-4000-8000-000000000000', fileId: 'index' }, 1, [Buffer.alloc(0)])
    .length - logPrefixLength;

let directory: string;
beforeEach(async () => {
  directory = await temporaryFolder('alianza-log-store-');
});
afterEach(async () => {
  await removeFolder(directory);
});

const fileId = 'case:familia-r' as const;
const filePath = () => path.join(directory, 'cases', 'familia-r.alz');
/** What a fresh store (a new session) reads: the records, or the error code. */
async function readBack(reference: { key: Buffer; vaultId: string }): Promise<unknown[] | string> {
  const store = storeFor(directory, { key: reference.key, vaultId: reference.vaultId });
  try {
    return (await store.read(fileId)).data as unknown[];
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('writeLog, appendRecords and read', () => {
  it('reads back a log written whole and then appended to, with where it stands', async () => {
    const store = storeFor(directory);
    const written = await store.writeLog(fileId, [{ n: 1 }, { n: 2 }]);
    expect(written).toMatchObject({ generation: 1, records: 2, torn: false });
    expect(written.length).toBe((await readFile(filePath())).length);
    const appended = await store.appendRecords(fileId, [{ n: 3 }]);
    expect(appended).toMatchObject({ generation: 1, records: 3, firstLength: written.firstLength });
    const twice = await store.appendRecords(fileId, [{ n: 4 }, { n: 5 }]);
    expect(twice.records).toBe(5);
    expect(twice.length).toBe((await readFile(filePath())).length);

    const fresh = await storeFor(directory, { key: store.key, vaultId: store.vaultId }).read(fileId);
    expect(fresh.data).toEqual([1, 2, 3, 4, 5].map((n) => ({ n })));
    expect(fresh.log).toEqual({ ...twice, torn: false });
    expect((await readFile(filePath()))[4]).toBe(2);
  });

  it('appends to a log a new store has not read yet (after a key rotation, a new session)', async () => {
    const store = storeFor(directory);
    await store.writeLog(fileId, [{ n: 1 }]);
    const other = storeFor(directory, { key: store.key, vaultId: store.vaultId });
    await other.appendRecords(fileId, [{ n: 2 }]);
    expect(await readBack(store)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('refuses to append to a missing file or to a single-payload file, and writes nothing', async () => {
    const store = storeFor(directory);
    expect((await rejection(store.appendRecords(fileId, [{ n: 1 }]))).code).toBe('missing-file');
    expect(await exists(filePath())).toBe(false);
    await store.write(fileId, { whole: true });
    const before = await readFile(filePath());
    expect((await rejection(store.appendRecords(fileId, [{ n: 1 }]))).code).toBe('invalid-request');
    expect(await readFile(filePath())).toEqual(before);
  });
});

describe('an append after the file changed outside the store', () => {
  /** A store that read a 2-record log, and the bytes it read. */
  async function prepared() {
    const store = storeFor(directory);
    await store.writeLog(fileId, [{ n: 1 }, { n: 2 }]);
    await store.read(fileId);
    return { store, original: await readFile(filePath()) };
  }

  async function expectRefused(store: FileStore) {
    const changed = await readFile(filePath());
    const error = await rejection(store.appendRecords(fileId, [{ n: 3 }]));
    expect(error.code).toBe('integrity');
    expect(error.message).toContain('changed outside Alianza');
    expect(await readFile(filePath())).toEqual(changed);
  }

  it('is refused when another generation was put in its place', async () => {
    const { store } = await prepared();
    const other = storeFor(directory, { key: store.key, vaultId: store.vaultId });
    await other.writeLog(fileId, [{ n: 9 }]);
    await expectRefused(store);
  });

  it('is refused when an older generation was put back', async () => {
    const { store, original } = await prepared();
    await store.writeLog(fileId, [{ n: 1 }, { n: 2 }, { n: 'x' }]);
    await writeFile(filePath(), original);
    await expectRefused(store);
  });

  it('is refused when the file was cut at any point before its end', async () => {
    const { store, original } = await prepared();
    for (const length of [0, 3, logPrefixLength, logPrefixLength + 40, original.length - 33, original.length - 1]) {
      await writeFile(filePath(), original.subarray(0, length));
      await expectRefused(store);
    }
  });

  it('is refused when the file went missing, and nothing is made in its place', async () => {
    const { store } = await prepared();
    await removeFolder(path.join(directory, 'cases'));
    expect((await rejection(store.appendRecords(fileId, [{ n: 3 }]))).code).toBe('missing-file');
    expect(await exists(filePath())).toBe(false);
  });

  /**
   * Another writer (a second copy of the app on a synced folder, a file put back from another
   * device) added a record of the same generation: the file is longer than this store left it,
   * its generation the same. The append must not write over that record.
   */
  it('is refused when another writer appended to the same generation', async () => {
    const { store } = await prepared();
    const other = storeFor(directory, { key: store.key, vaultId: store.vaultId });
    await other.appendRecords(fileId, [{ n: 'from the other writer' }]);
    await expectRefused(store);
    expect(await readBack(store)).toEqual([{ n: 1 }, { n: 2 }, { n: 'from the other writer' }]);
  });
});

/** Every kind of failure the disk can give at one call. */
type Fault =
  | { kind: 'error'; code: string }
  /** The write puts its first bytes on the disk, then fails (a disk filling up, power lost). */
  | { kind: 'partial'; code: string }
  /** The write puts only its first bytes on the disk and says so: a short write, no error. */
  | { kind: 'short' };

/**
 * A file system that names each call (the handles' too) and can fail the `occurrence`-th call
 * of one name. Unlike `faultyFileSystem` it also steps the calls an append makes on its handle.
 */
function appendFaults() {
  const steps: string[] = [];
  let target: { name: string; occurrence: number; fault: Fault } | undefined;
  const failing = (name: string): Fault | undefined => {
    steps.push(name);
    if (target?.name !== name) return undefined;
    return steps.filter((each) => each === name).length === target.occurrence ? target.fault : undefined;
  };
  const raise = (fault: Fault) => {
    throw systemError(fault.kind === 'short' ? 'EIO' : fault.code);
  };
  const base = path.basename;
  const wrap = (handle: FileHandle, label: string): FileHandle => {
    const stepped =
      (name: string, run: (...args: never[]) => Promise<unknown>) =>
      async (...args: never[]) => {
        const fault = failing(`${label}.${name}`);
        if (fault !== undefined) raise(fault);
        return run(...args);
      };
    return Object.assign(Object.create(handle) as FileHandle, {
      write: async (buffer: Buffer, offset: number, length: number, position: number) => {
        const fault = failing(`${label}.write`);
        if (fault === undefined) return handle.write(buffer, offset, length, position);
        if (fault.kind === 'error') raise(fault);
        const written = await handle.write(buffer, offset, Math.floor(length / 2), position);
        if (fault.kind === 'short') return written;
        raise(fault);
      },
      read: stepped('read', (...args) => (handle.read as (...values: unknown[]) => Promise<unknown>)(...args)),
      stat: stepped('stat', () => handle.stat()),
      truncate: stepped('truncate', (length: never) => handle.truncate(length)),
      datasync: stepped('datasync', () => handle.datasync()),
      sync: stepped('sync', () => handle.sync()),
      writeFile: stepped('writeFile', (data: never) => handle.writeFile(data)),
      close: async () => {
        await handle.close();
        const fault = failing(`${label}.close`);
        if (fault !== undefined) raise(fault);
      },
    });
  };
  const plain =
    (name: string, run: unknown) =>
    async (...args: unknown[]) => {
      const fault = failing(`${name}(${base(String(args[0])).replace(/[0-9a-f]{12}/g, '*')})`);
      if (fault !== undefined) raise(fault);
      return (run as (...values: unknown[]) => Promise<unknown>)(...args);
    };
  const fileSystem = {
    open: async (file: string, flags?: string, mode?: number) => {
      const label = `open(${base(file).replace(/[0-9a-f]{12}/g, '*')},${flags ?? 'r'})`;
      const fault = failing(label);
      if (fault !== undefined) raise(fault);
      return wrap(await nodeVaultFileSystem.open(file, flags, mode), label);
    },
    ...Object.fromEntries(
      (['rename', 'link', 'rm', 'readFile', 'readdir', 'mkdir', 'stat', 'chmod'] as const).map((name) => [
        name,
        plain(name, nodeVaultFileSystem[name]),
      ]),
    ),
  } as unknown as VaultFileSystem;
  return {
    fileSystem,
    steps,
    failAt(step: { name: string; occurrence: number } | undefined, fault?: Fault) {
      steps.length = 0;
      target = step === undefined || fault === undefined ? undefined : { ...step, fault };
    },
  };
}

const before = [{ n: 1 }, { n: 2 }, { n: 3 }];
const added = { n: 4, note: 'La abuela llamó; la niña no quiso hablar. '.repeat(20) };
const following = { n: 5 };

describe('an append that fails at any step', () => {
  const scenarios = ['store that read the log', 'store that has not read it'] as const;

  async function prepare(scenario: (typeof scenarios)[number]) {
    const reference = storeFor(directory);
    await reference.writeLog(fileId, before.slice(0, 2));
    await reference.appendRecords(fileId, before.slice(2));
    const faults = appendFaults();
    const store = storeFor(directory, {
      key: reference.key,
      vaultId: reference.vaultId,
      fileSystem: faults.fileSystem,
    });
    if (scenario === 'store that read the log') await store.read(fileId);
    return { reference, store, faults };
  }

  for (const scenario of scenarios) {
    it(`leaves the old or the new records, never anything else, and the next append works (${scenario})`, async () => {
      const { store, faults } = await prepare(scenario);
      faults.failAt(undefined);
      await store.appendRecords(fileId, [added]);
      const steps = [...faults.steps];
      expect(
        steps.some((step) => step.endsWith('.write')),
        steps.join('\n'),
      ).toBe(true);
      expect(
        steps.some((step) => step.endsWith('.datasync')),
        steps.join('\n'),
      ).toBe(true);

      const faultsToTry: Fault[] = [
        { kind: 'error', code: 'ENOSPC' },
        { kind: 'error', code: 'EIO' },
        { kind: 'partial', code: 'ENOSPC' },
        { kind: 'partial', code: 'EIO' },
      ];
      let injected = 0;
      for (let index = 0; index < steps.length; index++) {
        const name = steps[index] ?? '';
        const occurrence = steps.slice(0, index + 1).filter((each) => each === name).length;
        for (const fault of faultsToTry) {
          // Only a write can put part of its bytes on the disk.
          if (fault.kind !== 'error' && !name.endsWith('.write')) continue;
          const label = `${JSON.stringify(fault)} at step ${index + 1} of ${steps.length}: ${name}`;
          await removeFolder(directory);
          directory = await temporaryFolder('alianza-log-store-');
          const { reference, store: target, faults: injection } = await prepare(scenario);
          injection.failAt({ name, occurrence }, fault);
          const result = await target.appendRecords(fileId, [added]).then(
            () => 'saved' as const,
            (error: unknown) => error,
          );
          injected += 1;
          if (result !== 'saved' && !(result instanceof AppError)) throw result;
          // Saved, or in place but unconfirmed: the record is in the log; any other error: it is not.
          const kept = result === 'saved' || isUnconfirmedWrite(result);
          expect(await readBack(reference), `${label}: read back after ${String(result)}`).toEqual(
            kept ? [...before, added] : before,
          );

          injection.failAt(undefined);
          await target.appendRecords(fileId, [following]);
          expect(await readBack(reference), `${label}: the next append`).toEqual(
            kept ? [...before, added, following] : [...before, following],
          );
        }
      }
      console.warn(`log appends: ${injected} failures injected (${scenario})`);
    }, 60_000);
  }

  /**
   * `write(2)` may put fewer bytes on the disk than asked and say so without an error (a disk
   * filling up does this). The append must not then report the record saved: it is not in the
   * log, and the next append would leave a hole of zeros after its first half.
   */
  it('does not report a record saved when the disk took only part of it', async () => {
    const { reference, store, faults } = await prepare('store that read the log');
    faults.failAt({ name: 'open(familia-r.alz,r+).write', occurrence: 1 }, { kind: 'short' });
    const result = await store.appendRecords(fileId, [added]).then(
      () => 'saved',
      (error: unknown) => error,
    );
    if (result === 'saved') expect(await readBack(reference)).toEqual([...before, added]);
    faults.failAt(undefined);
    await store.appendRecords(fileId, [following]).catch(() => undefined);
    const after = await readBack(reference);
    expect([
      [...before, following],
      [...before, added, following],
    ]).toContainEqual(after);
  });
});

describe('a torn tail', () => {
  /** A log of two records and, after them, the first `kept` bytes of a record never finished. */
  async function tornLog(kept: number) {
    const store = storeFor(directory);
    const state = await store.writeLog(fileId, [{ n: 1 }, { n: 2 }]);
    const big = sealRecords(store.key, { vaultId: store.vaultId, fileId }, state.generation, 2, [
      Buffer.from(JSON.stringify({ n: 'never finished', text: 'x'.repeat(2000) })),
    ]);
    await appendFile(filePath(), big.subarray(0, kept));
    return { store, state };
  }

  it('is dropped on read and replaced by the next append, longer or shorter than it', async () => {
    for (const kept of [10, 40, 1500]) {
      const { store, state } = await tornLog(kept);
      const read = await store.read(fileId);
      expect(read.data).toEqual([{ n: 1 }, { n: 2 }]);
      expect(read.log).toMatchObject({ torn: true, length: state.length, records: 2 });
      const after = await store.appendRecords(fileId, [{ n: 3 }]);
      expect((await readFile(filePath())).length).toBe(after.length);
      expect(await readBack(store)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
      await removeFolder(directory);
      directory = await temporaryFolder('alianza-log-store-');
    }
  });

  it('left by a failed write is replaced by the next append of the same store', async () => {
    const faults = appendFaults();
    const store = storeFor(directory, { fileSystem: faults.fileSystem });
    await store.writeLog(fileId, [{ n: 1 }]);
    faults.failAt({ name: 'open(familia-r.alz,r+).write', occurrence: 1 }, { kind: 'partial', code: 'ENOSPC' });
    await rejection(store.appendRecords(fileId, [added]));
    // Whatever of it is left (the store may cut it off again) reads as the log it was.
    expect(await readBack(store)).toEqual([{ n: 1 }]);
    faults.failAt(undefined);
    const after = await store.appendRecords(fileId, [{ n: 2 }]);
    expect((await readFile(filePath())).length).toBe(after.length);
    expect(await readBack(store)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  /**
   * A crash left a long torn tail; the next append writes a shorter record over its start and
   * stops part-way (the disk fills up, the power goes). The file then holds the new record's
   * first bytes, then the old tail's: a whole record by its length field, which does not
   * authenticate. The append failed, so the log is what it was: it must still read.
   */
  it('written over in part by a failed append still reads as the records before it', async () => {
    const { store: reference } = await tornLog(1500);
    const faults = appendFaults();
    const store = storeFor(directory, {
      key: reference.key,
      vaultId: reference.vaultId,
      fileSystem: faults.fileSystem,
    });
    expect((await store.read(fileId)).log?.torn).toBe(true);
    faults.failAt({ name: 'open(familia-r.alz,r+).write', occurrence: 1 }, { kind: 'partial', code: 'EIO' });
    expect((await rejection(store.appendRecords(fileId, [{ n: 3, text: 'y'.repeat(300) }]))).code).toBe('io-failure');
    expect(await readBack(reference)).toEqual([{ n: 1 }, { n: 2 }]);
  });
});

describe('restore of a damaged log', () => {
  /** Flips one bit inside record `index` (0-based) of the log on disk. */
  async function damageRecord(index: number) {
    const bytes = await readFile(filePath());
    let offset = logPrefixLength;
    for (let at = 0; at < index; at++) offset += recordHeader + bytes.readUInt32BE(offset);
    bytes[offset + 40] = (bytes[offset + 40] ?? 0) ^ 0x10;
    await writeFile(filePath(), bytes);
  }

  it('keeps the whole records before the damage when the 2nd record is damaged', async () => {
    const store = storeFor(directory);
    await store.writeLog(fileId, [{ n: 'old generation' }]);
    await store.writeLog(fileId, [{ n: 1, text: 'first record of the log' }]);
    await store.appendRecords(fileId, [{ n: 2, text: 'second' }, { n: 3 }]);
    await damageRecord(1);
    expect(await readBack(store)).toBe('integrity');

    const restored = await store.restoreNewestValidBackup(fileId);
    expect(restored).toMatchObject({ restoredGeneration: 2, generation: 3 });
    expect(restored.damagedPath).toBeDefined();
    expect(await exists(restored.damagedPath!)).toBe(true);
    expect(await readBack(store)).toEqual([{ n: 1, text: 'first record of the log' }]);
    const fresh = await storeFor(directory, { key: store.key, vaultId: store.vaultId }).read(fileId);
    expect(fresh.log).toMatchObject({ generation: 3, records: 1, torn: false });
    expect(fresh.log!.length).toBe((await readFile(filePath())).length);
    // The restored log is one this store adds to.
    await store.appendRecords(fileId, [{ n: 'after restore' }]);
    expect(await readBack(store)).toEqual([{ n: 1, text: 'first record of the log' }, { n: 'after restore' }]);
  });

  it('falls back to the newest valid backup when the first record is damaged', async () => {
    const store = storeFor(directory);
    await store.writeLog(fileId, [{ n: 'older' }]);
    await store.appendRecords(fileId, [{ n: 'older, appended' }]);
    await store.writeLog(fileId, [{ n: 'current' }]);
    await damageRecord(0);
    const restored = await store.restoreNewestValidBackup(fileId);
    expect(restored).toMatchObject({ restoredGeneration: 1, generation: 3 });
    expect(await readBack(store)).toEqual([{ n: 'older' }, { n: 'older, appended' }]);
  });

  /**
   * One bit flipped in the length field of a record before the last makes it claim more bytes
   * than the file has: read as a log cut short, it opens without that record and the ones after,
   * and restore then refuses, since the file "reads". It is damage: refused, and restored to the
   * records before it.
   */
  it('takes a flipped bit in the 2nd record’s length field for damage, and restores the first record', async () => {
    const store = storeFor(directory);
    await store.writeLog(fileId, [{ n: 1 }]);
    await store.appendRecords(fileId, [{ n: 2 }, { n: 3 }]);
    const bytes = await readFile(filePath());
    const second = logPrefixLength + recordHeader + bytes.readUInt32BE(logPrefixLength);
    bytes[second] = (bytes[second] ?? 0) ^ 0x80;
    await writeFile(filePath(), bytes);
    expect(await readBack(store)).toBe('integrity');
    await store.restoreNewestValidBackup(fileId);
    expect(await readBack(store)).toEqual([{ n: 1 }]);
  });

  it('refuses to restore a log that reads, torn tail or not', async () => {
    const store = storeFor(directory);
    await store.writeLog(fileId, [{ n: 1 }]);
    await appendFile(filePath(), Buffer.alloc(20));
    expect((await rejection(store.restoreNewestValidBackup(fileId))).code).toBe('invalid-request');
  });
});

describe('backups of a log rewritten whole', () => {
  it('keeps the 5 newest generations as they were, appends included, and prunes the rest', async () => {
    const store = storeFor(directory);
    for (let generation = 1; generation <= 8; generation++) {
      await store.writeLog(fileId, [{ generation }]);
      await store.appendRecords(fileId, [{ generation, appended: true }]);
    }
    const backups = await store.listBackups(fileId);
    expect(backups.map((backup) => [backup.generation, backup.valid])).toEqual([
      [7, true],
      [6, true],
      [5, true],
      [4, true],
      [3, true],
    ]);
    for (const backup of backups) {
      const stored = await store.decryptAt(fileId, backup.path);
      expect(stored.data).toEqual([
        { generation: backup.generation },
        { generation: backup.generation, appended: true },
      ]);
    }
    expect((await store.read(fileId)).data).toEqual([{ generation: 8 }, { generation: 8, appended: true }]);
  });

  /**
   * A backup is the current file hard-linked. When rewriting the log fails after that link, the
   * current file and its backup are one file on disk: an append in place then changes the
   * backup too, which must stay as it was.
   */
  it('stay as they were when a rewrite failed after keeping one and the log is then appended to', async () => {
    const faults = appendFaults();
    const store = storeFor(directory, { fileSystem: faults.fileSystem });
    await store.writeLog(fileId, [{ n: 1 }]);
    faults.failAt({ name: 'rename(.familia-r.alz.*.tmp)', occurrence: 1 }, { kind: 'error', code: 'EIO' });
    await rejection(store.writeLog(fileId, [{ n: 'rewritten' }]));
    faults.failAt(undefined);
    const [backup] = await store.listBackups(fileId);
    expect(backup?.generation).toBe(1);
    const kept = await readFile(backup!.path);
    await store.appendRecords(fileId, [{ n: 2 }]);
    expect(await readBack(store)).toEqual([{ n: 1 }, { n: 2 }]);
    expect(await readFile(backup!.path)).toEqual(kept);
  });
});
