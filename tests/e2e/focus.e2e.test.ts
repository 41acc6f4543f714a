import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { AlianzaApi } from '../../src/shared/ipc/api';
import { expectAccessible, saveScreenshot } from './harness/checks';
import { heading, testPassphrase } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';
import { seedFamilyCase } from './harness/seed';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The h1 that has focus, by its text; what has focus otherwise, by its tag. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) return 'BODY';
    return active.tagName === 'H1' ? `h1: ${active.textContent ?? ''}` : active.tagName;
  });
}

/** Where each screen change leaves focus, polled: a screen's code and data load after the click. */
async function expectFocusOn(page: Page, title: string): Promise<void> {
  await expect.poll(() => heading(page), { timeout: 20_000 }).toBe(title);
  await expect.poll(() => focused(page)).toBe(`h1: ${title}`);
}

async function seedReport(page: Page, caseId: string): Promise<void> {
  await page.evaluate(async (id) => {
    const api = (window as unknown as { alianza: AlianzaApi }).alianza;
    const created = await api.createReport({ caseId: id, title: 'Review hearing, March', hearing: { kind: 'review' } });
    if (!created.ok) throw new Error(created.error.message);
  }, caseId);
}

describe.skipIf(e2eMode === undefined)('focus on every screen change', () => {
  it('lands on the new screen’s heading: kit → home → case → reflection → case → report → case → settings', async () => {
    app = await launchApp();
    const { page } = app;
    await page.getByLabel('Passphrase', { exact: true }).fill(testPassphrase);
    await page.getByLabel('Type the passphrase again').fill(testPassphrase);
    await page.getByRole('button', { name: 'Create journal' }).click();
    await expect.poll(() => page.getByTestId('recovery-key').isVisible(), { timeout: 30_000 }).toBe(true);
    await expectFocusOn(page, 'Your recovery kit');
    await page.getByLabel('I have printed or written down the recovery key and put it somewhere safe.').check();
    await page.getByRole('button', { name: 'Continue to my journal' }).click();
    await expectFocusOn(page, 'Welcome to Alianza');

    const caseId = await seedFamilyCase(page, {
      phase: 'evaluation',
      reflection: { sections: [{ id: 's1', title: 'What happened', visibility: 'supervision', text: 'A visit.' }] },
    });
    await seedReport(page, caseId);
    await page.reload();
    // With a case in the journal, Home is the work queue.
    await expectFocusOn(page, 'What to do today');

    // The sidebar keeps its place; focus goes to the case's heading, not to the page.
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Family R\./ })
      .click();
    await expectFocusOn(page, 'Family R.');
    const main = page.getByRole('main');
    // A new reflection puts the caret in its first part itself, so typing can start at once:
    // the screen's own choice is kept.
    await main.getByRole('button', { name: 'New reflection', exact: true }).click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('New reflection');
    await expect.poll(() => focused(page)).toBe('TEXTAREA');
    await main.getByRole('button', { name: '← Back to Family R.' }).click();
    await expectFocusOn(page, 'Family R.');
    // A saved reflection opens on its heading.
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.getByTestId('timeline').getByRole('button').first().click();
    await expectFocusOn(page, 'Reflection of Feb 3, 2025');
    await main.getByRole('button', { name: '← Back to Family R.' }).click();
    await expectFocusOn(page, 'Family R.');

    await page.getByRole('tab', { name: 'Court reports' }).click();
    await main.getByRole('button', { name: /Review hearing, March/ }).click();
    await expectFocusOn(page, 'Review hearing, March');
    await main.getByRole('button', { name: 'Back to the case' }).click();
    await expectFocusOn(page, 'Family R.');

    // The focus ring is the focus blue, a 2 px outline set off from the control: never the error red.
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { color: style.outlineColor, width: style.outlineWidth, offset: style.outlineOffset };
    });
    expect(ring).toEqual({ color: 'rgb(26, 95, 180)', width: '2px', offset: '2px' });
    await saveScreenshot(page, 'focus-ring-en');
    await expectAccessible(page, 'case after coming back from a report');

    // A screen that puts the caret in its field keeps it there.
    await page.getByRole('navigation').getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => heading(page)).toBe('Search');
    await expect.poll(() => focused(page)).toBe('INPUT');
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await expectFocusOn(page, 'Settings');
  });
});
