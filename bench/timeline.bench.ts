/**
 * Opening a 2 000-reflection case to the first painted timeline row, in the production renderer
 * build driven in Chromium (the e2e harness), with the real router and services behind it. The
 * case screen reads the case overview, then the excerpts of the rows in view; the whole case is
 * read only by the entry, brief and report screens, and is measured beside them for comparison.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestServices } from '../tests/support/services';
import { e2eMode, launchApp } from '../tests/e2e/harness/launchApp';
import type { BenchRow } from './benchRow';
import { median } from './measure';
import { syntheticJournal } from './syntheticVault';

const passphrase = 'river lantern quietly seventeen';
const runs = 7;

interface HarnessApi {
  listCases(): Promise<{ value: { id: string }[] }>;
  getCase(request: { caseId: string }): Promise<unknown>;
  getCaseOverview(request: { caseId: string }): Promise<{ value: { entries: { id: string }[] } }>;
  getEntryExcerpts(request: { caseId: string; entryIds: string[] }): Promise<unknown>;
}

type CaseRead = 'getCaseOverview' | 'getEntryExcerpts' | 'getCase';

/** About as many rows as the timeline has in the page at first (a screenful and the overscan). */
const rowsInView = 20;

/** The median time of `runs` reads through the harness binding, and the size of one answer. */
interface Transfer {
  medianMs: number;
  megabytes: number;
}

export async function runTimelineBenchmarks(): Promise<BenchRow[]> {
  const name = 'timeline: open a 2 000-entry case to first row painted (Chromium)';
  if (e2eMode?.kind !== 'chromium') {
    return [{ name, medianMs: Number.NaN, runs: 0, note: 'skipped: needs Chromium and `npm run build`' }];
  }
  const folder = await mkdtemp(path.join(tmpdir(), 'alianza-timeline-bench-'));
  try {
    await prepareVault(folder);
    const app = await launchApp({ dataDirectory: folder });
    try {
      const { page } = app;
      await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
      await page.getByRole('button', { name: 'Unlock' }).click();
      const caseButton = page.locator('.case-item-button').first();
      await caseButton.waitFor({ timeout: 60_000 });
      const samples: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        await page.getByRole('button', { name: 'Home', exact: true }).click();
        await page.locator('.timeline-entry').first().waitFor({ state: 'detached' });
        const started = await page.evaluate(() => performance.now());
        await caseButton.click();
        await page.locator('.timeline-entry').first().waitFor({ timeout: 60_000 });
        // Wait for the frame that shows it, then read the clock in the page.
        const painted = await page.evaluate(
          () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
        );
        samples.push(painted - started);
      }
      const rows = await page.locator('.timeline-entry').count();
      const read = (method: CaseRead): Promise<Transfer> =>
        page.evaluate(
          async ({ count, method, rowsInView }) => {
            const api = (window as unknown as { alianza: HarnessApi }).alianza;
            const caseId = (await api.listCases()).value[0]?.id ?? '';
            const entryIds = (await api.getCaseOverview({ caseId })).value.entries
              .slice(0, rowsInView)
              .map((entry) => entry.id);
            const times: number[] = [];
            let characters = 0;
            for (let index = 0; index < count; index += 1) {
              const started = performance.now();
              const answer = await (method === 'getEntryExcerpts'
                ? api.getEntryExcerpts({ caseId, entryIds })
                : api[method]({ caseId }));
              times.push(performance.now() - started);
              characters = JSON.stringify(answer).length;
            }
            const medianMs = times.sort((a, b) => a - b)[Math.floor(count / 2)] ?? Number.NaN;
            return { medianMs, megabytes: characters / 1_000_000 };
          },
          { count: runs, method, rowsInView },
        );
      const overview = await read('getCaseOverview');
      const excerpts = await read('getEntryExcerpts');
      const whole = await read('getCase');
      const painted = median(samples);
      return [
        { name, medianMs: painted, runs, note: `${rows} rows in the DOM (windowed)` },
        {
          name: `timeline: of which getCaseOverview (${overview.megabytes.toFixed(1)} MB) through the harness binding`,
          medianMs: overview.medianMs,
          runs,
          compareTo: name,
          ratio: overview.medianMs / painted,
          note: 'what the case screen reads; the test binding, not Electron IPC, carries it',
        },
        {
          name: `timeline: of which getEntryExcerpts for ${rowsInView} rows in view (${(excerpts.megabytes * 1_000).toFixed(1)} kB)`,
          medianMs: excerpts.medianMs,
          runs,
          compareTo: name,
          ratio: excerpts.medianMs / painted,
          note: 'read after the overview, before the first rows are shown',
        },
        {
          name: `timeline: getCase, the whole case (${whole.megabytes.toFixed(1)} MB), for comparison`,
          medianMs: whole.medianMs,
          runs,
          compareTo: name,
          ratio: whole.medianMs / painted,
          note: 'read by the entry, brief and report screens, no longer by the case screen',
        },
      ];
    } finally {
      await app.close();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function prepareVault(folder: string): Promise<void> {
  const services = createTestServices({
    settingsDirectory: folder,
    vaultDirectory: folder,
    systemLocale: 'en-US',
  });
  try {
    await services.vault.create(passphrase);
    await services.journal.open().store.addCases(syntheticJournal({ cases: 1, entriesPerCase: 2_000 }));
  } finally {
    await services.shutdown();
  }
}
