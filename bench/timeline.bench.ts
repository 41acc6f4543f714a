/**
 * Opening a 2 000-reflection case to the first painted timeline row, in the production renderer
 * build driven in Chromium (the e2e harness), with the real router and services behind it.
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
      const transfer = await page.evaluate(async (count) => {
        const api = (window as unknown as { alianza: HarnessApi }).alianza;
        const caseId = (await api.listCases()).value[0]?.id ?? '';
        const times: number[] = [];
        for (let index = 0; index < count; index += 1) {
          const started = performance.now();
          await api.getCase({ caseId });
          times.push(performance.now() - started);
        }
        return times.sort((a, b) => a - b)[Math.floor(count / 2)] ?? Number.NaN;
      }, runs);
      return [
        { name, medianMs: median(samples), runs, note: `${rows} rows in the DOM (windowed)` },
        {
          name: 'timeline: of which getCase (4.7 MB) through the harness binding',
          medianMs: transfer,
          runs,
          compareTo: name,
          ratio: transfer / median(samples),
          note: 'the test binding, not Electron IPC, carries the case',
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
