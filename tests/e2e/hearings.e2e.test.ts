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
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Welcome to Alianza');

    const agenda = page.getByRole('region', { name: 'Coming hearings' });
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
      'Comparta la copia de revisión con la persona cuidadora a más tardar el 17 mar 2026.',
    );
    await saveWholeScreenshot(page, 'home-hearings-es');
    await expectAccessible(page, 'home with coming hearings in Spanish');
  });
});
