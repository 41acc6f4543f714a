/**
 * Facts that are true: a reflection dated before its case opened says so and moves the opening
 * date when asked; the new court report then states the opening date and the sessions by the
 * reflections' phase, as facts to check, in the language of the screen.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { AlianzaApi } from '../../src/shared/ipc/api';
import { expectAccessible, saveWholeScreenshot } from './harness/checks';
import { createJournal, heading } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';
import { seedFamilyCase } from './harness/seed';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function openedAt(page: Page, caseId: string): Promise<string | undefined> {
  return page.evaluate(async (id) => {
    const api = (window as unknown as { alianza: AlianzaApi }).alianza;
    const read = await api.getCase({ caseId: id });
    return read.ok ? read.value.openedAt : undefined;
  }, caseId);
}

function statements(page: Page, section: string): Promise<string[]> {
  return page
    .getByRole('main')
    .locator('section.reports-section')
    .filter({ has: page.getByRole('heading', { name: section, exact: true }) })
    .getByTestId('statement')
    .allTextContents();
}

describe.skipIf(e2eMode === undefined)('facts that are true', () => {
  it('moves the opening date to an earlier session, and the report states it in the screen’s language', async () => {
    app = await launchApp();
    const { page } = app;
    // Leaving the unsaved reflection asks first: yes.
    page.on('dialog', (dialog) => void dialog.accept());
    await createJournal(page);
    // Opened on 10 January 2025; one reflection of 3 February, in the intervention phase.
    const caseId = await seedFamilyCase(page, {
      phase: 'intervention',
      reflection: { sections: [{ title: 'The visit', visibility: 'supervision', text: 'Majo spoke.' }] },
    });
    await page.reload();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('What to do today');
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Family R\./ })
      .click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Family R.');

    // A session before the case opened: said at once, with the offer to move the opening date.
    await page.getByRole('main').getByRole('button', { name: 'New reflection', exact: true }).click();
    await expect.poll(() => heading(page)).toBe('New reflection');
    await page.getByLabel('Session date').fill('2025-01-05');
    const warning = page.getByTestId('opening-date-warning');
    await expect.poll(() => warning.textContent(), { timeout: 20_000 }).toContain('before the day the case opened');
    await saveWholeScreenshot(page, 'entries-opening-date-en');
    await expectAccessible(page, 'reflection before the opening date');
    await warning.getByRole('button', { name: /the opening date$/ }).click();
    await expect.poll(() => openedAt(page, caseId), { timeout: 20_000 }).toBe('2025-01-05');
    await expect.poll(() => warning.count()).toBe(0);

    // A new court report: its facts come from the case as it is now, to be checked.
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Family R\./ })
      .click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Family R.');
    await page.getByRole('tab', { name: 'Court reports' }).click();
    await page.getByRole('button', { name: 'New court report…' }).click();
    await page.getByLabel('Title', { exact: true }).fill('First hearing');
    await page.getByRole('button', { name: 'Create report' }).click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('First hearing');
    const intervention = await statements(page, 'The intervention so far');
    expect(intervention).toEqual([
      expect.stringContaining('The case was opened on 5 January 2025.'),
      expect.stringContaining('Intervention phase: 1 session with the family held, on 3 February 2025.'),
    ]);
    expect(intervention.every((text) => text.includes('Check before sharing'))).toBe(true);
    await saveWholeScreenshot(page, 'report-facts-en');
    await expectAccessible(page, 'new report with facts to check');

    // In Spanish, the same facts read in Spanish: nothing was stored in English.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language', { exact: true }).selectOption('es');
    await expect.poll(() => heading(page)).toBe('Configuración');
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Family R\./ })
      .click();
    await page.getByRole('tab', { name: 'Informes al tribunal' }).click();
    await page
      .getByRole('main')
      .locator('.reports-item')
      .filter({ hasText: 'First hearing' })
      .getByRole('button')
      .click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('First hearing');
    expect(await statements(page, 'La intervención hasta ahora')).toEqual([
      expect.stringContaining('El caso se abrió el 5 de enero de 2025.'),
      expect.stringContaining('Fase de intervención: 1 sesión realizada con la familia, el 3 de febrero de 2025.'),
    ]);
    expect(await statements(page, 'Identificación')).toEqual([
      expect.stringContaining('Causa: C-1234-2024.'),
      expect.stringContaining('Niño, niña o adolescente: Tomás.'),
    ]);
    const road = page.getByRole('list', { name: 'Dónde está este informe' });
    expect(await road.locator('[aria-current="step"]').textContent()).toContain('Borrador');
    await saveWholeScreenshot(page, 'report-facts-es');
    await expectAccessible(page, 'new report with facts to check (es)');
  });
});
