import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { AlianzaApi } from '../../src/shared/ipc/api';
import { expectAccessible, saveWholeScreenshot } from './harness/checks';
import { createJournal, heading } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/**
 * "Family W.": five steady sessions then a fall that does not come back (R1, R2), the caregiver
 * rating far below the practitioner (R3), and two sessions the family missed (R5).
 */
async function seedFallingCase(page: Page): Promise<void> {
  const problems = await page.evaluate(async () => {
    const api = (window as unknown as { alianza: AlianzaApi }).alianza;
    const caregiver = crypto.randomUUID();
    const created = await api.createCase({
      alias: 'Family W.',
      phase: 'intervention',
      openedAt: '2025-01-06',
      parties: [
        { id: caregiver, role: 'caregiver', name: 'Rosa Vidal', aliases: [] },
        { id: crypto.randomUUID(), role: 'child', name: 'Mateo', aliases: [] },
      ],
      goals: [],
    });
    if (!created.ok) return [created.error.message];
    const caseId = created.value.id;
    const failures: string[] = [];
    const bonds = [8, 8, 7, 8, 8, 3, 3, 3, 3];
    for (const [index, bond] of bonds.entries()) {
      const sessionDate = new Date(Date.UTC(2025, 0, 6 + index * 7)).toISOString().slice(0, 10);
      const saved = await api.saveEntry({
        caseId,
        entryId: crypto.randomUUID(),
        content: {
          sessionDate,
          phase: 'intervention',
          attendees: [],
          sections: [],
          promptAnswers: [],
          tensions: [],
          relationships: [],
          strategies: [],
          ratings: {
            practitioner: { bond, goals: 7, tasks: 7 },
            ...(index === bonds.length - 1 ? { caregiver: { bond: 2, goals: 2, tasks: 3, partyId: caregiver } } : {}),
          },
          feelings: [],
          feelingsVisibility: 'private',
          supervisionQuestions: [],
        },
      });
      if (!saved.ok) failures.push(saved.error.message);
    }
    for (const plannedOn of ['2025-03-10', '2025-03-17']) {
      const recorded = await api.recordAttendance({
        caseId,
        attendanceId: crypto.randomUUID(),
        plannedOn,
        status: 'not-attended',
        noteVisibility: 'private',
      });
      if (!recorded.ok) failures.push(recorded.error.message);
    }
    return failures;
  });
  expect(problems).toEqual([]);
}

describe.skipIf(e2eMode === undefined)('alliance warnings', () => {
  it('show each warning with its reasons and sources; dismissing keeps the note; in English and Spanish', async () => {
    app = await launchApp();
    const { page } = app;
    await createJournal(page);
    await seedFallingCase(page);
    await page.reload();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Welcome to Alianza');
    const openCase = () =>
      page
        .getByRole('navigation')
        .getByRole('button', { name: /Family W\./ })
        .first()
        .click();
    await openCase();
    const main = page.getByRole('main');
    await main.getByRole('tab', { name: 'Alliance' }).click();
    const panel = page.getByTestId('case-warnings');
    const cards = panel.locator('article.warning-card');
    await expect.poll(() => cards.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Rupture not yet repaired');
    expect(text).toContain('Perception gap');
    expect(text).toContain('Rosa Vidal rated Goals 2 and you rated it 7: 5 points lower than you.');
    expect(text).toContain('Engagement at risk');
    expect(text).toContain('2 of the last 4 planned sessions were missed or cancelled by the family.');

    const gap = cards.filter({ hasText: 'Perception gap' }).first();
    await gap.getByText('Why am I seeing this?').click();
    expect(await gap.textContent()).toContain('Tryon');
    await saveWholeScreenshot(page, 'case-warnings-en');
    await expectAccessible(page, 'alliance warnings');

    // A dismissal needs its note, and keeps it.
    await gap.getByRole('button', { name: 'Dismiss' }).click();
    await gap.getByRole('button', { name: 'Dismiss with this note' }).click();
    expect(await gap.textContent()).toContain('Write why you are dismissing it');
    await gap.getByLabel(/Why you are dismissing it/).fill('Talked it over with her; she was tired that day.');
    await gap.getByRole('button', { name: 'Dismiss with this note' }).click();
    const decided = panel.locator('details.warning-decided');
    await expect.poll(() => decided.count(), { timeout: 20_000 }).toBe(1);
    await decided.locator(':scope > summary').click();
    expect(await decided.textContent()).toContain('she was tired that day');
    const engagement = cards.filter({ hasText: 'Engagement at risk' }).first();
    await engagement.getByRole('button', { name: 'Taken to supervision' }).click();
    await expect.poll(() => decided.locator(':scope > summary').textContent()).toBe('2 warnings already decided');

    // A wider perception gap in Settings: the 4-point gap is no longer a warning.
    expect(await panel.textContent()).toContain('4 points lower than you');
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    const gapField = page.getByLabel(/Points between the caregiver’s rating and yours/);
    await expect.poll(() => gapField.inputValue(), { timeout: 20_000 }).toBe('3');
    await gapField.fill('11');
    await page.getByRole('button', { name: 'Save thresholds' }).click();
    await expect.poll(() => page.getByText('Enter a number in the range shown').count()).toBe(1);
    await gapField.fill('6');
    await page.getByRole('button', { name: 'Save thresholds' }).click();
    await expect.poll(() => page.getByText('Thresholds saved.').count()).toBe(1);
    await openCase();
    await page.getByRole('main').getByRole('tab', { name: 'Alliance' }).click();
    await expect.poll(() => panel.textContent(), { timeout: 20_000 }).toContain('Rupture not yet repaired');
    expect(await panel.textContent()).not.toContain('4 points lower than you');

    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Restore the defaults' }).click();
    await expect.poll(() => gapField.inputValue()).toBe('3');
    await page.getByLabel('Language').selectOption('es');
    await openCase();
    await page.getByRole('main').getByRole('tab', { name: 'Alianza' }).click();
    await expect.poll(() => panel.textContent(), { timeout: 20_000 }).toContain('Ruptura');
    await saveWholeScreenshot(page, 'case-warnings-es');
  });
});
