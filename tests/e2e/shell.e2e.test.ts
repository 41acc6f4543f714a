import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './harness/checks';
import { createJournal, heading } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe.skipIf(e2eMode === undefined)('the app shell', () => {
  it('switches language both ways from the very first screen', async () => {
    app = await launchApp();
    const { page } = app;
    await expect.poll(() => heading(page)).toBe('Create your encrypted journal');
    await page.getByLabel('Language').selectOption('es');
    await expect.poll(() => heading(page)).toBe('Cree su bitácora cifrada');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await saveScreenshot(page, 'shell-first-run-es');
    await expectAccessible(page, 'first run (es)');
    await page.getByLabel('Idioma').selectOption('en');
    await expect.poll(() => heading(page)).toBe('Create your encrypted journal');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('shows the layout, reads app info through the router, and switches language in settings', async () => {
    app = await launchApp();
    const { page } = app;
    await createJournal(page);
    await expect.poll(() => page.getByRole('navigation', { name: 'Main navigation' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('contentinfo').getByRole('status').textContent()).toBe('Unlocked');
    await saveScreenshot(page, 'shell-home-en');
    await expectAccessible(page, 'home');

    await page.getByRole('button', { name: 'Settings' }).click();
    await expect.poll(() => page.getByTestId('app-data-directory').textContent()).toBe(app.dataDirectory);
    const runtime = await page.getByTestId('app-runtime').textContent();
    expect(runtime).toBe(app.mode === 'electron' ? expect.stringContaining('Electron') : 'Test browser harness');
    await expectAccessible(page, 'settings');

    await page.getByLabel('Language', { exact: true }).selectOption('es');
    await expect.poll(() => heading(page)).toBe('Configuración');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.getByRole('button', { name: 'Inicio' }).isVisible()).toBe(true);
    await saveScreenshot(page, 'shell-settings-es');
    await expectAccessible(page, 'settings (es)');

    await page.getByLabel('Idioma', { exact: true }).selectOption('en');
    await expect.poll(() => heading(page)).toBe('Settings');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('keeps the chosen language after a restart', async () => {
    app = await launchApp();
    const dataDirectory = app.dataDirectory;
    await app.page.getByLabel('Language').selectOption('es');
    await expect.poll(() => heading(app!.page)).toBe('Cree su bitácora cifrada');
    await app.page.close();

    const restarted = await launchApp({ dataDirectory });
    try {
      await expect.poll(() => heading(restarted.page)).toBe('Cree su bitácora cifrada');
    } finally {
      await restarted.close();
    }
  });

  it('follows a Spanish system language when the user has not chosen one', async () => {
    app = await launchApp({ systemLocale: 'es-CL' });
    await expect.poll(() => heading(app!.page)).toBe('Cree su bitácora cifrada');
  });

  it('serves the renderer with the strict CSP, and the page cannot load remote code', async () => {
    app = await launchApp();
    const { page } = app;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    // Trusted Types refuse the assignments themselves; the CSP would block what got through.
    const blocked = await page.evaluate(async () => {
      const script = document.createElement('script');
      const outcome = new Promise<string>((resolve) => {
        script.onerror = () => resolve('blocked');
        script.onload = () => resolve('loaded');
      });
      let remote: string;
      try {
        script.src = 'https://example.org/evil.js';
        document.head.append(script);
        remote = await outcome;
      } catch {
        remote = 'refused';
      }
      const inline = document.createElement('script');
      try {
        inline.textContent = 'window.__inlineRan = true';
        document.head.append(inline);
      } catch {
        // Refused by Trusted Types before the CSP had to block it.
      }
      return { remote, inline: (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false };
    });
    expect(blocked.inline).toBe(false);
    expect(['refused', 'blocked']).toContain(blocked.remote);

    // Trusted Types: HTML as a plain string never reaches the DOM, only the sanitized previews' policy's output.
    const sinks = await page.evaluate(() => {
      const attempt = (write: () => void) => {
        try {
          write();
          return 'written';
        } catch {
          return 'refused';
        }
      };
      const element = document.createElement('div');
      const factory = (window as unknown as { trustedTypes?: { createPolicy(name: string, rules: object): unknown } })
        .trustedTypes;
      return {
        innerHTML: attempt(() => (element.innerHTML = '<img src=x onerror=alert(1)>')),
        insertAdjacentHTML: attempt(() => element.insertAdjacentHTML('beforeend', '<b>x</b>')),
        newPolicy: attempt(() => factory?.createPolicy('attacker', { createHTML: (input: string) => input })),
      };
    });
    expect(sinks).toEqual({ innerHTML: 'refused', insertAdjacentHTML: 'refused', newPolicy: 'refused' });
  });
});
