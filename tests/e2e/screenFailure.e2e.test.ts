/**
 * A screen that throws while rendering shows its boundary's message and the way home; the
 * sidebar keeps working. The throw comes from a probe that acts only in the test harness.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createJournal, heading } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe.skipIf(e2eMode?.kind !== 'chromium')('a screen that fails to render', () => {
  it('shows a plain message with the way back, and the rest of the app keeps working', async () => {
    app = await launchApp();
    const { page } = app;
    await createJournal(page);
    await page.evaluate(() => window.sessionStorage.setItem('alianza.testRenderFailure', 'settings'));
    const navigation = page.getByRole('navigation');
    await navigation.getByRole('button', { name: 'Settings' }).click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('This screen stopped working');
    expect(await page.getByTestId('screen-failure').textContent()).not.toContain('Render failure requested');
    // Main's log names the screen, the error's kind and where it failed, never the message.
    await expect
      .poll(() => app?.logLines?.filter((line) => line.includes('the settings screen failed')).length)
      .toBe(1);
    const [logged] = app.logLines?.filter((line) => line.includes('the settings screen failed')) ?? [];
    expect(logged).toMatch(
      /^\[renderer\] the settings screen failed: Error; at \S+ \(http:\/\/127\.0\.0\.1:\d+\/.+:\d+:\d+\)/,
    );
    expect(logged).not.toContain('Render failure requested');

    // The sidebar still navigates: another screen renders.
    await navigation.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.getByTestId('screen-failure').count()).toBe(0);

    // Back to the failing screen, then its own way back.
    await navigation.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Back to Home' }).click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Welcome to Alianza');

    // Without the probe the screen renders as usual.
    await page.evaluate(() => window.sessionStorage.removeItem('alianza.testRenderFailure'));
    await navigation.getByRole('button', { name: 'Settings' }).click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Settings');
  });

  it('shows a reload when the shell itself fails, logs it, and the journal is as it was after the reload', async () => {
    app = await launchApp();
    const { page } = app;
    await createJournal(page);
    await page.evaluate(() => window.sessionStorage.setItem('alianza.testRenderFailure', 'shell'));
    // Any render of the shell now throws: a navigation is one.
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await expect.poll(() => page.getByTestId('shell-failure').count(), { timeout: 20_000 }).toBe(1);
    expect(await heading(page)).toBe('Alianza stopped working');
    await expect.poll(() => app?.logLines?.some((line) => line.includes('the shell screen failed'))).toBe(true);
    expect(app.logLines?.join('\n')).not.toContain('Render failure requested');

    await page.evaluate(() => window.sessionStorage.removeItem('alianza.testRenderFailure'));
    await page.getByRole('button', { name: 'Reload the window' }).click();
    // The journal stayed open in main: the window comes back to it, not to the unlock screen.
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Welcome to Alianza');
  });
});
