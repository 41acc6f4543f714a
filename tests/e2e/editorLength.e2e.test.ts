/**
 * The reflection editor for the common case, measured: at 1280×800, a typical reflection (date,
 * phase, what happened, two tensions, one strategy, my alliance rating) written with the mouse
 * as a practitioner would, counting the clicks and keys it takes beside the words typed, then the
 * editor's height with everything left folded that the practitioner did not open.
 */
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { formatSessionDate } from '../../src/renderer/src/entries/dates';
import { saveWholeScreenshot } from './harness/checks';
import { createJournal, heading } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';
import { seedFamilyCase } from './harness/seed';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const viewport = { width: 1280, height: 800 };

/** The practitioner's gestures: clicks (a select is two: open, choose) and keys other than the words. */
class Gestures {
  clicks = 0;
  keys = 0;
  words = 0;
  constructor(private readonly page: Page) {}
  async click(target: Locator): Promise<void> {
    this.clicks += 1;
    await target.click();
  }
  /** A select chosen from with the mouse: it takes the focus, as a real click does. */
  async choose(select: Locator, value: string): Promise<void> {
    this.clicks += 2;
    await select.focus();
    await select.selectOption(value);
  }
  /** A date typed into the date field: one key a digit. */
  async date(field: Locator, value: string): Promise<void> {
    this.keys += value.replaceAll('-', '').length;
    await field.fill(value);
  }
  async write(text: string): Promise<void> {
    this.words += text.length;
    await this.page.keyboard.type(text);
  }
}

describe.skipIf(e2eMode?.kind !== 'chromium')('the reflection editor for the common case', () => {
  it('takes a typical reflection in under two screens', async () => {
    app = await launchApp();
    const { page } = app;
    await page.setViewportSize(viewport);
    await createJournal(page);
    await seedFamilyCase(page, {
      phase: 'start',
      reflection: { sections: [{ title: 'The visit', visibility: 'supervision', text: 'Majo spoke.' }] },
    });
    await page.reload();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Welcome to Alianza');
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Family R\./ })
      .click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Family R.');
    const main = page.getByRole('main');
    const gestures = new Gestures(page);
    await gestures.click(main.getByRole('button', { name: 'New reflection', exact: true }));
    await expect.poll(() => heading(page)).toBe('New reflection');

    await gestures.date(page.getByLabel('Session date'), '2025-03-04');
    await gestures.choose(main.getByLabel('Phase', { exact: true }), 'evaluation');
    await gestures.click(page.getByRole('textbox', { name: 'What happened', exact: true }));
    await gestures.write('Majo came with Tomás; she said the school called again and asked who else I talk to.');

    // Tensions, what I tried and the ratings are open in a new reflection: the common case.
    const tensions = main.getByTestId('tensions-group');
    expect(await tensions.getAttribute('open')).not.toBeNull();
    for (const [type, strength] of [
      ['duty-to-report', '3 · it took over the session'],
      ['couple-conflict', '1 · noticeable'],
    ] as const) {
      const toAdd = tensions.getByLabel('Tension to add');
      await gestures.choose(toAdd, type);
      await gestures.click(tensions.getByRole('button', { name: 'Add this tension' }));
      // The new tension has the focus, and the list to add from is empty again.
      const added = tensions.getByRole('group', { name: /^Tension \d:/ });
      await expect
        .poll(() => added.getByLabel('Kind of tension').evaluate((select) => select === document.activeElement))
        .toBe(true);
      expect(await added.getByLabel('Kind of tension').inputValue()).toBe(type);
      expect(await toAdd.inputValue()).toBe('');
      await gestures.click(
        added.getByRole('group', { name: 'How strong it felt' }).getByText(strength, { exact: true }),
      );
    }
    // The first tension is one line now.
    expect(await tensions.getByTestId('tension').first().textContent()).toContain('Strength 3 of 3');
    const strategies = main.getByTestId('strategies-group');
    await gestures.choose(strategies.getByLabel('Strategy to add'), 'active-listening');
    await gestures.click(strategies.getByRole('button', { name: 'Add this strategy' }));
    await gestures.click(
      strategies.getByRole('group', { name: 'What followed' }).getByText('Partly resolved', { exact: true }),
    );
    const mine = main.getByTestId('ratings-group').getByRole('group', { name: 'My rating' });
    for (const [element, value] of [
      ['Bond', '6'],
      ['Goals', '5'],
      ['Tasks', '5'],
    ] as const)
      await gestures.choose(mine.getByLabel(element, { exact: true }), value);

    const editor = main.locator('form.entry-form');
    const height = await editor.evaluate((form) => Math.round(form.getBoundingClientRect().height));
    const save = main.getByRole('button', { name: 'Save reflection' });
    // How far the practitioner scrolls from the top of the editor to reach Save.
    console.log(
      `reflection editor at ${viewport.width}×${viewport.height}: ${height} px tall (${(height / viewport.height).toFixed(1)} screens); ` +
        `${gestures.clicks} clicks, ${gestures.keys} keys besides ${gestures.words} typed characters`,
    );
    await saveWholeScreenshot(page, 'entries-editor-typical-en');
    await gestures.click(save);
    await expect
      .poll(() => heading(page), { timeout: 20_000 })
      .toBe(`Reflection of ${formatSessionDate('2025-03-04', 'en')}`);
    expect(height).toBeLessThan(2 * viewport.height);
  });
});
