import { afterEach, describe, expect, it } from 'vitest';
import { daysBefore, todayDate } from '../../src/renderer/src/cases/dates';
import type { AlianzaApi } from '../../src/shared/ipc/api';
import { expectAccessible, saveScreenshot, saveWholeScreenshot } from './harness/checks';
import { createJournal, heading, openCaseFromSidebar, showSeededJournal } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';
import { seedFamilyCase } from './harness/seed';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe.skipIf(e2eMode === undefined)('attendance', () => {
  it('records a cancelled session with its note, shows it on the timeline with its mark, and corrects it, in English and Spanish', async () => {
    app = await launchApp();
    const { page } = app;
    await createJournal(page);
    await seedFamilyCase(page, {
      phase: 'evaluation',
      reflection: { sections: [{ id: 'notes', title: 'Notes', visibility: 'supervision', text: 'A visit.' }] },
    });
    await showSeededJournal(page);
    const openCase = () => openCaseFromSidebar(page, /Family R\./);
    await openCase();
    const main = page.getByRole('main');
    await main.getByRole('button', { name: 'Record attendance' }).click();
    // Its title turns to "Correct a recorded session" while a record is corrected.
    const panel = main.locator('section.cases-panel');
    await expect.poll(() => panel.getByRole('heading').first().textContent()).toBe('Record attendance');
    await panel.getByLabel('Planned for', { exact: true }).fill('2025-02-10');
    await panel.getByLabel('Cancelled by the family').check();
    await panel.getByLabel('Note (optional)').fill('The mother called: the child was ill.');
    await panel.getByRole('button', { name: 'Save attendance' }).click();
    await expect.poll(() => main.locator('.case-confirmation').textContent()).toBe('Attendance saved.');

    const timeline = page.getByTestId('timeline');
    const row = timeline.locator('.timeline-attendance');
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    expect(await row.textContent()).toContain('⊘ Cancelled by the family');
    expect(await row.textContent()).toContain('The mother called');

    // A date before the case opened is refused with the reason; a correction changes the one record.
    await main.getByRole('button', { name: 'Record attendance' }).click();
    await panel.getByRole('button', { name: /Correct the session planned for/ }).click();
    await expect.poll(() => panel.getByRole('heading').first().textContent()).toBe('Correct a recorded session');
    await panel.getByLabel('Planned for', { exact: true }).fill('2024-12-01');
    await panel.getByLabel('Not attended (no notice)').check();
    await panel.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => panel.getByText(/cannot be earlier than the day the case was opened/).count()).toBe(1);
    await panel.getByLabel('Planned for', { exact: true }).fill('2025-02-10');
    await panel.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => main.locator('.case-confirmation').textContent()).toBe('Attendance saved.');
    await expect.poll(() => row.textContent()).toContain('○ Not attended (no notice)');
    expect(await row.count()).toBe(1);
    await saveWholeScreenshot(page, 'case-attendance-en');

    // The planned frequency: a custom plan needs its days, then is kept.
    await main.getByRole('button', { name: 'Edit details' }).click();
    await main.getByLabel('Planned sessions').selectOption('custom');
    await main.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => main.getByText(/whole number of days from 1 to 365/).count()).toBe(1);
    await main.getByLabel('Every how many days').fill('10');
    await main.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => main.locator('.case-confirmation').textContent()).toBe('Case details saved.');
    await main.getByRole('button', { name: 'Edit details' }).click();
    expect(await main.getByLabel('Every how many days').inputValue()).toBe('10');
    await main.getByRole('button', { name: 'Cancel' }).click();
    await main.getByRole('button', { name: 'Record attendance' }).click();
    await expectAccessible(page, 'attendance form');

    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('es');
    await openCase();
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toContain('No asistió (sin aviso)');
    await page.getByRole('main').getByRole('button', { name: 'Registrar asistencia' }).click();
    await saveWholeScreenshot(page, 'case-attendance-es');
  });

  it('shows in the case list the sessions held of those planned in the last 30 days, in English and Spanish', async () => {
    app = await launchApp();
    const { page } = app;
    await createJournal(page);
    const today = todayDate();
    // Held: two reflections and one record; missed: one not attended, one cancelled by the family;
    // a rescheduled one and one from 40 days ago are not counted.
    const dates = {
      openedAt: daysBefore(today, 60),
      reflections: [daysBefore(today, 20), daysBefore(today, 6)],
      records: [
        { plannedOn: daysBefore(today, 40), status: 'not-attended' },
        { plannedOn: daysBefore(today, 27), status: 'held' },
        { plannedOn: daysBefore(today, 13), status: 'not-attended' },
        { plannedOn: daysBefore(today, 10), status: 'rescheduled' },
        { plannedOn: daysBefore(today, 2), status: 'cancelled-by-family' },
      ],
    } as const;
    const problems = await page.evaluate(async (seed) => {
      const api = (window as unknown as { alianza: AlianzaApi }).alianza;
      const created = await api.createCase({
        alias: 'Family A.',
        phase: 'intervention',
        openedAt: seed.openedAt,
        parties: [],
        goals: [],
      });
      if (!created.ok) return [created.error.message];
      const caseId = created.value.id;
      const failures: string[] = [];
      for (const sessionDate of seed.reflections) {
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
            ratings: {},
            feelings: [],
            feelingsVisibility: 'private',
            supervisionQuestions: [],
          },
        });
        if (!saved.ok) failures.push(saved.error.message);
      }
      for (const record of seed.records) {
        const recorded = await api.recordAttendance({
          caseId,
          attendanceId: crypto.randomUUID(),
          ...record,
          noteVisibility: 'private',
        });
        if (!recorded.ok) failures.push(recorded.error.message);
      }
      return failures;
    }, dates);
    expect(problems).toEqual([]);
    await showSeededJournal(page);
    const item = page.getByRole('navigation').getByRole('button', { name: /Family A\./ });
    await expect
      .poll(() => item.textContent(), { timeout: 20_000 })
      .toContain('3 of 5 sessions held in the last 30 days');
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('es');
    await expect
      .poll(() => item.textContent(), { timeout: 20_000 })
      .toContain('3 de 5 sesiones realizadas en los últimos 30 días');
    await page.getByRole('navigation').getByRole('button', { name: 'Inicio' }).click();
    await expect.poll(() => heading(page)).toBe('Qué hacer hoy');
    await saveScreenshot(page, 'case-list-attendance-es');
  });
});
