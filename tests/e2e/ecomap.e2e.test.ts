import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, saveWholeScreenshot } from './harness/checks';
import { createJournal, heading } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';
import { seedFamilyCase } from './harness/seed';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe.skipIf(e2eMode === undefined)('the family’s ecomap', () => {
  it('draws the caregiver’s line from a note and lists the note it cannot place, in English and Spanish', async () => {
    app = await launchApp();
    const { page } = app;
    await createJournal(page);
    await seedFamilyCase(page, {
      phase: 'evaluation',
      reflection: {
        sections: [{ id: 'notes', title: 'Notes', visibility: 'supervision', text: 'A visit.' }],
        relationships: [
          { relationship: 'caregiver-child', quality: 'strong' },
          { relationship: 'professional-child', quality: 'strained' },
        ],
      },
    });
    await page.reload();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('What to do today');
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Family R\./ })
      .first()
      .click();
    await page.getByRole('tab', { name: 'Alliance' }).click();
    const map = page.getByRole('img', { name: /The family’s ecomap/ });
    await expect.poll(() => map.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await map.locator('.ecomap-link .ecomap-line-strong').count()).toBe(1);
    expect(await map.textContent()).toContain('one session');
    const section = page.getByTestId('ecomap');
    await section.getByText('Show the numbers as a table').click();
    expect(await section.locator('table').first().textContent()).toContain('María José Pérez');
    expect(await section.locator('table').nth(1).textContent()).toContain('May be your own relationship');
    await saveWholeScreenshot(page, 'case-ecomap-en');
    await expectAccessible(page, 'case ecomap');

    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('es');
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Family R\./ })
      .first()
      .click();
    await page.getByRole('tab', { name: 'Alianza' }).click();
    const mapa = page.getByRole('img', { name: /Ecomapa de la familia/ });
    await expect.poll(() => mapa.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await mapa.textContent()).toContain('una sesión');
    await page.getByLabel('Primeros tres meses y últimos tres meses').check();
    await expect.poll(() => page.getByRole('img', { name: /Ecomapa de la familia/ }).count()).toBe(2);
    await saveWholeScreenshot(page, 'case-ecomap-es');
  });
});
