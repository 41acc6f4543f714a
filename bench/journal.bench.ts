/**
 * The journal at full size: 200 cases × 100 reflections (20 000, about 1.5 KB of text each) in a
 * real vault, composed as the app composes it. Measures unlock (the KDF, reported on its own),
 * the case list right after unlock, building the search index, searching, saving one reflection
 * with the index kept current, and the main process's memory once the index is built.
 *
 * `BENCH_SCALE=0.1 npm run bench journal` runs a tenth of the cases for a quick look.
 * Goals from the spec: search median < 20 ms, case list < 150 ms after the KDF.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Services } from '../src/main/services';
import { createTestServices } from '../tests/support/services';
import { createSearchIndex } from '../src/main/search/searchIndex';
import type { CaseWithEntries } from '../src/shared/domain/case';
import type { SearchRequest } from '../src/shared/journal/requestTypes';
import type { BenchRow } from './benchRow';
import { median, medianOf } from './measure';
import { averageTextLength, syntheticJournal } from './syntheticVault';

const passphrase = 'benchmark passphrase for the journal';
const entriesPerCase = 100;

/** Realistic queries: plain words, accents left out, prefixes, a typo, several words, filters. */
const queries: SearchRequest[] = [
  { query: 'audiencia' },
  { query: 'nino' },
  { query: 'frustr' },
  { query: 'supervision' },
  { query: 'grandmother flat' },
  { query: 'confidencialidad' },
  { query: 'tribnal' },
  { query: 'la abuela miedo' },
  { query: 'horarios', phase: 'intervention' },
  { query: 'court', visibility: 'supervision' },
  { query: 'silencio', rupture: 'withdrawal' },
  { query: 'MARÍA JOSÉ' },
];

/** Runs the benchmark in a temporary folder and removes it afterwards. */
export async function runJournalBenchmarks(): Promise<BenchRow[]> {
  const scale = Number(process.env['BENCH_SCALE'] ?? '1');
  if (!(scale > 0 && scale <= 1)) throw new Error('BENCH_SCALE must be a number in (0, 1].');
  const folder = await mkdtemp(path.join(tmpdir(), 'alianza-journal-bench-'));
  const services = createTestServices({
    settingsDirectory: folder,
    vaultDirectory: path.join(folder, 'vault'),
  });
  try {
    return await measure(services, Math.max(1, Math.round(200 * scale)));
  } finally {
    await services.shutdown();
    await rm(folder, { recursive: true, force: true });
  }
}

async function measure(services: Services, caseCount: number): Promise<BenchRow[]> {
  const { vault, journal, search } = services;
  const entryCount = caseCount * entriesPerCase;
  const size = `${caseCount} cases × ${entriesPerCase} = ${entryCount.toLocaleString('en-US')} reflections`;
  const rows: BenchRow[] = [];

  await vault.create(passphrase);
  let started = performance.now();
  const cases = syntheticJournal({ cases: caseCount, entriesPerCase });
  const generated = performance.now() - started;
  const indexedInMemory = timeIndexing(cases);
  started = performance.now();
  await journal.open().store.addCases(cases);
  const written = performance.now() - started;
  rows.push({
    name: `journal: write synthetic vault (${size})`,
    medianMs: written,
    runs: 1,
    note: `generated in ${generated.toFixed(0)} ms; ${averageTextLength(cases).toFixed(0)} characters of text per reflection`,
  });
  cases.length = 0;

  // Unlock → case list, the KDF timed apart from what follows it.
  const unlockTimes: number[] = [];
  const listTimes: number[] = [];
  const runs = 5;
  for (let run = 0; run < runs; run++) {
    await vault.lock();
    const before = performance.now();
    await vault.unlock(passphrase);
    const unlocked = performance.now();
    const list = await journal.listCases();
    listTimes.push(performance.now() - unlocked);
    unlockTimes.push(unlocked - before);
    if (list.length !== caseCount) throw new Error(`Expected ${caseCount} cases, listed ${list.length}.`);
  }
  rows.push({ name: 'journal: unlock (scrypt KDF + header MAC)', medianMs: median(unlockTimes), runs });
  rows.push({
    name: `journal: case list right after unlock, KDF excluded (${caseCount} cases)`,
    medianMs: median(listTimes),
    runs,
    note: 'goal < 150 ms; decrypts and checks the index only',
  });
  rows.push({
    name: `journal: open one case (${entriesPerCase} reflections)`,
    medianMs: await medianOf(() => journal.getCase('synthetic-0000'), 9),
    runs: 9,
  });

  // Index build: from the case files, as on the first search after unlock.
  const gc = garbageCollector();
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const buildTimes: number[] = [];
  const builds = 3;
  for (let run = 0; run < builds; run++) {
    search.invalidate();
    gc?.();
    const before = performance.now();
    await search.prepare();
    buildTimes.push(performance.now() - before);
  }
  const status = search.status();
  if (status.entries !== entryCount) throw new Error(`Indexed ${status.entries} of ${entryCount} reflections.`);
  rows.push({
    name: `journal: build search index (${size})`,
    medianMs: median(buildTimes),
    runs: builds,
    note: `read + decrypt + check every case file, then MiniSearch (MiniSearch alone, cold, from memory: ${indexedInMemory.toFixed(0)} ms)`,
  });
  gc?.();
  const memory = process.memoryUsage();
  rows.push({
    name: 'journal: main-process memory with the index built',
    medianMs: 0,
    runs: 1,
    note: `heapUsed ${mebibytes(memory.heapUsed)} (index ≈ ${mebibytes(memory.heapUsed - heapBefore)}), RSS ${mebibytes(memory.rss)}${gc === undefined ? ', no forced GC' : ''}`,
  });

  // Search: each query's median, then the median over all of them.
  const samples: number[] = [];
  const perQuery: string[] = [];
  const queryRuns = 25;
  for (const request of queries) {
    const times: number[] = [];
    let total = 0;
    for (let run = -2; run < queryRuns; run++) {
      const before = performance.now();
      total = (await search.search(request)).total;
      if (run >= 0) times.push(performance.now() - before);
    }
    samples.push(...times);
    perQuery.push(
      `${JSON.stringify(request.query)}${Object.keys(request).length > 1 ? '+filter' : ''} ${median(times).toFixed(1)} ms/${total}`,
    );
  }
  rows.push({
    name: `journal: search query over ${entryCount.toLocaleString('en-US')} reflections (${queries.length} queries)`,
    medianMs: median(samples),
    runs: samples.length,
    note: `goal < 20 ms; slowest query ${Math.max(...samples).toFixed(1)} ms`,
  });
  for (const line of perQuery) console.error(`  search ${line} hits`);

  // One deliberate save: the case file rewritten and the index updated in place.
  let next = 0;
  const base = await journal.getCase('synthetic-0001');
  const template = base.entries[0];
  if (template === undefined) throw new Error('The synthetic case has no reflections.');
  const { id: _id, history: _history, createdAt: _created, updatedAt: _updated, ...content } = template;
  const save = await medianOf(() => journal.saveEntry({ caseId: base.id, entryId: `bench-${next++}`, content }), 11);
  rows.push({
    name: `journal: save one reflection (case of ${entriesPerCase}+) with the index kept current`,
    medianMs: save,
    runs: 11,
  });
  return rows;
}

/** MiniSearch alone, from cases already in memory; the index is dropped when this returns. */
function timeIndexing(cases: readonly CaseWithEntries[]): number {
  const started = performance.now();
  const index = createSearchIndex();
  for (const journalCase of cases) index.putCase(journalCase.id, journalCase.alias, journalCase.entries);
  return performance.now() - started;
}

function mebibytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

/** `gc()` for steadier memory figures, when V8 lets us have it. */
function garbageCollector(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}
