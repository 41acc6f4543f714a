/**
 * The supervision loop as the practitioner meets it on Home: the actions agreed in supervision
 * still open, soonest due first, an overdue one said in words, in English and Spanish, axe-clean.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AlianzaApi } from '../../src/shared/ipc/api';
import { expectAccessible, saveScreenshot } from './harness/checks';
import { createJournal, showSeededJournal } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';
import { seedFamilyCase } from './harness/seed';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe.skipIf(e2eMode === undefined)('supervision', () => {
  it('lists the open agreed actions on Home, overdue first, and drops one once it is done', async () => {
    app = await launchApp();
    const { page } = app;
    await createJournal(page);
    const caseId = await seedFamilyCase(page, {
      phase: 'intervention',
      reflection: { sections: [{ id: 'notes', title: 'Notes', visibility: 'supervision', text: 'A visit.' }] },
    });
    const actionIds = await page.evaluate(async (caseId) => {
      const api = (window as unknown as { alianza: AlianzaApi }).alianza;
      const recorded = await api.recordSupervision({
        caseId,
        heldOn: '2025-03-20',
        supervisor: 'R. Soto',
        kind: 'individual',
        briefs: [],
        visibility: 'private',
        actions: [
          { what: 'Ask the school about the absences' },
          { what: 'Meet each adult separately', due: '2025-04-03' },
        ],
      });
      if (!recorded.ok) throw new Error(recorded.error.message);
      return recorded.value.actions.map((action) => action.id);
    }, caseId);
    await showSeededJournal(page);
    const list = page.getByTestId('home-actions');
    await expect.poll(() => list.getByRole('listitem').count(), { timeout: 20_000 }).toBe(2);
    const items = await list.getByRole('listitem').allTextContents();
    expect(items[0]).toContain('Family R. · Meet each adult separately');
    expect(items[0]).toContain('overdue since');
    expect(items[0]).toContain('agreed with R. Soto on');
    expect(items[1]).toContain('no date agreed');
    await saveScreenshot(page, 'home-actions-en');
    await expectAccessible(page, 'home with agreed actions');

    await page.evaluate(
      async ({ caseId, actionId }) => {
        const api = (window as unknown as { alianza: AlianzaApi }).alianza;
        const updated = await api.updateAgreedAction({ caseId, actionId, status: 'done', on: '2025-03-25' });
        if (!updated.ok) throw new Error(updated.error.message);
      },
      { caseId, actionId: actionIds[1]! },
    );
    await page.reload();
    await expect.poll(() => list.getByRole('listitem').count(), { timeout: 20_000 }).toBe(1);

    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('navigation').getByRole('button', { name: 'Inicio', exact: true }).click();
    await expect.poll(() => list.getByRole('heading').textContent()).toBe('Acordado en supervisión');
    expect(await list.getByRole('listitem').textContent()).toContain('sin fecha acordada');
    await saveScreenshot(page, 'home-actions-es');
    await expectAccessible(page, 'inicio con acciones acordadas');
  });
});
