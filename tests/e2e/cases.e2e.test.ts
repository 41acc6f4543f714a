import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { daysBefore, formatCalendarDate, todayDate } from '../../src/renderer/src/cases/dates';
import type { AlianzaApi } from '../../src/shared/ipc/api';
import { expectAccessible, saveScreenshot } from './harness/checks';
import { createJournal, heading, unlockJournal } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const today = todayDate();

/**
 * Two rated sessions, saved through the same bridge the reflection editor uses (that screen is
 * tested on its own), so the case list has a last session, a recent count and a trend to show.
 */
async function seedSessions(page: Page, alias: string): Promise<void> {
  const sessions = [
    { sessionDate: daysBefore(today, 12), rating: 4 },
    { sessionDate: daysBefore(today, 3), rating: 7 },
  ];
  const failures = await page.evaluate(
    async ({ alias, sessions }) => {
      const api = (window as unknown as { alianza: AlianzaApi }).alianza;
      const list = await api.listCases();
      const found = list.ok ? list.value.find((summary) => summary.alias === alias) : undefined;
      if (found === undefined) return ['case not found'];
      const problems: string[] = [];
      for (const { sessionDate, rating } of sessions) {
        const saved = await api.saveEntry({
          caseId: found.id,
          entryId: crypto.randomUUID(),
          content: {
            sessionDate,
            phase: 'start',
            attendees: [],
            sections: [],
            promptAnswers: [],
            tensions: [],
            relationships: [],
            strategies: [],
            ratings: { practitioner: { bond: rating, goals: rating, tasks: rating } },
            feelings: [],
            feelingsVisibility: 'private',
            supervisionQuestions: [],
          },
        });
        if (!saved.ok) problems.push(saved.error.message);
      }
      return problems;
    },
    { alias, sessions },
  );
  expect(failures).toEqual([]);
}

/** The layout scrolls inside the main pane: grow the window to its content so the shot shows it all. */
async function screenshotWhole(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 820 };
  const height = await page.getByRole('main').evaluate((main) => main.scrollHeight + 60);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await saveScreenshot(page, name);
  await page.setViewportSize(viewport);
}

describe.skipIf(e2eMode === undefined)('cases', () => {
  it('are created with parties and goals, renamed, moved between phases, closed, reopened and archived', async () => {
    app = await launchApp();
    const { page } = app;
    await createJournal(page);
    const sidebar = page.getByRole('navigation', { name: 'Main navigation' });
    const caseList = sidebar.getByRole('list', { name: 'Cases' });
    const main = page.getByRole('main');
    const confirmation = main.locator('.case-confirmation');
    const status = main.locator('.case-summary dd[data-status]');

    // The new case form: the minimum is the alias; phase and opening date have defaults.
    await sidebar.getByRole('button', { name: 'New case' }).click();
    await expect.poll(() => heading(page)).toBe('New case');
    expect(await page.getByLabel('Opened on').inputValue()).toBe(today);
    expect(await main.getByLabel('Phase', { exact: true }).inputValue()).toBe('start');
    await page.getByRole('button', { name: 'Create case' }).click();
    await expect.poll(() => main.getByRole('alert').first().textContent()).toBe('Please check the marked field.');
    expect(await page.getByLabel('Alias').evaluate((element) => element === document.activeElement)).toBe(true);
    await expectAccessible(page, 'new case with a problem');

    await page.getByLabel('Alias').fill('Family R.');
    await page.getByLabel('Court file reference (optional)').fill('C-1234-2025');
    await page.getByLabel('Programme (optional)').fill('Family support programme');

    const people = [
      {
        name: 'Carolina Muñoz',
        role: 'caregiver',
        relationship: 'Mother, has day-to-day care',
        otherNames: 'Caro\nla Negra',
      },
      { name: 'Tomás', role: 'child', relationship: 'Son, 7 years old', otherNames: '' },
      { name: 'Ana Pérez', role: 'professional', relationship: 'School counsellor', otherNames: '' },
    ];
    for (const [index, person] of people.entries()) {
      await page.getByRole('button', { name: 'Add a person' }).click();
      const group = page.getByRole('group', { name: `Person ${index + 1}` });
      // The new person's name field takes focus, so typing can start at once.
      expect(
        await group.getByLabel('Name', { exact: true }).evaluate((element) => element === document.activeElement),
      ).toBe(true);
      await group.getByLabel('Name', { exact: true }).fill(person.name);
      await group.getByLabel('Role').selectOption(person.role);
      await group.getByLabel('Relationship (optional)').fill(person.relationship);
      await group.getByLabel('Other names they are called by (optional)').fill(person.otherNames);
    }

    await page.getByRole('button', { name: 'Add a goal' }).click();
    const goal = page.getByRole('group', { name: 'Goal 1' });
    await goal.getByLabel('What was agreed').fill('Tomás goes to school every day');
    await goal.getByLabel('Status').selectOption('agreed');
    expect(await goal.getByLabel('Agreed on (optional)').inputValue()).toBe(today);
    await goal.getByLabel('Carolina Muñoz (Caregiver)').check();
    await goal.getByLabel('Ana Pérez (Professional)').check();
    await screenshotWhole(page, 'cases-new-en');
    await expectAccessible(page, 'new case filled in');

    await page.getByRole('button', { name: 'Create case' }).click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Family R.');
    const summary = main.locator('.case-summary');
    expect(await summary.textContent()).toContain('Start');
    expect(await status.textContent()).toBe('Open');

    // Parties and the goal are on the Details tab, the open tab for a case without reflections.
    const details = page.getByRole('tabpanel', { name: 'Details' });
    await expect.poll(() => details.isVisible()).toBe(true);
    const detailsText = await details.textContent();
    expect(detailsText).toContain('Also called: Caro, la Negra');
    expect(detailsText).toContain('Agreed with Carolina Muñoz, Ana Pérez');
    expect(detailsText).toContain('C-1234-2025');

    // The sidebar lists the case with its phase.
    const item = caseList.getByRole('button', { name: /Family R\./ });
    await expect.poll(() => item.textContent()).toContain('Start');
    expect(await item.textContent()).toContain('No sessions yet');
    expect(await item.getAttribute('aria-current')).toBe('page');

    // Two rated sessions: the list shows the last one, the count in 30 days and a rising trend.
    await seedSessions(page, 'Family R.');

    // Rename.
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByLabel('Alias').fill('Family R. M.');
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => heading(page)).toBe('Family R. M.');
    await expect.poll(() => confirmation.textContent()).toBe('Case details saved.');
    // Focus goes back to the button that opened the form.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Edit details');
    const renamed = caseList.getByRole('button', { name: /Family R\. M\./ });
    await expect.poll(() => renamed.textContent()).toContain('2 of 2 sessions held in the last 30 days');
    const itemText = await renamed.textContent();
    expect(itemText).toContain(`Last session ${formatCalendarDate(daysBefore(today, 3), 'en')}`);
    expect(itemText).toContain('Alliance rising');
    expect(await renamed.getByTitle('Alliance rising').isVisible()).toBe(true);
    await screenshotWhole(page, 'cases-case-en');
    await expectAccessible(page, 'case screen');

    // People and goals are edited in place; removing a person drops them from the goal's agreement.
    await details.getByRole('button', { name: 'Edit people' }).click();
    const editPeople = main.getByRole('region', { name: 'Edit the people in the case' });
    expect(
      await editPeople.getByRole('group', { name: 'Person 1' }).getByLabel('Name', { exact: true }).inputValue(),
    ).toBe('Carolina Muñoz');
    await editPeople.getByRole('button', { name: 'Remove Person 3' }).click();
    await editPeople.getByRole('button', { name: 'Save people' }).click();
    await expect.poll(() => confirmation.textContent()).toBe('People saved.');
    expect(await details.textContent()).not.toContain('Ana Pérez');
    const agreement = details.locator('.case-card-note > span').first();
    expect(await agreement.textContent()).toBe('Agreed with Carolina Muñoz');
    await details.getByRole('button', { name: 'Edit goals' }).click();
    const editGoals = main.getByRole('region', { name: 'Edit the shared goals' });
    await editGoals.getByLabel('Status').selectOption('in-progress');
    await editGoals.getByLabel('Tomás (Child)').check();
    await screenshotWhole(page, 'cases-edit-goals-en');
    await expectAccessible(page, 'edit goals');
    await editGoals.getByRole('button', { name: 'Save goals' }).click();
    await expect.poll(() => confirmation.textContent()).toBe('Goals saved.');
    expect(await agreement.textContent()).toBe('Agreed with Carolina Muñoz, Tomás');
    expect(await details.textContent()).toContain('In progress');

    // Change phase: who decided, when and why go into the history.
    await page.getByRole('button', { name: 'Change phase' }).click();
    expect(await page.getByRole('button', { name: 'Change phase' }).getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByLabel('New phase').inputValue()).toBe('evaluation');
    expect(await page.getByLabel('Date of the change').inputValue()).toBe(today);
    await page.getByLabel('The court decided').check();
    await page.getByLabel('Why (optional)').fill('The hearing ordered a family assessment.');
    await screenshotWhole(page, 'cases-change-phase-en');
    await expectAccessible(page, 'change phase');
    await page.getByRole('button', { name: 'Save phase change' }).click();
    await expect.poll(() => confirmation.textContent()).toBe('Phase changed to Evaluation.');
    expect(await summary.textContent()).toContain('Evaluation');
    const history = details.locator('.case-history li');
    expect(await history.count()).toBe(2);
    const change = await history.nth(1).textContent();
    expect(change).toContain(formatCalendarDate(today, 'en'));
    expect(change).toContain('Evaluation');
    expect(change).toContain('Decided by the court');
    expect(change).toContain('The hearing ordered a family assessment.');
    await expect
      .poll(() => caseList.getByRole('button', { name: /Family R\. M\./ }).textContent())
      .toContain('Evaluation');

    // The tabs follow the arrow keys.
    await page.getByRole('tab', { name: 'Details' }).focus();
    // Radix moves focus to the next tab in a timeout after the key, so these poll.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByRole('tab', { name: 'Supervision' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('End');
    await expect.poll(() => page.getByRole('tab', { name: 'Details' }).getAttribute('aria-selected')).toBe('true');

    // Close on today's date: the case leaves the open list; reopen brings it back.
    // Closing and archiving sit behind "More actions", not beside "New reflection".
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Close case' }).click();
    expect(await page.getByLabel('Closing date').inputValue()).toBe(today);
    await page.getByRole('button', { name: 'Close the case' }).click();
    await expect.poll(() => confirmation.textContent()).toBe('The case is closed.');
    // Focus goes back to the menu's button it was chosen from.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('More actions');
    expect(await status.textContent()).toBe('Closed');
    expect(await summary.textContent()).toContain(formatCalendarDate(today, 'en'));
    // The sidebar's filter gives way to the case on screen: it stays listed, with its status.
    await expect.poll(() => caseList.getByRole('button', { name: /Family R\. M\..*Closed/ }).isVisible()).toBe(true);
    expect(await sidebar.getByText('No case matches these filters.').count()).toBe(0);
    await expectAccessible(page, 'closed case');
    await page.getByRole('button', { name: 'Reopen case' }).click();
    await expect.poll(() => confirmation.textContent()).toBe('The case is open again.');
    expect(await status.textContent()).toBe('Open');
    await expect.poll(() => caseList.getByRole('button', { name: /Family R\. M\./ }).isVisible()).toBe(true);

    // Archive: still listed while on screen; gone from the everyday list, found with the status filter.
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Archive' }).click();
    await page.getByRole('button', { name: 'Archive the case' }).click();
    await expect.poll(() => confirmation.textContent()).toContain('The case is archived.');
    expect(await status.textContent()).toBe('Archived');
    expect(await page.getByRole('button', { name: 'New reflection' }).count()).toBe(0);
    await expect.poll(() => caseList.getByRole('button', { name: /Family R\. M\..*Archived/ }).isVisible()).toBe(true);
    await sidebar.getByLabel('Status').selectOption('open');
    await expect.poll(() => sidebar.getByText('The filters hide the case on screen.').isVisible()).toBe(true);
    await sidebar.getByLabel('Status').selectOption('archived');
    const archived = caseList.getByRole('button', { name: /Family R\. M\./ });
    await expect.poll(() => archived.isVisible()).toBe(true);
    await sidebar.getByRole('button', { name: 'Home', exact: true }).click();
    await archived.click();
    await expect.poll(() => heading(page)).toBe('Family R. M.');
    await screenshotWhole(page, 'cases-archived-en');
    await expectAccessible(page, 'archived case');

    // In Spanish.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language', { exact: true }).selectOption('es');
    await expect.poll(() => heading(page)).toBe('Configuración');
    const barraLateral = page.getByRole('navigation', { name: 'Navegación principal' });
    await barraLateral
      .getByRole('list', { name: 'Casos' })
      .getByRole('button', { name: /Family R\. M\./ })
      .click();
    await expect.poll(() => heading(page)).toBe('Family R. M.');
    await page.getByRole('button', { name: 'Reabrir caso' }).click();
    await expect.poll(() => confirmation.textContent()).toBe('El caso está vigente de nuevo.');
    await page.getByRole('button', { name: 'Cambiar de fase' }).click();
    expect(await page.getByText('Lo decidió el tribunal').first().isVisible()).toBe(true);
    await screenshotWhole(page, 'cases-case-es');
    await expectAccessible(page, 'case screen (es)');
    await page.getByRole('button', { name: 'Cancelar' }).click();

    await barraLateral.getByRole('button', { name: 'Nuevo caso' }).click();
    await expect.poll(() => heading(page)).toBe('Nuevo caso');
    await page.getByLabel('Seudónimo').fill('Familia S.');
    await page.getByRole('button', { name: 'Agregar una persona' }).click();
    await page.getByRole('button', { name: 'Agregar un objetivo' }).click();
    await screenshotWhole(page, 'cases-new-es');
    await expectAccessible(page, 'new case (es)');

    // Leaving with unsaved work asks first; staying keeps what was typed.
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await barraLateral.getByRole('button', { name: 'Inicio', exact: true }).click();
    await expect.poll(() => asked).toEqual(['Tiene cambios sin guardar. ¿Desea salir sin guardarlos?']);
    expect(await heading(page)).toBe('Nuevo caso');
    expect(await page.getByLabel('Seudónimo').inputValue()).toBe('Familia S.');
  });

  it('keeps a list of 200 cases quick to filter and search', async () => {
    app = await launchApp();
    const { page } = app;
    await createJournal(page);
    const failures = await page.evaluate(async (openedAt) => {
      const api = (window as unknown as { alianza: AlianzaApi }).alianza;
      const phases = ['start', 'evaluation', 'intervention', 'closure'] as const;
      const problems: string[] = [];
      for (let index = 0; index < 200; index += 1) {
        const created = await api.createCase({
          alias: `Family ${String(index).padStart(3, '0')}`,
          phase: phases[index % phases.length]!,
          openedAt,
          parties: [],
          goals: [],
        });
        if (!created.ok) problems.push(created.error.message);
        else if (index % 4 === 0) await api.setCaseStatus({ caseId: created.value.id, status: 'archived' });
      }
      return problems;
    }, today);
    expect(failures).toEqual([]);

    // The list is read when the journal opens.
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlockJournal(page);
    const sidebar = page.getByRole('navigation', { name: 'Main navigation' });
    const count = sidebar.getByText(/^Cases shown:/);
    await expect.poll(() => count.textContent(), { timeout: 20_000 }).toBe('Cases shown: 150 of 200');
    expect(await sidebar.getByRole('list', { name: 'Cases' }).getByRole('listitem').count()).toBe(150);

    const timed = async (action: () => Promise<unknown>, expected: string): Promise<number> => {
      const started = Date.now();
      await action();
      await expect.poll(() => count.textContent()).toBe(expected);
      return Date.now() - started;
    };
    const durations = [
      await timed(() => sidebar.getByLabel('Status').selectOption('all'), 'Cases shown: 200 of 200'),
      await timed(() => sidebar.getByLabel('Phase').selectOption('closure'), 'Cases shown: 50 of 200'),
      await timed(() => sidebar.getByLabel('Find a case').fill('family 19'), 'Cases shown: 3 of 200'),
    ];
    for (const duration of durations) expect(duration).toBeLessThan(1_500);
    await screenshotWhole(page, 'cases-list-200-en');
    await sidebar.getByRole('button', { name: /Family 195/ }).click();
    await expect.poll(() => heading(page)).toBe('Family 195');
    await expectAccessible(page, 'long case list');
  });

  it('offers the newest intact version when a case file is damaged', async () => {
    app = await launchApp();
    const { page } = app;
    await createJournal(page);
    const caseId = await page.evaluate(async (openedAt) => {
      const api = (window as unknown as { alianza: AlianzaApi }).alianza;
      const created = await api.createCase({ alias: 'Family D.', phase: 'start', openedAt, parties: [], goals: [] });
      if (!created.ok) throw new Error(created.error.message);
      // A second save, so the first one is kept as a backup.
      await api.updateCase({ caseId: created.value.id, program: 'Family support programme' });
      return created.value.id;
    }, today);
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlockJournal(page);

    const file = path.join(app.dataDirectory, 'cases', `${caseId}.alz`);
    const bytes = await readFile(file);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0xff;
    await writeFile(file, bytes);

    const sidebar = page.getByRole('navigation', { name: 'Main navigation' });
    await sidebar.getByRole('button', { name: /Family D\./ }).click({ timeout: 20_000 });
    await expect.poll(() => heading(page)).toBe('This case could not be opened');
    expect(await page.getByRole('main').getByRole('alert').first().textContent()).toContain('damaged');
    await screenshotWhole(page, 'cases-damaged-en');
    await expectAccessible(page, 'damaged case');
    await page.getByRole('button', { name: 'Restore the newest intact version' }).click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Family D.');
  });
});
