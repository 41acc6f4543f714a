import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { AlianzaApi } from '../../src/shared/ipc/api';
import { expectAccessible, saveWholeScreenshot } from './harness/checks';
import { createJournal, heading, openCaseFromSidebar, showSeededJournal } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/**
 * "Family W.": five steady sessions then a fall that does not come back (R2), the father's own
 * rating falling in the session before last (R1), the caregiver
 * rating far below the practitioner (R3), two caregivers rating the goals far apart (R4), two
 * sessions the family missed (R5), a withdrawal rupture with nothing tried (R6) and passive
 * participation noted in the last three sessions (R7).
 */
async function seedFallingCase(page: Page): Promise<void> {
  const problems = await page.evaluate(async () => {
    const api = (window as unknown as { alianza: AlianzaApi }).alianza;
    const caregiver = crypto.randomUUID();
    const father = crypto.randomUUID();
    const created = await api.createCase({
      alias: 'Family W.',
      phase: 'intervention',
      openedAt: '2025-01-06',
      parties: [
        { id: caregiver, role: 'caregiver', name: 'Rosa Vidal', aliases: [] },
        { id: father, role: 'parent', name: 'Jorge Vidal', aliases: [] },
        { id: crypto.randomUUID(), role: 'child', name: 'Mateo', aliases: [] },
      ],
      goals: [],
    });
    if (!created.ok) return [created.error.message];
    const caseId = created.value.id;
    const failures: string[] = [];
    const bonds = [8, 8, 7, 8, 8, 3, 3, 3, 3];
    const last = bonds.length - 1;
    for (const [index, bond] of bonds.entries()) {
      // The last three sessions: passive participation each time, and in the middle one a
      // withdrawal rupture with no strategy and no repair step noted.
      const withdrawn = index >= last - 2;
      const tension = {
        type: 'disengagement' as const,
        indicators: ['passive-participation' as const],
        parties: [caregiver],
        intensity: 2 as const,
        rupture: index === last - 1 ? ('withdrawal' as const) : ('none' as const),
        repairSteps: [],
      };
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
          tensions: withdrawn ? [tension] : [],
          relationships: [],
          strategies: [],
          ratings: {
            practitioner: { bond, goals: 7, tasks: 7 },
            ...(index === last ? { caregiver: { bond: 2, goals: 2, tasks: 3, partyId: caregiver } } : {}),
            // The father rates as the practitioner does: steady in the first four sessions, then his
            // bond falls in the one before last (a fall just begun); his goals 5 points above the mother's.
            ...(index < 4 ? { caregiver: { bond: 8, goals: 7, tasks: 7, partyId: father } } : {}),
            ...(index === last - 1 ? { caregiver: { bond: 3, goals: 7, tasks: 7, partyId: father } } : {}),
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
    await showSeededJournal(page);
    const openCase = () => openCaseFromSidebar(page, /Family W\./);
    await openCase();
    const main = page.getByRole('main');
    await main.getByRole('tab', { name: 'Alliance' }).click();
    const panel = page.getByTestId('case-warnings');
    const cards = panel.locator('article.warning-card');
    await expect.poll(() => cards.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Rupture not yet repaired');
    expect(text).toContain('The alliance fell');
    expect(text).toContain('Bond in Jorge Vidal’s rating fell to 3');
    expect(text).toContain('Perception gap');
    expect(text).toContain('Rosa Vidal rated Goals 2 and you rated it 7: 5 points lower than you.');
    expect(text).toContain('Engagement at risk');
    expect(text).toContain('2 of the last 4 planned sessions were missed or cancelled by the family.');
    expect(text).toContain('Split alliance');
    expect(text).toMatch(/rated Goals \d and \S+ Vidal rated it \d: 5 points apart/);
    expect(text).toContain('What was tried?');
    expect(text).toContain('you recorded a rupture (');
    expect(text).toContain('Repeated withdrawal');
    expect(text).toContain('in 3 sessions in a row');

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

  it('lists every open warning on Home, each opening the case on its Alliance tab; in English and Spanish', async () => {
    app = await launchApp();
    const { page } = app;
    await createJournal(page);
    await seedFallingCase(page);
    await showSeededJournal(page);
    const queue = page.getByRole('region', { name: 'Alliance warnings to look at' });
    const items = queue.getByRole('listitem');
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(7);
    const listed = await items.allTextContents();
    expect(listed.every((line) => line.startsWith('Family W.'))).toBe(true);
    for (const rule of [
      'The alliance fell',
      'Rupture not yet repaired',
      'Perception gap',
      'Split alliance',
      'Engagement at risk',
      'What was tried?',
      'Repeated withdrawal',
    ]) {
      expect(listed.join('\n')).toContain(rule);
    }
    // Two warnings of one rule are told apart by their element.
    expect(listed.join('\n')).toContain('Perception gap · Goals');
    expect(listed.join('\n')).toContain('Perception gap · Tasks');
    const total = listed.length;
    expect(await queue.getByRole('status').textContent()).toBe(`${total} warnings in 1 case, newest first.`);
    await saveWholeScreenshot(page, 'home-warnings-en');
    await expectAccessible(page, 'home warnings');

    // Each line opens its case on the Alliance tab, where the reasons are; a dismissal there
    // leaves Home's list.
    await items.filter({ hasText: 'Perception gap' }).first().getByRole('button').click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Family W.');
    const tab = page.getByRole('main').getByRole('tab', { name: 'Alliance' });
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    const gap = page.getByTestId('case-warnings').locator('article.warning-card').filter({ hasText: 'Perception gap' });
    await expect.poll(() => gap.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await gap.first().getByRole('button', { name: 'Dismiss' }).click();
    await gap
      .first()
      .getByLabel(/Why you are dismissing it/)
      .fill('Lo conversamos con ella.');
    await gap.first().getByRole('button', { name: 'Dismiss with this note' }).click();
    await expect.poll(() => page.locator('details.warning-decided').count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole('navigation').getByRole('button', { name: 'Home' }).click();
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(total - 1);

    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('navigation').getByRole('button', { name: 'Inicio' }).click();
    const cola = page.getByRole('region', { name: 'Alertas de alianza por revisar' });
    await expect
      .poll(() => cola.getByRole('status').textContent(), { timeout: 20_000 })
      .toBe(`${total - 1} alertas en 1 caso, las más recientes primero.`);
    const lines = await cola.getByRole('listitem').allTextContents();
    expect(lines.some((line) => line.includes('Alianza dividida'))).toBe(true);
    expect(lines.some((line) => line.includes('Retirada repetida'))).toBe(true);
    await saveWholeScreenshot(page, 'home-warnings-es');
  });
});
