import { afterEach, describe, expect, it } from 'vitest';
import type { AlianzaApi } from '../../src/shared/ipc/api';
import { expectAccessible, saveWholeScreenshot } from './harness/checks';
import { createJournal, openCaseFromSidebar, showSeededJournal } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';
import { seedFamilyCase } from './harness/seed';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const goals = ['Regular visits with the mother', 'Tomás goes to school every day'];

describe.skipIf(e2eMode === undefined)('goal attainment scaling', () => {
  it('sets two scales, rates the goals twice, and shows the T-score chart and its table, in English and Spanish', async () => {
    app = await launchApp();
    const { page } = app;
    await createJournal(page);
    const caseId = await seedFamilyCase(page, {
      phase: 'intervention',
      reflection: { sections: [{ id: 'notes', title: 'Notes', visibility: 'supervision', text: 'A visit.' }] },
    });
    await page.evaluate(
      async ({ caseId, goals }) => {
        const api = (window as unknown as { alianza: AlianzaApi }).alianza;
        const updated = await api.updateCase({
          caseId,
          goals: goals.map((description) => ({
            id: crypto.randomUUID(),
            description,
            agreedWith: [],
            status: 'agreed' as const,
          })),
        });
        if (!updated.ok) throw new Error(updated.error.message);
      },
      { caseId, goals },
    );
    await showSeededJournal(page);
    const openCase = () => openCaseFromSidebar(page, /Family R\./);
    await openCase();
    await page.getByRole('tab', { name: 'Alliance' }).click();
    const section = page.getByTestId('goal-attainment');
    await expect.poll(() => section.isVisible(), { timeout: 20_000 }).toBe(true);
    const rate = section.getByRole('button', { name: 'Rate the goals' });
    expect(await rate.isDisabled()).toBe(true);

    // A scale needs the practitioner's words for every level; the caregiver's are optional.
    const levels = ['+2', '+1', '0', '−1', '−2'];
    for (const [index, goal] of goals.entries()) {
      await section.getByRole('button', { name: 'Set a scale' }).first().click();
      const panel = section.locator('section.gas-panel');
      await expect.poll(() => panel.getByRole('heading').first().textContent()).toBe(`Scale for “${goal}”`);
      if (index === 0) {
        await panel.getByRole('button', { name: 'Save the scale' }).click();
        await expect.poll(() => panel.getByText('Please check the 5 marked fields.').count()).toBe(1);
      }
      for (const [place, level] of levels.entries()) {
        const group = panel.locator('fieldset.gas-level').nth(place);
        expect(await group.locator('legend').textContent()).toContain(level);
        await group.getByLabel('In your words').fill(`Outcome ${level} for goal ${index + 1}`);
      }
      await panel
        .locator('fieldset.gas-level')
        .nth(2)
        .getByLabel(/In the caregiver’s words/)
        .fill('We see each other on Saturdays');
      if (index === 1) await panel.getByLabel('Weight (optional)').fill('2');
      await panel.getByLabel('Agreed on').fill('2025-02-03');
      await panel.getByRole('button', { name: 'Save the scale' }).click();
      await expect.poll(() => section.locator('.confirmation').textContent()).toBe(`Scale saved for “${goal}”.`);
    }
    expect(await section.getByText('We see each other on Saturdays').count()).toBe(2);
    expect(await section.getByText('Weight 2').count()).toBe(1);

    // Two reviews; the first is refused until the practitioner confirms it.
    const review = async (date: string, first: string, second: string) => {
      await rate.click();
      const panel = section.locator('section.gas-panel');
      await panel.getByLabel('Reviewed on').fill(date);
      await panel.getByRole('group', { name: goals[0] }).getByLabel(first).check();
      await panel.getByRole('group', { name: goals[1] }).getByLabel(second).check();
      await panel.getByRole('button', { name: 'Save the review' }).click();
      if ((await panel.getByText('Confirm the ratings to save them.').count()) === 0)
        throw new Error('the review was saved unconfirmed');
      await panel.getByLabel(/I confirm these ratings/).check();
      await panel.getByRole('button', { name: 'Save the review' }).click();
      await expect.poll(() => section.locator('.confirmation').textContent()).toMatch(/^Review of .* saved\.$/);
    };
    await review('2025-03-03', '−1 Somewhat less than expected', '0 Expected outcome');
    await review('2025-04-07', '+1 Somewhat more than expected', '+1 Somewhat more than expected');

    // Equal weight 1 and weight 2, ρ = 0.3: T = 50 + 10·Σwx / √(0.7·Σw² + 0.3·(Σw)²) = 50 + 10·Σwx / √6.2.
    const chart = page.getByTestId('attainment-chart');
    await expect.poll(() => chart.locator('.attainment-point').count(), { timeout: 20_000 }).toBe(2);
    expect(await chart.locator('.attainment-point text').allTextContents()).toEqual(['46.0', '62.0']);
    expect(await chart.locator('.attainment-below').count()).toBe(1);
    expect(await chart.locator('.attainment-above').count()).toBe(1);
    await chart.getByText('Show the numbers as a table').click();
    const rows = chart.getByTestId('attainment-table').locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).locator('td').allTextContents()).toEqual(['46.0', '−1', '0']);
    expect(await rows.nth(1).locator('td').allTextContents()).toEqual(['62.0', '+1', '+1']);
    await expectAccessible(page, 'goal attainment');
    await section.scrollIntoViewIfNeeded();
    await saveWholeScreenshot(page, 'goal-attainment-en');

    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('es');
    await openCase();
    await page.getByRole('tab', { name: 'Alianza' }).click();
    await expect
      .poll(() => section.getByRole('heading', { name: 'Logro de objetivos' }).count(), { timeout: 20_000 })
      .toBe(1);
    await chart.getByText('Mostrar los números como tabla').click();
    await expect.poll(() => rows.nth(0).locator('td').first().textContent()).toBe('46,0');
    await section.getByRole('button', { name: 'Valorar los objetivos' }).click();
    await saveWholeScreenshot(page, 'goal-attainment-es');
  });
});
