/**
 * Home as the work queue of a practitioner with several open cases: reports to share, comments
 * to answer, cases past the reflection interval, drafts, hearings and warnings, each row going
 * to the place to act; the full-width case table sorted by its headings with the mouse and the
 * keyboard; the interval changed in Settings. Screenshots in English and Spanish at 1280×800.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { AlianzaApi } from '../../src/shared/ipc/api';
import { expectAccessible, saveScreenshot, saveWholeScreenshot } from './harness/checks';
import { createJournal, heading } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Monday 9 March 2026, 10:00 in main: the queue counts days from it. */
const now = new Date(2026, 2, 9, 10, 0).getTime();

/**
 * Seven cases as a caseload looks mid-year: sessions at different distances from today, one
 * alliance falling, one case closed and one archived (both long without a session), two drafts,
 * a report to share, a report whose caregiver commented.
 */
function seedCaseload(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const api = (window as unknown as { alianza: AlianzaApi }).alianza;
    const problems: string[] = [];
    const check = (result: { ok: boolean; error?: { message: string } }) => {
      if (!result.ok) problems.push(result.error?.message ?? 'failed');
    };
    const ids: Record<string, string> = {};
    const caregivers: Record<string, string> = {};
    const cases = [
      {
        alias: 'Familia Rojas',
        phase: 'intervention',
        sessions: [
          ['2026-02-02', 7],
          ['2026-02-16', 7],
        ],
      },
      { alias: 'Familia Soto', phase: 'evaluation', sessions: [['2026-02-23', 6]] },
      {
        alias: 'Familia Muñoz',
        phase: 'intervention',
        sessions: [
          ['2026-02-09', 8],
          ['2026-02-16', 8],
          ['2026-02-23', 8],
          ['2026-03-06', 3],
        ],
      },
      { alias: 'Familia Díaz', phase: 'start', sessions: [] },
      {
        alias: 'Familia Pérez',
        phase: 'closure',
        sessions: [
          ['2026-03-04', 7],
          ['2026-03-06', 8],
        ],
      },
      { alias: 'Familia Cerrada', phase: 'closure', sessions: [['2025-10-01', 6]], status: 'closed' },
      { alias: 'Familia Archivada', phase: 'closure', sessions: [['2025-06-01', 6]], status: 'archived' },
    ] as const;
    for (const item of cases) {
      const caregiver = crypto.randomUUID();
      const created = await api.createCase({
        alias: item.alias,
        phase: item.phase,
        openedAt: '2026-01-12',
        parties: [{ id: caregiver, role: 'caregiver', name: `Cuidadora de ${item.alias}`, aliases: [] }],
        goals: [],
      });
      if (!created.ok) {
        problems.push(created.error.message);
        continue;
      }
      ids[item.alias] = created.value.id;
      caregivers[item.alias] = caregiver;
      for (const [sessionDate, rating] of item.sessions) {
        check(
          await api.saveEntry({
            caseId: created.value.id,
            entryId: crypto.randomUUID(),
            content: {
              sessionDate,
              phase: item.phase,
              attendees: [caregiver],
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
          }),
        );
      }
      if ('status' in item && item.status === 'closed')
        check(await api.setCaseStatus({ caseId: created.value.id, status: 'closed', closedAt: '2026-01-30' }));
      if ('status' in item && item.status === 'archived')
        check(await api.setCaseStatus({ caseId: created.value.id, status: 'archived' }));
    }
    check(
      await api.saveDraft({
        draftId: 'draft-soto',
        caseId: ids['Familia Soto']!,
        entryId: crypto.randomUUID(),
        content: {},
      }),
    );
    check(
      await api.saveDraft({
        draftId: 'draft-archived',
        caseId: ids['Familia Archivada']!,
        entryId: crypto.randomUUID(),
        content: {},
      }),
    );
    const toShare = await api.createReport({
      caseId: ids['Familia Rojas']!,
      title: 'Audiencia de revisión de marzo',
      hearing: { kind: 'review', date: '2026-03-20' },
    });
    check(toShare);
    const commented = await api.createReport({
      caseId: ids['Familia Pérez']!,
      title: 'Audiencia preparatoria',
      hearing: { kind: 'first', date: '2026-03-27' },
    });
    check(commented);
    if (commented.ok) {
      const key = { caseId: ids['Familia Pérez']!, reportId: commented.value.id };
      check(
        await api.shareReviewCopy({
          ...key,
          sharedWith: { partyId: caregivers['Familia Pérez']!, date: '2026-03-02', method: 'in-person' },
        }),
      );
      check(
        await api.recordReportComment({
          ...key,
          comment: {
            version: 1,
            section: 'concerns',
            stance: 'disagrees',
            words: 'No falté a esa visita: avisé que estaba enferma.',
            recordedOn: '2026-03-05',
          },
        }),
      );
    }
    return problems;
  });
}

const region = (page: Page, name: RegExp) => page.getByRole('main').getByRole('region', { name });

describe.skipIf(e2eMode === undefined)('home, the work queue', () => {
  it('lists what to do today across the open cases, most urgent first, each row going to the place to act', async () => {
    app = await launchApp({ now: () => now });
    const { page } = app;
    await createJournal(page);
    expect(await page.getByTestId('home-welcome').isVisible()).toBe(true);
    expect(await seedCaseload(page)).toEqual([]);
    await page.reload();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('What to do today');
    expect(await page.getByTestId('home-welcome').count()).toBe(0);

    const main = page.getByRole('main');
    await expect.poll(() => main.getByText('You have 5 open cases.').isVisible()).toBe(true);

    // Reports to share: one, with its last day in words.
    const toShare = region(page, /^1 report to share with the caregiver$/);
    expect(await toShare.getByRole('listitem').count()).toBe(1);
    expect(await toShare.textContent()).toContain('Share the review copy with the caregiver by');

    // Comments to answer.
    const comments = region(page, /^Caregiver comments to answer in 1 report$/);
    expect(await comments.textContent()).toContain('1 comment without an answer, recorded on Mar 5, 2026');

    // Overdue: Díaz never had a reflection (opened 56 days ago), Rojas last on 16 Feb (21 days);
    // Soto's 23 Feb is exactly 14 days: not yet. Closed and archived cases are left out.
    const overdue = region(page, /^2 cases without a reflection for more than 14 days$/);
    const overdueRows = overdue.getByRole('listitem');
    expect(await overdueRows.count()).toBe(2);
    expect(await overdueRows.nth(0).textContent()).toContain('Familia Díaz');
    expect(await overdueRows.nth(0).textContent()).toContain('No reflection yet: opened 56 days ago');
    expect(await overdueRows.nth(1).textContent()).toContain('Last reflection on Feb 16, 2026: 21 days ago');
    expect(await overdue.textContent()).not.toContain('Familia Cerrada');

    // Drafts: only the one of a case that is not archived.
    const drafts = region(page, /^1 unfinished reflection$/);
    expect(await drafts.textContent()).toContain('Familia Soto');
    expect(await drafts.textContent()).not.toContain('Familia Archivada');

    // Hearings and warnings, from the same answer.
    expect(
      await region(page, /^Upcoming hearings$/)
        .getByRole('listitem')
        .count(),
    ).toBe(2);
    expect(await region(page, /^Alliance warnings to look at$/).textContent()).toContain('Familia Muñoz');

    await page.setViewportSize({ width: 1280, height: 800 });
    await saveScreenshot(page, 'home-queue-en');
    await saveWholeScreenshot(page, 'home-queue-whole-en');
    await expectAccessible(page, 'home work queue');

    // The summary moves focus to its list.
    await main
      .getByRole('navigation', { name: 'The lists on this page' })
      .getByRole('button', { name: '1 unfinished reflection' })
      .click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('1 unfinished reflection');

    // Each row goes to the place to act.
    await overdue.getByRole('button', { name: 'New reflection for Familia Díaz' }).click();
    await expect.poll(() => heading(page)).toBe('New reflection');
    await page.getByRole('navigation').getByRole('button', { name: 'Home', exact: true }).click();
    await toShare.getByRole('button').first().click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Audiencia de revisión de marzo');
    await page.getByRole('navigation').getByRole('button', { name: 'Home', exact: true }).click();
    await comments.getByRole('button').first().click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Audiencia preparatoria');
    await page.getByRole('navigation').getByRole('button', { name: 'Home', exact: true }).click();
    await overdue.getByRole('button', { name: /^Familia Rojas/ }).click();
    await expect.poll(() => heading(page)).toBe('Familia Rojas');

    // A longer interval in Settings empties the overdue list but for the case never seen.
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('List an open case on Home after this long without a reflection').selectOption('30');
    await expect.poll(() => page.getByTestId('reflection-interval').getByRole('status').textContent()).toBe('Saved.');
    await page.getByRole('navigation').getByRole('button', { name: 'Home', exact: true }).click();
    const longer = region(page, /^1 case without a reflection for more than 30 days$/);
    await expect.poll(() => longer.getByRole('listitem').count(), { timeout: 20_000 }).toBe(1);
    expect(await longer.textContent()).toContain('Familia Díaz');
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('List an open case on Home after this long without a reflection').selectOption('14');
    await page.getByRole('navigation').getByRole('button', { name: 'Home', exact: true }).click();
    await expect.poll(() => overdue.getByRole('listitem').count(), { timeout: 20_000 }).toBe(2);

    // In Spanish.
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language', { exact: true }).selectOption('es');
    await expect.poll(() => heading(page)).toBe('Configuración');
    await page.getByRole('navigation').getByRole('button', { name: 'Inicio', exact: true }).click();
    await expect.poll(() => heading(page)).toBe('Qué hacer hoy');
    await expect
      .poll(() =>
        region(page, /^2 casos sin reflexión hace más de 14 días$/)
          .getByRole('listitem')
          .count(),
      )
      .toBe(2);
    expect(await main.textContent()).toContain('Última reflexión el 16 feb 2026: hace 21 días');
    expect(await region(page, /^1 informe por compartir con la persona cuidadora$/).count()).toBe(1);
    await saveScreenshot(page, 'home-queue-es');
    await saveWholeScreenshot(page, 'home-queue-whole-es');
    await expectAccessible(page, 'home work queue (es)');
  });

  it('shows every case in a full-width table sorted by its headings, with the mouse and the keyboard', async () => {
    app = await launchApp({ now: () => now });
    const { page } = app;
    await createJournal(page);
    expect(await seedCaseload(page)).toEqual([]);
    await page.reload();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('What to do today');
    await page.getByRole('main').getByRole('button', { name: 'All cases in a table' }).click();
    await expect.poll(() => heading(page)).toBe('All cases');

    const table = page.getByTestId('case-table');
    const aliases = () => table.locator('tbody th').allTextContents();
    await expect
      .poll(aliases)
      .toEqual(['Familia Díaz', 'Familia Muñoz', 'Familia Pérez', 'Familia Rojas', 'Familia Soto']);
    const header = (name: string) => table.getByRole('columnheader', { name });
    expect(await header('Alias').getAttribute('aria-sort')).toBe('ascending');
    expect(await table.locator('tbody tr').nth(1).textContent()).toContain('Falling');

    // A click sorts by last session, the longest waiting first; a second click reverses it.
    await header('Last session').getByRole('button').click();
    expect(await header('Last session').getAttribute('aria-sort')).toBe('ascending');
    expect(await header('Alias').getAttribute('aria-sort')).toBe('none');
    await expect
      .poll(aliases)
      .toEqual(['Familia Díaz', 'Familia Rojas', 'Familia Soto', 'Familia Muñoz', 'Familia Pérez']);
    await page.keyboard.press('Enter');
    await expect.poll(() => header('Last session').getAttribute('aria-sort')).toBe('descending');
    // Muñoz and Pérez share their last session: ties stay by alias.
    expect((await aliases())[0]).toBe('Familia Muñoz');

    // The keyboard reaches the trend's heading: falling first, no trend last.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => header('Alliance trend').getAttribute('aria-sort')).toBe('ascending');
    expect((await aliases())[0]).toBe('Familia Muñoz');
    expect((await aliases()).slice(-2)).toEqual(['Familia Díaz', 'Familia Soto']);

    await page.setViewportSize({ width: 1280, height: 800 });
    await saveScreenshot(page, 'cases-table-en');
    await expectAccessible(page, 'case table');

    await table.getByRole('button', { name: 'Familia Soto' }).click();
    await expect.poll(() => heading(page)).toBe('Familia Soto');

    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language', { exact: true }).selectOption('es');
    await expect.poll(() => heading(page)).toBe('Configuración');
    await page.getByRole('navigation').getByRole('button', { name: 'Todos los casos' }).click();
    await expect.poll(() => heading(page)).toBe('Todos los casos');
    await page.getByRole('columnheader', { name: 'Tendencia de la alianza' }).getByRole('button').click();
    expect(await table.locator('tbody tr').first().textContent()).toContain('En baja');
    await saveScreenshot(page, 'cases-table-es');
    await expectAccessible(page, 'case table (es)');
  });
});
