/**
 * Startup, on the build in `out/` (run `npm run build` first):
 *
 * - the unlock screen's first paint: the production renderer in Chromium through the e2e
 *   harness (the app's asset rules and CSP, the preload API bound to the real router), a fresh
 *   browser for every run; first-contentful-paint and the moment "Open your journal" is in the
 *   page, both from navigation start;
 * - the first supervision brief in a fresh Node process: `node out/main/cli.js brief` as DOCX
 *   and as HTML, start to exit (Node's start, loading the bundle, unlocking the journal, the
 *   dictionaries, the brief, writing it). Goal from the issue: under 2.5 s each. `verify` on the
 *   same journal is the floor: start, unlock and read, no brief.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchRow } from './benchRow';
import { median } from './measure';

const projectRoot = path.resolve(import.meta.dirname, '..');
/** The build measured: `out/`, or `ALIANZA_BUILD_DIR` as for the e2e suite (to compare two builds). */
const buildDirectory = path.resolve(projectRoot, process.env['ALIANZA_BUILD_DIR'] ?? 'out');
const cli = path.join(buildDirectory, 'main/cli.js');
const fixture = path.join(projectRoot, 'tests/fixtures/interchange-full.json');
const passphrase = 'startup bench passphrase 2025';
const paintRuns = 7;
const exportRuns = 5;

export async function runStartupBenchmarks(): Promise<BenchRow[]> {
  if (!existsSync(cli)) throw new Error(`No build in ${buildDirectory}: run \`npm run build\` first.`);
  const root = await mkdtemp(path.join(tmpdir(), 'alianza-bench-startup-'));
  try {
    const vault = path.join(root, 'vault');
    await alianza(['init', '--vault', vault, '--passphrase-stdin']);
    await alianza(['import', fixture, '--vault', vault, '--passphrase-stdin']);
    return [...(await firstPaint(vault)), ...(await firstExports(vault, root))];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Paint timings of the unlock screen, read in the page after "Open your journal" is there. */
async function firstPaint(vault: string): Promise<BenchRow[]> {
  // The harness in Chromium: an init script and the paint timings need the page itself.
  process.env['E2E_MODE'] ??= 'chromium';
  const { e2eMode, launchApp } = await import('../tests/e2e/harness/launchApp');
  if (e2eMode?.kind !== 'chromium') {
    console.error('bench: startup: no Chromium (apt-get install -y chromium, or CHROMIUM_PATH); first paint skipped.');
    return [];
  }
  const paints: number[] = [];
  const headings: number[] = [];
  let scripts = 0;
  for (let run = 0; run < paintRuns; run += 1) {
    const app = await launchApp({
      dataDirectory: vault,
      // No named inner functions here: the script is sent as source text, without the helpers a compiler adds.
      initScript: () => {
        const observer = new MutationObserver(() => {
          const headings = [...document.querySelectorAll('h1')];
          if (!headings.some((heading) => heading.textContent === 'Open your journal')) return;
          (window as unknown as { headingAt: number }).headingAt = performance.now();
          observer.disconnect();
        });
        observer.observe(document, { childList: true, subtree: true });
      },
    });
    try {
      await app.page.waitForFunction(() => 'headingAt' in window, undefined, { timeout: 30_000 });
      // The paint entry is queued after the frame that shows the heading.
      await app.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      const timing = await app.page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        heading: (window as unknown as { headingAt: number }).headingAt,
        scripts: performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith('.js'))
          .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).decodedBodySize, 0),
      }));
      paints.push(timing.paint);
      headings.push(timing.heading);
      scripts = timing.scripts;
    } finally {
      await app.close();
    }
  }
  const kib = `${Math.round(scripts / 1024)} KiB of script before the unlock screen`;
  return [
    { name: 'startup: unlock screen, first contentful paint', medianMs: median(paints), runs: paintRuns, note: kib },
    {
      name: 'startup: unlock screen, heading in the page',
      medianMs: median(headings),
      runs: paintRuns,
      note: 'from navigation start',
    },
  ];
}

/**
 * Wall time of the built CLI, start to exit, for each kind of first export; and the CPU time the
 * process used (every thread), which a busy machine stretches less than the wall time.
 */
async function firstExports(vault: string, root: string): Promise<BenchRow[]> {
  const timed = async (argv: string[]) => {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let run = 0; run < exportRuns; run += 1) {
      const started = performance.now();
      cpu.push(await alianza(argv));
      wall.push(performance.now() - started);
    }
    return { wall: median(wall), cpu: median(cpu) };
  };
  const brief = (format: 'docx' | 'html') => [
    'brief',
    '--vault',
    vault,
    '--passphrase-stdin',
    '--case',
    'Familia R.',
    '--from',
    'all',
    '--format',
    format,
    '--force',
    '--out',
    path.join(root, `brief.${format}`),
  ];
  const floor = await timed(['verify', '--vault', vault, '--passphrase-stdin']);
  const docx = await timed(brief('docx'));
  const html = await timed(brief('html'));
  const note = (cpu: number) =>
    `CPU ${Math.round(cpu)} ms; fresh \`node out/main/cli.js\`, start to exit; goal < 2500 ms`;
  return [
    {
      name: 'startup: CLI start, unlock and verify (floor)',
      medianMs: floor.wall,
      runs: exportRuns,
      note: `CPU ${Math.round(floor.cpu)} ms`,
    },
    { name: 'startup: first brief DOCX, fresh process', medianMs: docx.wall, runs: exportRuns, note: note(docx.cpu) },
    { name: 'startup: first brief HTML, fresh process', medianMs: html.wall, runs: exportRuns, note: note(html.cpu) },
  ];
}

/**
 * Node on the built CLI, as `alianza …` runs it, reporting on exit the CPU time it used (user and
 * system, every thread) as the last line of standard error.
 */
const cpuReporter = [
  "process.on('exit', () => { const { user, system } = process.cpuUsage();",
  "process.stderr.write('\\ncpu ' + (user + system) / 1000 + '\\n'); });",
  'const [cli, ...args] = process.argv.slice(1); process.argv = [process.argv[0], cli, ...args];',
  "const { pathToFileURL } = await import('node:url'); await import(pathToFileURL(cli).href);",
].join(' ');

/** Runs the built CLI with the passphrase on standard input; the CPU milliseconds it used, or a rejection on a non-zero exit. */
function alianza(argv: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', cpuReporter, cli, ...argv], {
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const cpu = Number(/\ncpu ([\d.]+)\n$/.exec(errors)?.[1] ?? Number.NaN);
      if (code === 0) resolve(cpu);
      else reject(new Error(`alianza ${argv[0]} exited ${code}: ${errors}`));
    });
    child.stdin.end(`${passphrase}\n`);
  });
}
