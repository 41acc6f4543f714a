/**
 * The home queue's warnings over a full journal: 200 cases × 100 reflections in a real vault,
 * composed as the app composes it. Measures the first list after unlock (every open case
 * decrypted and evaluated once), a list when nothing changed (each case's result kept until its
 * file moves), and a list after one saved reflection (that case read again, the rest kept); and
 * Home's work queue first after unlock, with the warnings and actions lists after it (the same
 * per-case facts, so nothing is decrypted again).
 *
 * `BENCH_SCALE=0.1 npm run bench open-warnings` runs a tenth of the cases for a quick look.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createTestServices } from '../tests/support/services';
import type { BenchRow } from './benchRow';
import { median, medianOf } from './measure';
import { syntheticJournal } from './syntheticVault';

const passphrase = 'benchmark passphrase for the home queue';
const entriesPerCase = 100;

export async function runOpenWarningsBenchmarks(): Promise<BenchRow[]> {
  const scale = Number(process.env['BENCH_SCALE'] ?? '1');
  if (!(scale > 0 && scale <= 1)) throw new Error('BENCH_SCALE must be a number in (0, 1].');
  const caseCount = Math.max(1, Math.round(200 * scale));
  const folder = await mkdtemp(path.join(tmpdir(), 'alianza-open-warnings-bench-'));
  const services = createTestServices({ settingsDirectory: folder, vaultDirectory: path.join(folder, 'vault') });
  try {
    const { vault, journal } = services;
    await vault.create(passphrase);
    await journal.open().store.addCases(syntheticJournal({ cases: caseCount, entriesPerCase }));
    const size = `${caseCount} cases × ${entriesPerCase} reflections`;

    const coldTimes: number[] = [];
    let found = 0;
    const coldRuns = 3;
    for (let run = 0; run < coldRuns; run++) {
      await vault.lock();
      await vault.unlock(passphrase);
      await journal.listCases();
      const before = performance.now();
      found = (await journal.listOpenWarnings()).warnings.length;
      coldTimes.push(performance.now() - before);
    }
    const warm = await medianOf(() => journal.listOpenWarnings(), 21);

    // Home's work queue reads the same per-case facts: after it, the warnings and actions lists decrypt nothing.
    const queueTimes: number[] = [];
    const afterQueue: number[] = [];
    for (let run = 0; run < coldRuns; run++) {
      await vault.lock();
      await vault.unlock(passphrase);
      await journal.listCases();
      const before = performance.now();
      await services.home.workQueue();
      const between = performance.now();
      await journal.listOpenWarnings();
      await journal.listOpenActions();
      queueTimes.push(between - before);
      afterQueue.push(performance.now() - between);
    }

    const base = await journal.getCase('synthetic-0001');
    const template = base.entries[0];
    if (template === undefined) throw new Error('The synthetic case has no reflections.');
    const { id: _id, history: _history, createdAt: _created, updatedAt: _updated, ...content } = template;
    const afterSave: number[] = [];
    for (let run = 0; run < 7; run++) {
      await journal.saveEntry({ caseId: base.id, entryId: `bench-${run}`, content });
      const before = performance.now();
      await journal.listOpenWarnings();
      afterSave.push(performance.now() - before);
    }
    return [
      {
        name: `open warnings: first list after unlock (${size})`,
        medianMs: median(coldTimes),
        runs: coldRuns,
        note: `every open case decrypted and evaluated once; ${found} active warnings`,
      },
      { name: `open warnings: list again, nothing changed (${size})`, medianMs: warm, runs: 21 },
      {
        name: `work queue: first after unlock (${size})`,
        medianMs: median(queueTimes),
        runs: coldRuns,
        note: 'one pass over the open cases, the report files and the drafts',
      },
      {
        name: `open warnings and actions after the work queue (${size})`,
        medianMs: median(afterQueue),
        runs: coldRuns,
        note: 'the same per-case facts: no case decrypted again',
      },
      {
        name: `open warnings: list after saving one reflection (${size})`,
        medianMs: median(afterSave),
        runs: afterSave.length,
        note: 'the saved case read and evaluated again, the others kept',
      },
    ];
  } finally {
    await services.shutdown();
    await rm(folder, { recursive: true, force: true });
  }
}
