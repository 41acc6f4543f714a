/**
 * Looking after the journal from the app, with the bar each long step shows: import, the first
 * search, backup and check in Settings, and restoring the backup on a computer with no journal.
 * Each task is held half-way (the harness holds its progress message) for a screenshot of its bar.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticJournal } from '../../bench/syntheticVault';
import type { ChooseFile, FilePurpose } from '../../src/main/journal/journalCare';
import { toInterchange } from '../../src/shared/domain/interchangeMapping';
import type { ProgressTask } from '../../src/shared/progress/progress';
import { expectAccessible, saveScreenshot } from './harness/checks';
import { createJournal, heading } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';

const apps: LaunchedApp[] = [];
let folder: string | undefined;
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  folder = undefined;
});

const caseCount = 40;

/** Answers each dialog with the file the test chose for it. */
function dialogs(files: Partial<Record<FilePurpose, string>>): ChooseFile {
  return ({ purpose }) => Promise.resolve(files[purpose]);
}

/** Runs `start` with `task` held half-way: the bar shows, the screenshot is taken, the task goes on. */
async function holdAndShoot(
  app: LaunchedApp,
  page: Page,
  task: ProgressTask,
  screenshot: string,
  start: () => Promise<void>,
) {
  const hold = app.holdProgress?.(task);
  if (hold === undefined) throw new Error('The harness cannot hold progress.');
  await start();
  const progress = await hold.reached;
  expect(progress.total).toBeGreaterThan(0);
  expect(progress.done).toBeLessThan(progress.total + 1);
  const bar = page.getByTestId('progress-notice').getByRole('progressbar');
  await expect.poll(() => bar.count(), { timeout: 10_000 }).toBe(1);
  expect(Number(await bar.getAttribute('max'))).toBe(progress.total);
  await saveScreenshot(page, screenshot);
  hold.release();
  await expect.poll(() => page.getByTestId('progress-notice').count(), { timeout: 60_000 }).toBe(0);
}

describe.skipIf(e2eMode === undefined || e2eMode.kind !== 'chromium')('journal care and progress', () => {
  it('imports, searches, backs up, checks and restores with a progress bar for each', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'alianza-care-'));
    const interchange = path.join(folder, 'cases.json');
    const backup = path.join(folder, 'journal.alzb');
    const cases = syntheticJournal({ cases: caseCount, entriesPerCase: 30, seed: 11 });
    await writeFile(interchange, JSON.stringify(toInterchange(cases, () => [])));

    const app = await launchApp({ chooseFile: dialogs({ import: interchange, backup }) });
    apps.push(app);
    const { page } = app;
    await createJournal(page);
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await expect.poll(() => heading(page)).toBe('Settings');

    await holdAndShoot(app, page, 'import', 'progress-import-en', () =>
      page.getByRole('button', { name: 'Import cases…' }).click(),
    );
    const imported = page.getByTestId('journal-import').getByRole('status');
    await expect.poll(() => imported.textContent(), { timeout: 60_000 }).toContain(`Imported ${caseCount} cases`);
    await expect.poll(() => page.locator('.case-item-button').count()).toBe(caseCount);

    await page.getByRole('navigation').getByRole('button', { name: 'Search', exact: true }).click();
    await holdAndShoot(app, page, 'search-index', 'progress-search-en', () =>
      page.getByLabel('Search your journal').fill('colegio'),
    );

    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await holdAndShoot(app, page, 'backup', 'progress-backup-en', () =>
      page.getByRole('button', { name: 'Back up the journal…' }).click(),
    );
    const backedUp = page.getByTestId('journal-backup').getByRole('status');
    await expect.poll(() => backedUp.textContent(), { timeout: 60_000 }).toContain(backup);
    expect((await stat(backup)).size).toBeGreaterThan(0);

    await holdAndShoot(app, page, 'verify', 'progress-verify-en', () =>
      page.getByRole('button', { name: 'Check every file' }).click(),
    );
    const verified = page.getByTestId('journal-verify').getByRole('status');
    await expect.poll(() => verified.textContent(), { timeout: 60_000 }).toContain('every file decrypted');
    await expectAccessible(page, 'settings with backup and checks');

    // Another computer: no journal, the backup restored from the first screen, in Spanish.
    const restored = await launchApp({ systemLocale: 'es-CL', chooseFile: dialogs({ restore: backup }) });
    apps.push(restored);
    await expect.poll(() => heading(restored.page)).toBe('Cree su bitácora cifrada');
    await holdAndShoot(restored, restored.page, 'restore', 'progress-restore-es', () =>
      restored.page.getByRole('button', { name: 'Restaurar un respaldo…' }).click(),
    );
    await expect.poll(() => restored.page.getByRole('status').first().textContent()).toContain('Se restauraron');
    await restored.page.getByLabel('Frase de acceso', { exact: true }).fill('river lantern quietly seventeen');
    await restored.page.getByRole('button', { name: 'Desbloquear' }).click();
    await expect.poll(() => restored.page.locator('.case-item-button').count(), { timeout: 30_000 }).toBe(caseCount);
  }, 300_000);

  it('says why an import changes nothing when the file is not a journal', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'alianza-care-'));
    const broken = path.join(folder, 'broken.json');
    await writeFile(broken, '{"format":"alianza-journal","cases":[{"alias":');
    const app = await launchApp({ chooseFile: dialogs({ import: broken }) });
    apps.push(app);
    await createJournal(app.page);
    await app.page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await app.page.getByRole('button', { name: 'Import cases…' }).click();
    const alert = app.page.getByTestId('journal-import').getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('nothing was imported');
    expect(await app.page.locator('.case-item-button').count()).toBe(0);
  }, 120_000);
});
