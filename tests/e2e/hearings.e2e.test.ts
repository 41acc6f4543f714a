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

/** Two reports of the case through the bridge: one hearing far enough ahead, one too close. */
function seedReports(page: Page, caseId: string): Promise<void> {
  return page.evaluate(async (id) => {
    const api = (window as unknown as { alianza: AlianzaApi }).alianza;
    for (const [title, date] of [
      ['Review hearing, March', '2026-03-20'],
      ['Urgent hearing', '2026-03-11'],
    ] as const) {
      const created = await api.createReport({ caseId: id, title, hearing: { kind: 'first', date } });
      if (!created.ok) throw new Error(created.error.message);
    }
  }, caseId);
}

describe.skipIf(e2eMode === undefined)('the coming hearings', () => {
  it('list every report still to go to court, soonest first, with what to do next, and open it', async () => {
    // Monday 9 March 2026 in main, where the working days are counted.
    app = await launchApp({ now: () => new Date(2026, 2, 9, 10, 0).getTime() });
    const { page } = app;
    await createJournal(page);
    const caseId = await seedFamilyCase(page, {
      phase: 'evaluation',
      reflection: { sections: [{ id: 'notes', title: 'Notes', visibility: 'supervision', text: 'A visit.' }] },
    });
    await seedReports(page, caseId);
    await page.reload();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('What to do today');

    const agenda = page.getByRole('region', { name: 'Upcoming hearings' });
    const items = agenda.getByRole('listitem');
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(2);
    const first = (await items.nth(0).textContent()) ?? '';
    expect(first).toContain('Family R.');
    expect(first).toContain('Urgent hearing');
    expect(first).toContain('the caregiver would have 2 working days, fewer than the 3 you set');
    expect(await items.nth(1).textContent()).toContain('Share the review copy with the caregiver by Mar 17, 2026.');
    await saveWholeScreenshot(page, 'home-hearings-en');
    await expectAccessible(page, 'home with coming hearings');

    await items.nth(0).getByRole('button').click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Urgent hearing');

    // In Spanish too.
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('navigation').getByRole('button', { name: 'Inicio' }).click();
    const spanishAgenda = page.getByRole('region', { name: 'Próximas audiencias' });
    await expect.poll(() => spanishAgenda.getByRole('listitem').count(), { timeout: 20_000 }).toBe(2);
    expect(await spanishAgenda.getByRole('listitem').nth(1).textContent()).toContain(
      'Comparta la copia para revisión con la persona cuidadora a más tardar el 17 mar 2026.',
    );
    await saveWholeScreenshot(page, 'home-hearings-es');
    await expectAccessible(page, 'home with coming hearings in Spanish');
  });

  it('count the public holidays of the country chosen in Settings, Chile by default in Spanish, and name them', async () => {
    // Monday 30 March 2026, in main (the hearings list) and in the window (the report's header).
    const now = new Date(2026, 2, 30, 10, 0);
    app = await launchApp({ now: () => now.getTime() });
    const { page } = app;
    await page.clock.setFixedTime(now);
    await createJournal(page);
    const caseId = await seedFamilyCase(page, {
      phase: 'evaluation',
      reflection: { sections: [{ id: 'notes', title: 'Notes', visibility: 'supervision', text: 'A visit.' }] },
    });
    // Monday 6 April, three working days: Good Friday (3 April) is a public holiday in Chile and in Madrid,
    // Maundy Thursday (2 April) in Madrid only.
    await page.evaluate(async (id) => {
      const api = (window as unknown as { alianza: AlianzaApi }).alianza;
      const created = await api.createReport({
        caseId: id,
        title: 'Easter hearing',
        hearing: { kind: 'first', date: '2026-04-06' },
      });
      if (!created.ok) throw new Error(created.error.message);
    }, caseId);
    await page.reload();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('What to do today');
    const item = () =>
      page
        .getByRole('region', { name: /hearings|audiencias/ })
        .getByRole('listitem')
        .first();
    // English has no country until one is chosen: weekends only.
    await expect.poll(async () => item().textContent(), { timeout: 20_000 }).toContain('by Apr 1, 2026.');

    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('es');
    const picker = page.getByTestId('holiday-picker');
    expect(await picker.getByLabel('País').inputValue()).toBe('CL');
    expect(await picker.getByLabel('Región').inputValue()).toBe('');
    await page.getByRole('navigation').getByRole('button', { name: 'Inicio' }).click();
    await expect.poll(async () => item().textContent(), { timeout: 20_000 }).toContain('a más tardar el 31 mar 2026.');

    await item().getByRole('button').click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Easter hearing');
    expect(await page.getByTestId('holidays-skipped').textContent()).toBe('Feriados descontados: 3 abr Viernes Santo.');
    await saveWholeScreenshot(page, 'report-holidays-es');

    await page.getByRole('navigation').getByRole('button', { name: 'Configuración' }).click();
    await picker.getByLabel('País').selectOption('ES');
    await picker.getByLabel('Región').selectOption('MD');
    await expect.poll(() => picker.getByRole('status').textContent()).toBe('Guardado.');
    await saveWholeScreenshot(page, 'settings-holidays-es');
    await expectAccessible(page, 'settings with the holiday calendar');
    await page.getByRole('navigation').getByRole('button', { name: 'Inicio' }).click();
    await expect.poll(async () => item().textContent(), { timeout: 20_000 }).toContain('a más tardar el 30 mar 2026.');

    await page.getByRole('navigation').getByRole('button', { name: 'Configuración' }).click();
    await picker.getByLabel('País').selectOption('none');
    await expect.poll(() => picker.getByLabel('Región').count()).toBe(0);
    await page.getByRole('navigation').getByRole('button', { name: 'Inicio' }).click();
    await expect.poll(async () => item().textContent(), { timeout: 20_000 }).toContain('a más tardar el 1 abr 2026.');
  });
});
