/**
 * One supervision of several cases, recorded from Home: each case its own part, each case's
 * history naming the others; then search finding the supervision text with its visibility and
 * opening the case's Supervision tab at the record. In English and Spanish, axe-clean.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AlianzaApi } from '../../src/shared/ipc/api';
import { expectAccessible, saveWholeScreenshot } from './harness/checks';
import { createJournal, heading, showSeededJournal } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';
import { seedFamilyCase } from './harness/seed';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe.skipIf(e2eMode === undefined)('a supervision of several cases', () => {
  it('is recorded from Home in each case, names the others, and is found by search with its visibility', async () => {
    app = await launchApp();
    const { page } = app;
    await createJournal(page);
    await seedFamilyCase(page, {
      phase: 'intervention',
      reflection: { sections: [{ id: 'notes', title: 'Notes', visibility: 'private', text: 'A visit.' }] },
    });
    await page.evaluate(async () => {
      const api = (window as unknown as { alianza: AlianzaApi }).alianza;
      for (const alias of ['Family S.', 'Family T.']) {
        const created = await api.createCase({
          alias,
          phase: 'evaluation',
          openedAt: '2025-01-10',
          parties: [],
          goals: [],
        });
        if (!created.ok) throw new Error(created.error.message);
      }
    });
    await showSeededJournal(page);
    const main = page.getByRole('main');

    // Home → Record a supervision…: no case chosen yet; two are added.
    await main.getByRole('button', { name: 'Record a supervision…' }).click();
    await expect.poll(() => heading(page)).toBe('Supervision');
    await main.getByRole('button', { name: 'Save the supervision' }).click();
    await expect.poll(() => main.getByText('Write who supervised.').count()).toBe(1);
    expect(await main.getByText('Add at least one case discussed.').count()).toBe(1);
    await page.getByLabel('Another case discussed').selectOption({ label: 'Family R.' });
    await main.getByRole('button', { name: 'Add this case' }).click();
    await page.getByLabel('Another case discussed').selectOption({ label: 'Family S.' });
    await main.getByRole('button', { name: 'Add this case' }).click();
    // The cases in the form are not offered again.
    expect(await page.getByLabel('Another case discussed').locator('option').allTextContents()).toEqual(['Family T.']);
    await page.getByLabel('Date of the supervision').fill('2025-03-20');
    await page.getByLabel('Supervisor', { exact: true }).fill('R. Soto');
    await main.getByRole('radio', { name: 'Group' }).check();
    const familyR = main.getByRole('group', { name: 'Family R.', exact: true });
    const familyS = main.getByRole('group', { name: 'Family S.', exact: true });
    await familyR.getByLabel('What was discussed of this case').fill('We talked about the custody hearing.');
    await familyR.getByRole('button', { name: 'Add an action' }).click();
    await familyR.getByLabel('Action 1').fill('Meet each adult separately');
    await familyS.getByLabel('The supervisor’s remarks').fill('Mind the alliance with the uncle.');
    await familyS.getByRole('radio', { name: 'Supervision' }).check();
    await saveWholeScreenshot(page, 'supervision-meeting-form-en');
    await expectAccessible(page, 'supervision of several cases');
    await main.getByRole('button', { name: 'Save the supervision' }).click();

    // The first case's Supervision tab, at the record, naming the other case.
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Family R.');
    const record = main.locator('.supervision-part[data-opened]');
    await expect.poll(() => record.count()).toBe(1);
    await expect.poll(() => record.textContent()).toContain('This supervision also discussed the case Family S.');
    expect(await record.textContent()).toContain('We talked about the custody hearing.');
    expect(await record.textContent()).toContain('Meet each adult separately');
    expect(await record.textContent()).not.toContain('uncle');
    expect(await page.evaluate(() => document.activeElement?.closest('.supervision-part') !== null)).toBe(true);
    await saveWholeScreenshot(page, 'supervision-meeting-case-en');
    await expectAccessible(page, 'case supervision tab at a record');
    await record.getByRole('button', { name: 'Family S.' }).click();
    await expect.poll(() => heading(page)).toBe('Family S.');
    const other = main.locator('.supervision-part');
    await expect.poll(() => other.count()).toBe(1);
    await expect.poll(() => other.textContent()).toContain('This supervision also discussed the case Family R.');
    expect(await other.textContent()).toContain('Mind the alliance with the uncle.');

    // Search: the supervision text, said to be a supervision record, with its visibility.
    await page.getByRole('navigation').getByRole('button', { name: 'Search' }).click();
    await page.getByLabel('Search your journal').fill('uncle');
    const results = main.locator('.search-results > li');
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBe(1);
    expect(await results.first().textContent()).toContain('Supervision record');
    expect(await results.first().textContent()).toContain('The supervisor’s remarks');
    expect(await results.first().textContent()).toContain('Visibility: Supervision');
    // The agreed action is read in supervision, whatever the visibility of what was discussed.
    await page.getByLabel('Search your journal').fill('separately');
    await expect.poll(() => results.first().textContent()).toContain('Agreed action');
    expect(await results.first().textContent()).toContain('Visibility: Supervision');
    await page.getByLabel('Search your journal').fill('hearing');
    await expect.poll(() => results.count()).toBe(1);
    await main.getByLabel('Visibility').selectOption('supervision');
    await expect.poll(() => results.count()).toBe(0);
    await main.getByLabel('Visibility').selectOption('private');
    await expect.poll(() => results.count()).toBe(1);
    expect(await results.first().textContent()).toContain('Visibility: Private');
    // A reflection's hit shows its visibility too.
    await main.getByLabel('Visibility').selectOption('');
    await page.getByLabel('Search your journal').fill('visit');
    await expect.poll(() => results.first().textContent()).toContain('A visit.');
    expect(await results.count()).toBe(1);
    expect(await results.first().textContent()).toContain('Visibility: Private');
    expect(await results.first().textContent()).not.toContain('Supervision record');
    await page.getByLabel('Search your journal').fill('hearing');
    await expect.poll(() => results.first().textContent()).toContain('custody hearing');
    await saveWholeScreenshot(page, 'supervision-search-en');
    await expectAccessible(page, 'search with a supervision record');
    await results.first().getByRole('button').click();
    await expect.poll(() => heading(page)).toBe('Family R.');
    await expect.poll(() => main.locator('.supervision-part[data-opened]').count()).toBe(1);
    expect(await main.getByRole('tab', { name: 'Supervision' }).getAttribute('aria-selected')).toBe('true');

    // In Spanish: the search result and the form.
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('navigation').getByRole('button', { name: 'Buscar' }).click();
    await page.getByLabel('Buscar en su bitácora').fill('uncle');
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBe(1);
    expect(await results.first().textContent()).toContain('Registro de supervisión');
    expect(await results.first().textContent()).toContain('Visibilidad: Supervisión');
    await saveWholeScreenshot(page, 'supervision-search-es');
    await expectAccessible(page, 'búsqueda con un registro de supervisión');
    await results.first().getByRole('button').click();
    await expect.poll(() => heading(page)).toBe('Family S.');
    await expect
      .poll(() => main.locator('.supervision-part[data-opened]').textContent())
      .toContain('Esta supervisión también conversó el caso Family R.');
    await saveWholeScreenshot(page, 'supervision-meeting-case-es');
    await expectAccessible(page, 'pestaña Supervisión en un registro');
    await page.getByRole('navigation').getByRole('button', { name: 'Inicio', exact: true }).click();
    await main.getByRole('button', { name: 'Registrar una supervisión…' }).click();
    await expect.poll(() => heading(page)).toBe('Supervisión');
    await page.getByLabel('Otro caso conversado').selectOption({ label: 'Family T.' });
    await main.getByRole('button', { name: 'Agregar este caso' }).click();
    await page.getByLabel('Otro caso conversado').selectOption({ label: 'Family S.' });
    await main.getByRole('button', { name: 'Agregar este caso' }).click();
    await expect.poll(() => main.locator('[data-testid="supervision-case"]').count()).toBe(2);
    await saveWholeScreenshot(page, 'supervision-meeting-form-es');
    await expectAccessible(page, 'supervisión de varios casos');
  });
});
