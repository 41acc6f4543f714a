/**
 * A lock decided in main (the auto-lock timer, the screen-lock path) reaches the page as an
 * event: the open case goes and the lock screen shows at once, and no status poll runs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createJournal, heading, unlockJournal } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';
import { seedFamilyCase } from './harness/seed';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const marker = 'LANTERN-4417-DECRYPTED';
/** Far less than the 3 s poll this replaces, with room for a busy machine. */
const promptly = 1_500;

async function openCase(page: Page): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /Family R\./ })
    .click();
  await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Family R.');
  await expect.poll(() => page.getByText(marker, { exact: false }).first().isVisible(), { timeout: 20_000 }).toBe(true);
}

/** Waits for the lock screen, and says how long it took. */
async function lockScreenAfter(page: Page, lock: () => Promise<unknown>): Promise<number> {
  const started = Date.now();
  await lock();
  await expect.poll(() => heading(page), { timeout: promptly, interval: 25 }).toBe('Open your journal');
  return Date.now() - started;
}

async function pageText(page: Page): Promise<string> {
  return (await page.locator('body').textContent()) ?? '';
}

describe.skipIf(e2eMode?.kind !== 'chromium')('a lock decided in main', () => {
  it('clears the open case and shows the lock screen at once, with no status poll', async () => {
    let now = Date.now();
    app = await launchApp({ now: () => now });
    const { page } = app;
    const services = app.services!;
    await createJournal(page);
    await seedFamilyCase(page, {
      phase: 'evaluation',
      reflection: { sections: [{ title: 'The visit', visibility: 'supervision', text: `Majo spoke. ${marker}` }] },
    });
    await page.reload(); // The journal stays unlocked in main; the page reads the status once.
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('What to do today');
    await openCase(page);

    // Longer than the old poll's 3 s: the page does not ask main for the status again.
    const statusReads = app.callsOf!('getVaultStatus');
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect(app.callsOf!('getVaultStatus')).toBe(statusReads);

    // The auto-lock timer's check, after the idle minutes.
    await services.settings.update({ autoLockMinutes: 1 });
    now += 61_000;
    const afterIdle = await lockScreenAfter(page, () => services.autoLock.check());
    expect(afterIdle).toBeLessThan(promptly);
    expect(await pageText(page)).not.toContain(marker);
    expect(await pageText(page)).not.toContain('Family R.');
    expect(await page.getByText('Alianza locked your journal.', { exact: false }).isVisible()).toBe(true);

    // Open again, then the operating system locks the screen.
    await unlockJournal(page);
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('What to do today');
    await openCase(page);
    const afterScreenLock = await lockScreenAfter(page, () => services.vault.lock('screen-lock'));
    expect(afterScreenLock).toBeLessThan(promptly);
    expect(await pageText(page)).not.toContain(marker);
    expect(app.callsOf!('getVaultStatus')).toBe(statusReads);
  });
});
