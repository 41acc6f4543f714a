/**
 * `npm run bench`: every capability's benchmark in one run, printed as a table and written as
 * JSON to bench/results/latest.json. Medians and ratios measured side by side, never limits.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchRow } from './benchRow';
import { runBriefBenchmarks } from './brief.bench';
import { runCourtReportBenchmarks } from './courtReport.bench';
import { runDeidentifyBenchmarks } from './deidentify.bench';
import { runEcomapBenchmarks } from './ecomap.bench';
import { runIpcBenchmarks } from './ipc.bench';
import { runJournalBenchmarks } from './journal.bench';
import { runOpenWarningsBenchmarks } from './openWarnings.bench';
import { runStartupBenchmarks } from './startup.bench';
import { runStorageBenchmarks } from './storage.bench';
import { runTimelineBenchmarks } from './timeline.bench';
import { runVaultBenchmarks } from './vault.bench';
import { runWarningsBenchmarks } from './warnings.bench';

const suites: { name: string; run: () => Promise<BenchRow[]> }[] = [
  { name: 'ipc', run: runIpcBenchmarks },
  { name: 'vault', run: runVaultBenchmarks },
  { name: 'journal', run: runJournalBenchmarks },
  { name: 'storage', run: runStorageBenchmarks },
  { name: 'timeline', run: runTimelineBenchmarks },
  { name: 'brief', run: runBriefBenchmarks },
  { name: 'court-report', run: runCourtReportBenchmarks },
  { name: 'deidentify', run: runDeidentifyBenchmarks },
  { name: 'warnings', run: runWarningsBenchmarks },
  { name: 'open-warnings', run: runOpenWarningsBenchmarks },
  { name: 'ecomap', run: runEcomapBenchmarks },
  { name: 'startup', run: runStartupBenchmarks },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const rows: BenchRow[] = [];
  for (const suite of suites) {
    if (only.length > 0 && !only.includes(suite.name)) continue;
    console.error(`bench: ${suite.name}…`);
    rows.push(...(await suite.run()));
  }
  printTable(rows);
  const result = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    },
    node: process.versions.node,
    rows,
  };
  const directory = path.join(import.meta.dirname, 'results');
  await mkdir(directory, { recursive: true });
  await writeFile(path.join(directory, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nJSON: ${path.relative(process.cwd(), path.join(directory, 'latest.json'))}`);
}

function printTable(rows: readonly BenchRow[]): void {
  const table = rows.map((row) => ({
    benchmark: row.name,
    'median ms': row.medianMs.toFixed(2),
    runs: String(row.runs),
    ratio: row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`,
    note: row.note ?? '',
  }));
  const columns = ['benchmark', 'median ms', 'runs', 'ratio', 'note'] as const;
  const widths = columns.map((column) => Math.max(column.length, ...table.map((row) => row[column].length)));
  const line = (cells: readonly string[]) => cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ');
  console.log(line(columns));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of table) console.log(line(columns.map((column) => row[column])));
}

await main();
