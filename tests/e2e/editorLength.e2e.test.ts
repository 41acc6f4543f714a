/**
 * The reflection editor for the common case, measured: at 1280×800, a typical reflection (date,
 * phase, what happened, two tensions, one strategy, my alliance rating) written with the mouse
 * as a practitioner would, counting the clicks and keys it takes beside the words typed, then the
 * editor's height with everything left folded that the practitioner did not open.
 */
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { formatSessionDate } from '../../src/renderer/src/entries/dates';
import type { AlianzaApi } from '../../src/shared/ipc/api';
import { expectAccessible, saveWholeScreenshot } from './harness/checks';
import { createJournal, heading, openCaseFromSidebar, showSeededJournal } from './harness/journal';
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
  it('takes a typical reflection in under two screens, then offers to move the case to its phase', async () => {
    app = await launchApp();
    const { page } = app;
    await page.setViewportSize(viewport);
    await createJournal(page);
    const caseId = await seedFamilyCase(page, {
      phase: 'start',
      reflection: { sections: [{ title: 'The visit', visibility: 'supervision', text: 'Majo spoke.' }] },
    });
    await showSeededJournal(page);
    await openCaseFromSidebar(page, /Family R\./);
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
    await expectAccessible(page, 'saved reflection with the phase offer');

    // The reflection is in a later phase than the case: moving the case is offered, with the
    // case's own form, the reflection's phase and day filled in.
    const offer = main.getByTestId('phase-follow');
    expect(await offer.textContent()).toContain(
      'This reflection is in the Evaluation phase, and the case is still in Start. Move the case to Evaluation?',
    );
    await offer.getByRole('button', { name: 'Move the case to Evaluation…' }).click();
    const newPhase = offer.getByLabel('New phase');
    await expect.poll(() => newPhase.evaluate((select) => select === document.activeElement)).toBe(true);
    expect(await newPhase.inputValue()).toBe('evaluation');
    expect(await offer.getByLabel('Date of the change').inputValue()).toBe('2025-03-04');
    await offer.getByLabel('Why (optional)').fill('The court asked for an assessment.');
    await saveWholeScreenshot(page, 'entries-phase-offer-en');
    await expectAccessible(page, 'phase change after a reflection');
    await offer.getByRole('button', { name: 'Save phase change' }).click();
    const done = main.locator('.phase-follow-done');
    await expect.poll(() => done.textContent(), { timeout: 20_000 }).toBe('Phase changed to Evaluation.');
    expect(await done.evaluate((element) => element === document.activeElement)).toBe(true);
    const sidebarCase = page.getByRole('navigation').getByRole('button', { name: /Family R\./ });
    await expect.poll(() => sidebarCase.textContent()).toContain('Evaluation');

    const phaseOf = () =>
      page.evaluate(async (caseId) => {
        const read = await (window as unknown as { alianza: AlianzaApi }).alianza.getCase({ caseId });
        return read.ok ? `${read.value.phase} after ${read.value.phaseHistory.length} change(s)` : read.error.code;
      }, caseId);
    const moved = await phaseOf();
    expect(moved).toMatch(/^evaluation after/);

    // Declining leaves the case as it is.
    await main.getByRole('button', { name: '← Back to Family R.' }).click();
    await main.getByRole('button', { name: 'New reflection', exact: true }).click();
    await main.getByLabel('Phase', { exact: true }).selectOption('intervention');
    await page.getByRole('textbox', { name: 'What happened', exact: true }).fill('We agreed on the visits plan.');
    await page.keyboard.press('Control+s');
    await offer.getByRole('button', { name: 'Not now' }).click();
    await expect
      .poll(() => done.textContent())
      .toBe('The case stays in the Evaluation phase. You can change it on the case page at any time.');
    expect(await phaseOf()).toBe(moved);

    // In Spanish: the same editor, with a tension being written.
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('es');
    await expect.poll(() => heading(page)).toBe('Configuración');
    await openCaseFromSidebar(page, /Family R\./);
    await main.getByRole('button', { name: 'Nueva reflexión', exact: true }).click();
    await expect.poll(() => heading(page)).toBe('Nueva reflexión');
    await page.getByRole('textbox', { name: 'Lo que pasó', exact: true }).fill('Majo llegó con Tomás.');
    const tensionsEs = main.getByTestId('tensions-group');
    await tensionsEs.getByLabel('Tensión por agregar').selectOption('couple-conflict');
    await tensionsEs.getByRole('button', { name: 'Agregar esta tensión' }).click();
    await tensionsEs.getByText('Más detalle: señales y pasos de reparación').click();
    const mineEs = main.getByTestId('ratings-group').getByRole('group', { name: 'Mi valoración' });
    await mineEs.getByLabel('Vínculo', { exact: true }).selectOption('6');
    await saveWholeScreenshot(page, 'entries-editor-typical-es');
    await expectAccessible(page, 'reflection editor in Spanish');
    expect(await main.locator('.shortcut-hint').textContent()).toBe('Ctrl+S guarda');
  });
});
