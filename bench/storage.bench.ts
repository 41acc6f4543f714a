/**
 * Storage as the app runs it: one case of 1 000, 5 000 and 20 000 reflections written, opened
 * and added to through the journal service the IPC router calls, each in the same run beside
 * plain lowdb `JSONFile` on the same case JSON and beside the physical floor of an encrypted
 * journal (JSON.stringify + AES-256-GCM + temp file, fsync, rename, folder fsync; read + decrypt
 * + JSON.parse). Only public service calls are timed, so the figures stay comparable whatever
 * the vault's layout on disk.
 *
 * Goals (Storage v2): saving and opening a case of 1 000 ≤ 1.2× lowdb; saving one reflection in
 * a case of 5 000 ≤ 3× the floor of sealing and durably writing that reflection alone.
 * `BENCH_SCALE=0.1 npm run bench -- storage` shrinks every case for a quick look.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, open, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Services } from '../src/main/services';
import type { CaseWithEntries } from '../src/shared/domain/case';
import type { Entry } from '../src/shared/domain/entry';
import { createTestServices } from '../tests/support/services';
import type { BenchRow } from './benchRow';
import { alternatingMedians, garbageCollector, median } from './measure';
import { syntheticJournal } from './syntheticVault';

const passphrase = 'benchmark passphrase for storage';
/**
 * Fewer turns for the larger cases keep the suite to about two minutes on two quiet cores.
 * The largest comes last, when the code has already run warm on the smaller ones.
 */
const plans = [
  { size: 1_000, runs: 11, warmup: 1 },
  { size: 5_000, runs: 7, warmup: 1 },
  { size: 20_000, runs: 3, warmup: 0 },
];
const floorKey = randomBytes(32);
const collectGarbage = garbageCollector();

/** Runs the benchmark in a temporary folder and removes it afterwards. */
export async function runStorageBenchmarks(): Promise<BenchRow[]> {
  const scale = Number(process.env['BENCH_SCALE'] ?? '1');
  if (!(scale > 0 && scale <= 1)) throw new Error('BENCH_SCALE must be a number in (0, 1].');
  const folder = await mkdtemp(path.join(tmpdir(), 'alianza-storage-bench-'));
  const services = createTestServices({ settingsDirectory: folder, vaultDirectory: path.join(folder, 'vault') });
  try {
    await services.vault.create(passphrase);
    await mkdir(path.join(folder, 'plain'));
    const rows: BenchRow[] = [];
    for (const { size, ...turns } of plans) {
      rows.push(...(await measureCase(services, folder, Math.max(10, Math.round(size * scale)), turns)));
    }
    return rows;
  } finally {
    await services.shutdown();
    await rm(folder, { recursive: true, force: true });
  }
}

async function measureCase(
  services: Services,
  folder: string,
  size: number,
  { runs, warmup }: { runs: number; warmup: number },
): Promise<BenchRow[]> {
  const { journal, vault } = services;
  const label = size.toLocaleString('en-US').replace(',', ' ');
  const caseId = `storage-${size}`;
  const lowdbFile = path.join(folder, 'plain', `${caseId}.json`);
  const floorFile = path.join(folder, 'plain', `${caseId}.alz`);
  const reflectionFile = path.join(folder, 'plain', `${caseId}-reflection.alz`);

  // Written once, by the fastest way in: the import's.
  const [generated] = syntheticJournal({ cases: 1, entriesPerCase: size, seed: size });
  if (generated === undefined) throw new Error('The synthetic journal made no case.');
  const started = performance.now();
  await journal.open().store.addCases([{ ...generated, id: caseId, alias: `Storage ${label}` }]);
  console.error(`  storage: case of ${label} written in ${(performance.now() - started).toFixed(0)} ms`);

  // The same case JSON for all three; the app's copy is never changed in place.
  const stored = await journal.getCase(caseId);
  const lowdb = new Low<CaseWithEntries>(new JSONFile<CaseWithEntries>(lowdbFile), stored);
  await lowdb.write();
  await sealDurably(floorFile, stored);

  // Untimed before every operation: lowdb never fsyncs, so its file is flushed here, where the
  // disk's writing it back cannot land in the next operation's time.
  const settle = async () => {
    collectGarbage?.();
    const handle = await open(lowdbFile, 'r');
    await handle.sync().finally(() => handle.close());
  };

  /** Untimed: a lock and an unlock, and search's read of the journal that follows it, done. */
  const unlockedAfresh = async () => {
    await vault.lock();
    await vault.unlock(passphrase);
    await services.search.prepare();
  };

  let edit = 0;
  const reference = () => `RIT C-${edit++}-2026`;
  const saves = await alternatingMedians(
    {
      app: () => journal.updateCase({ caseId, reference: reference() }),
      lowdb: () => {
        lowdb.data = { ...stored, reference: reference() };
        return lowdb.write();
      },
      floor: () => sealDurably(floorFile, { ...stored, reference: reference() }),
    },
    { runs, warmup, settle },
  );

  // The first change of a case after an unlock writes it whole (its state before becomes a
  // backup generation); later ones are appended. Both are what the app runs: both are timed.
  const firstSaves = await alternatingMedians(
    {
      app: () => journal.updateCase({ caseId, reference: reference() }),
      lowdb: () => {
        lowdb.data = { ...stored, reference: reference() };
        return lowdb.write();
      },
    },
    {
      runs,
      warmup,
      before: unlockedAfresh,
      settle,
    },
  );

  // A fresh unlock before each turn, untimed: nothing decrypted before it helps the open.
  let opened = 0;
  const opens = await alternatingMedians(
    {
      app: async () => {
        opened = (await journal.getCase(caseId)).entries.length;
      },
      lowdb: () => new Low<CaseWithEntries | null>(new JSONFile<CaseWithEntries | null>(lowdbFile), null).read(),
      floor: () => openSealed(floorFile),
    },
    {
      runs,
      warmup,
      before: async () => {
        await unlockedAfresh();
        // Search reads every case right after unlock; the open timed is a first read from disk.
        journal.forget();
      },
      settle,
    },
  );
  if (opened !== size) throw new Error(`Opened ${opened} of ${size} reflections.`);

  // The same new reflections for the app and the floor, one saved per turn, once search has read
  // the journal after the last unlock; the untimed first turn is the case's first change after
  // that unlock, written whole (timed above).
  await services.search.prepare();
  const reflections = newReflections(warmup + 1 + runs, size + 1);
  let appNext = 0;
  let floorNext = 0;
  const ones = await alternatingMedians(
    {
      app: () => {
        const { id, history: _history, createdAt: _created, updatedAt: _updated, ...content } = reflections[appNext++]!;
        return journal.saveEntry({ caseId, entryId: `new-${id}`, content });
      },
      floor: () => sealDurably(reflectionFile, reflections[floorNext++]!),
    },
    { runs, warmup: warmup + 1, settle },
  );
  console.error(`  storage: case of ${label} measured in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const reflectionBytes = median(reflections.map((reflection) => JSON.stringify(reflection).length));

  const plainNote = 'steno: temp + rename, no fsync; indented JSON';
  const floorNote = 'JSON.stringify + AES-256-GCM + temp file, fsync, rename, folder fsync';
  const caseGoal = `goal ≤ 1.2× at 1 000`;
  const names = {
    lowdbSave: `storage: lowdb JSONFile save, case of ${label}`,
    lowdbOpen: `storage: lowdb JSONFile open, case of ${label}`,
    floorOne: `storage: floor save one reflection (${(reflectionBytes / 1000).toFixed(1)} KB), beside ${label}`,
  };
  return [
    { name: names.lowdbSave, medianMs: saves.lowdb, runs, note: plainNote },
    { name: `storage: floor save, case of ${label}`, medianMs: saves.floor, runs, note: floorNote },
    {
      name: `storage: app save (updateCase), case of ${label}`,
      medianMs: saves.app,
      runs,
      compareTo: names.lowdbSave,
      ratio: saves.app / saves.lowdb,
      note: `${caseGoal}; ${(saves.app / saves.floor).toFixed(2)}× the floor`,
    },
    {
      name: `storage: app save, first change after unlock (whole case written), case of ${label}`,
      medianMs: firstSaves.app,
      runs,
      compareTo: names.lowdbSave,
      ratio: firstSaves.app / firstSaves.lowdb,
      note: `${caseGoal}; lowdb beside it: ${firstSaves.lowdb.toFixed(1)} ms`,
    },
    { name: names.lowdbOpen, medianMs: opens.lowdb, runs, note: 'read + JSON.parse' },
    {
      name: `storage: floor open, case of ${label}`,
      medianMs: opens.floor,
      runs,
      note: 'read + AES-256-GCM decrypt + JSON.parse',
    },
    {
      name: `storage: app open after unlock (getCase, KDF excluded), case of ${label}`,
      medianMs: opens.app,
      runs,
      compareTo: names.lowdbOpen,
      ratio: opens.app / opens.lowdb,
      note: `${caseGoal}; ${(opens.app / opens.floor).toFixed(2)}× the floor`,
    },
    { name: names.floorOne, medianMs: ones.floor, runs, note: floorNote },
    {
      name: `storage: app save one reflection (saveEntry), case of ${label}`,
      medianMs: ones.app,
      runs,
      compareTo: names.floorOne,
      ratio: ones.app / ones.floor,
      note: 'goal ≤ 3× at 5 000',
    },
  ];
}

/** Synthetic reflections of the typical size, 2.2 to 2.6 KB of JSON each, so every save writes alike. */
function newReflections(count: number, seed: number): Entry[] {
  const [source] = syntheticJournal({ cases: 1, entriesPerCase: 10 * count, seed });
  const typical = (source?.entries ?? []).filter((entry) => Math.abs(JSON.stringify(entry).length - 2_400) <= 200);
  if (typical.length < count)
    throw new Error(`Only ${typical.length} of ${count} reflections are of the typical size.`);
  return typical.slice(0, count);
}

/** The floor's write: sealed with AES-256-GCM, then replaced atomically and durably. */
async function sealDurably(file: string, value: unknown): Promise<void> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', floorKey, iv);
  const sealed = Buffer.concat([iv, cipher.update(JSON.stringify(value), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(sealed);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
  const directory = await open(path.dirname(file), 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}

/** The floor's read: the whole file, authenticated and decrypted, then parsed. */
async function openSealed(file: string): Promise<unknown> {
  const bytes = await readFile(file);
  const decipher = createDecipheriv('aes-256-gcm', floorKey, bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  const plain = Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]);
  return JSON.parse(plain.toString('utf8')) as unknown;
}
