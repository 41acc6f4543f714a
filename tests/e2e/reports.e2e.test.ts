import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { SavePathRequest } from '../../src/main/exports/exportService';
import type { AlianzaApi } from '../../src/shared/ipc/api';
import { expectAccessible, saveWholeScreenshot } from './harness/checks';
import { createJournal, heading } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';
import { seedFamilyCase } from './harness/seed';

let app: LaunchedApp | undefined;
let exportDirectory: string | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  if (exportDirectory !== undefined) await rm(exportDirectory, { recursive: true, force: true });
  exportDirectory = undefined;
});

const reportableMarker = 'REPORTABLE-4417';
const privateMarker = 'PRIVATE-9902-ONLY-MINE';
const reportTitle = 'Review hearing, March';

/** The family's case, with one reflection: a reportable observation and a private note. */
function seedCase(page: Page): Promise<string> {
  return seedFamilyCase(page, {
    phase: 'intervention',
    reflection: {
      sections: [
        {
          id: 'section-home-visit',
          title: 'Home visit',
          visibility: 'reportable',
          statementType: 'observation',
          text: `The flat was tidy and Tomás had his school things ready. ${reportableMarker}`,
        },
        { id: 'section-private', title: 'Only for me', visibility: 'private', text: `I felt judged. ${privateMarker}` },
      ],
      ratings: { practitioner: { bond: 5, goals: 6, tasks: 5 } },
    },
  });
}

function main(page: Page): Locator {
  return page.getByRole('main');
}

function section(page: Page, name: string): Locator {
  return main(page)
    .locator('section.reports-section')
    .filter({ has: page.getByRole('heading', { name, exact: true }) });
}

/** A button among the actions the shown version allows. */
function action(page: Page, name: string): Locator {
  return page.getByRole('group', { name: 'What you can do now' }).getByRole('button', { name, exact: true });
}

/** Chooses one of the actions kept in the "More actions" menu. */
async function chooseMore(page: Page, name: string): Promise<void> {
  await action(page, 'More actions').click();
  await page.getByRole('menu').getByRole('menuitem', { name, exact: true }).click();
  await expect.poll(() => page.getByRole('menu').count()).toBe(0);
}

/** The actions the "More actions" menu offers now; the menu is closed again with Escape. */
async function moreActions(page: Page): Promise<string[]> {
  await action(page, 'More actions').click();
  const items = page.getByRole('menu').getByRole('menuitem');
  await expect.poll(() => items.count()).toBeGreaterThan(0);
  const names = await items.allTextContents();
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('menu').count()).toBe(0);
  return names;
}

function confirmation(page: Page): Promise<string | null> {
  return page.getByTestId('report-confirmation').textContent();
}

function status(page: Page): Promise<string | null> {
  return page.getByTestId('report-status').textContent();
}

/** A calendar date `days` from today on this computer's calendar. */
function dateFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

async function docxText(file: string): Promise<string> {
  const files = unzipSync(new Uint8Array(await readFile(file)));
  return Object.entries(files)
    .filter(([name]) => name.startsWith('word/') && name.endsWith('.xml'))
    .map(([, bytes]) => strFromU8(bytes))
    .join('\n');
}

describe.skipIf(e2eMode === undefined)('court reports', () => {
  it('drafts with journal text, shares, records comments, revises, compares, finalizes, exports and submits', async () => {
    exportDirectory = await mkdtemp(path.join(tmpdir(), 'alianza-report-'));
    const folder = exportDirectory;
    const asked: SavePathRequest[] = [];
    app = await launchApp({
      chooseSavePath: async (request) => {
        asked.push(request);
        return path.join(folder, request.suggestedName);
      },
    });
    const { page } = app;
    await createJournal(page);
    const caseId = await seedCase(page);
    await page.reload();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('What to do today');
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Family R\./ })
      .click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Family R.');

    // The case's Court reports tab: none yet, then a new one for a review hearing.
    await page.getByRole('tab', { name: 'Court reports' }).click();
    await expect.poll(() => main(page).getByText('No court report yet.', { exact: false }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'New court report…' }).click();
    await page.getByLabel('Title', { exact: true }).fill(reportTitle);
    await page.getByLabel('Court (optional)').fill('Family Court');
    const reviewDays = page.getByLabel('Working days the caregiver has the review copy before the hearing');
    expect(await reviewDays.inputValue()).toBe('3');
    await page.getByLabel('Kind of hearing').selectOption('review');
    expect(await reviewDays.inputValue()).toBe('5');
    // The hearing is close: the review window cannot be met, so finalizing will need a reason.
    await page.getByLabel('Hearing date (optional)').fill(dateFromToday(2));
    await saveWholeScreenshot(page, 'report-new-en');
    await expectAccessible(page, 'new court report');
    await page.getByRole('button', { name: 'Create report' }).click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe(reportTitle);
    expect(await status(page)).toBe('Draft');
    expect(await page.getByTestId('review-window-warning').textContent()).toContain('fewer than the 5 you set');
    // The road: a draft now, sharing next, with Home's words for when; sharing is the primary action.
    const road = page.getByRole('list', { name: 'Where this report is' });
    expect(await road.locator('[aria-current="step"]').textContent()).toContain('Draft');
    expect(await page.getByTestId('report-next-step').textContent()).toContain('share the review copy');
    expect(await action(page, 'Share review copy…').getAttribute('class')).toContain('primary');
    // The facts from the journal read one line each, to be checked before sharing.
    const identification = section(page, 'Identification');
    expect(await identification.getByTestId('statement').allTextContents()).toEqual([
      expect.stringContaining('Case reference: C-1234-2024.'),
      expect.stringContaining('Court: Family Court.'),
      expect.stringContaining('Child: Tomás.'),
    ]);
    expect(await identification.getByTestId('fact-check').count()).toBe(3);

    // The details can change until the report is submitted.
    // The actions any step allows wait in a menu; it is checked open, then one is chosen.
    await action(page, 'More actions').click();
    await expect.poll(() => page.getByRole('menuitem', { name: 'Edit details…' }).isVisible()).toBe(true);
    await saveWholeScreenshot(page, 'report-more-actions-en');
    await expectAccessible(page, 'more actions menu');
    await page.keyboard.press('Escape');
    await chooseMore(page, 'Edit details…');
    await expect
      .poll(() => page.getByLabel('Title', { exact: true }).evaluate((element) => element === document.activeElement))
      .toBe(true);
    const court = page.getByLabel('Court (optional)');
    expect(await court.inputValue()).toBe('Family Court');
    await court.fill('Family Court 2');
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => confirmation(page)).toBe('The report details were saved.');
    expect(await page.locator('.reports-header').textContent()).toContain('Family Court 2');
    await expect
      .poll(() => action(page, 'More actions').evaluate((element) => element === document.activeElement))
      .toBe(true);
    // The court's fact follows the renamed court; it is still to be checked, then confirmed.
    const courtFact = identification.getByTestId('statement').nth(1);
    await expect.poll(() => courtFact.textContent()).toContain('Court: Family Court 2.');
    await courtFact.getByRole('button', { name: 'Statement 2 of “Identification” is true' }).click();
    await expect.poll(() => identification.getByTestId('fact-check').count()).toBe(2);
    // A click opens a statement's editor; Done reads it as one line again.
    await courtFact.getByRole('button', { name: /^Edit statement 2 of “Identification”/ }).click();
    expect(await identification.getByLabel('Text of statement 2').inputValue()).toBe('Court: Family Court 2.');
    await identification.getByRole('button', { name: 'Done with statement 2 of “Identification”' }).click();
    await expect.poll(() => identification.getByLabel('Text of statement 2').count()).toBe(0);

    // Insert from journal: the reportable section is offered, the private one never.
    await chooseMore(page, 'Insert from journal…');
    const excerpts = page.getByTestId('excerpts');
    await expect.poll(() => excerpts.textContent(), { timeout: 20_000 }).toContain(reportableMarker);
    const panelText = (await main(page).locator('.reports-excerpts').textContent()) ?? '';
    expect(panelText).not.toContain(privateMarker);
    expect(panelText).not.toContain('Only for me');
    await page.getByLabel('Filter by words').fill('nothing-like-this');
    await expect.poll(() => main(page).getByText('No reportable text matches these words.').isVisible()).toBe(true);
    await page.getByLabel('Filter by words').fill('school tidy');
    await page.getByLabel('Insert into').selectOption('intervention');
    await saveWholeScreenshot(page, 'report-insert-en');
    await expectAccessible(page, 'insert from journal');
    await excerpts.getByRole('button', { name: 'Insert' }).click();
    await expect
      .poll(() => main(page).locator('.reports-excerpts').getByRole('status').textContent())
      .toContain('Inserted into “The intervention so far”');
    await expect.poll(() => excerpts.getByText('Already in this report').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    const intervention = section(page, 'The intervention so far');
    const inserted = intervention
      .getByTestId('statement')
      .filter({ has: page.getByText('From the journal', { exact: true }) });
    await expect.poll(() => inserted.count()).toBe(1);
    expect(await inserted.getByTestId('statement-badge').textContent()).toBe('Observation');
    await inserted.getByRole('button', { name: /^Edit statement/ }).click();
    const insertedText = inserted.getByRole('textbox').first();
    expect(await insertedText.inputValue()).toContain(reportableMarker);

    // The caregiver's view, in her words; saved with Ctrl+S.
    const view = section(page, 'The caregiver’s view');
    expect(await view.getByLabel('Why the caregiver’s view is not recorded').isVisible()).toBe(true);
    await view.getByRole('button', { name: 'Add a statement' }).click();
    const viewText = view.getByLabel('Text of statement 1');
    await expect.poll(() => viewText.evaluate((element) => element === document.activeElement)).toBe(true);
    await viewText.fill('María José says she wants the visits to continue at home.');
    await view.getByLabel('Kind of statement').selectOption('opinion');
    await view.getByLabel('Whose opinion').selectOption({ label: 'María José Pérez (Caregiver)' });
    expect(await view.getByTestId('statement-badge').textContent()).toBe('Opinion – María José Pérez (Caregiver)');
    expect(await page.getByTestId('report-save-status').textContent()).toBe('Changes not saved yet.');
    // It cites the session it was said in: the dates are folded until wanted.
    await view.getByText('Sessions: none chosen').click();
    await view.getByLabel('Feb 3, 2025 (Intervention)').check();
    expect(await view.locator('summary').textContent()).toBe('Sessions: Feb 3, 2025 (Intervention)');
    // Statements can be added, moved and removed.
    await view.getByRole('button', { name: 'Add a statement' }).click();
    await view.getByLabel('Text of statement 2').fill('A second thought, to be moved and removed.');
    // Every section has these buttons: their names say which section they belong to.
    await view.getByRole('button', { name: 'Move statement 2 of “The caregiver’s view” up' }).click();
    expect(await view.getByLabel('Text of statement 1').inputValue()).toBe(
      'A second thought, to be moved and removed.',
    );
    await view.getByRole('button', { name: 'Remove statement 1 of “The caregiver’s view”' }).click();
    await expect.poll(() => view.getByTestId('statement').count()).toBe(1);
    expect(await viewText.inputValue()).toBe('María José says she wants the visits to continue at home.');
    // Leaving with unsaved changes asks first; staying keeps them.
    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: 'Back to the case' }).click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toContain('changes that are not saved');
    expect(await heading(page)).toBe(reportTitle);
    // Sharing waits for the changes to be saved, so the caregiver reads what is on screen.
    await action(page, 'Share review copy…').click();
    await expect.poll(() => main(page).getByRole('alert').textContent()).toContain('Save the draft first');
    expect(await page.getByRole('button', { name: 'Record as shared' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await viewText.press('Control+s');
    await expect.poll(() => page.getByTestId('report-save-status').textContent()).toMatch(/^Saved at /);
    await saveWholeScreenshot(page, 'report-editor-en');
    await expectAccessible(page, 'report editor');

    // What one family member said about another waits for a decision, and so does sharing.
    const concerns = section(page, 'Concerns');
    await concerns.getByRole('button', { name: 'Add a statement' }).click();
    await concerns.getByLabel('Text of statement 1').fill('María José says Tomás is afraid of the dark.');
    await concerns.getByLabel('One family member told this about another').check();
    await page.getByRole('button', { name: 'Save draft' }).first().click();
    await expect.poll(() => page.getByTestId('report-save-status').textContent()).toMatch(/^Saved at /);
    await action(page, 'Share review copy…').click();
    await expect
      .poll(() => page.getByTestId('share-pending').textContent())
      .toContain('Decide what to do with what family members told before sharing');
    expect(await page.getByRole('button', { name: 'Record as shared' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await concerns.getByRole('radio', { name: 'Share it' }).check();
    await page.getByRole('button', { name: 'Save draft' }).first().click();
    await expect.poll(() => page.getByTestId('report-save-status').textContent()).toMatch(/^Saved at /);

    // Share the review copy: the version is frozen.
    await action(page, 'Share review copy…').click();
    await page.getByRole('radio', { name: 'By post' }).check();
    await page.getByRole('button', { name: 'Record as shared' }).click();
    await expect.poll(() => status(page)).toBe('Shared with the caregiver');
    expect(await confirmation(page)).toContain('The review copy is recorded as shared');
    expect(await page.getByTestId('version-note').textContent()).toMatch(
      /Review copy given to María José Pérez on .+, by post\./,
    );
    expect(await main(page).getByRole('button', { name: 'Save draft' }).count()).toBe(0);

    // Two comments, in her words, and what was done about the first.
    await intervention.getByRole('button', { name: 'Record caregiver’s comment…' }).click();
    await page.getByRole('radio', { name: 'Asks for a correction' }).check();
    await page
      .getByLabel('Their words, exactly as they said or wrote them')
      .fill('The school things were ready because my mother helped, please say so.');
    await page.getByLabel('Line (optional)').fill('12');
    await page.getByRole('button', { name: 'Record comment' }).click();
    await expect.poll(() => confirmation(page)).toBe('The caregiver’s comment is recorded.');
    await view.getByRole('button', { name: 'Record caregiver’s comment…' }).click();
    await page.getByRole('radio', { name: 'Agrees', exact: true }).check();
    await page.getByLabel('Their words, exactly as they said or wrote them').fill('Yes, that is what I want.');
    await page.getByRole('button', { name: 'Record comment' }).click();
    await expect.poll(() => main(page).getByTestId('caregiver-comment').count()).toBe(2);
    const correction = intervention.getByTestId('caregiver-comment');
    expect(await correction.textContent()).toContain('line 12');
    await correction.getByRole('button', { name: 'What I did…' }).click();
    await page.getByRole('radio', { name: 'Changed the report' }).check();
    await page.getByLabel('What changed, or why not').fill('Added that her mother helps with school.');
    await page.getByRole('button', { name: 'Save what I did' }).click();
    await expect.poll(() => correction.textContent()).toContain('Added that her mother helps with school.');
    // Every comment gets an answer before the final version: the final report prints each one.
    const agreement = view.getByTestId('caregiver-comment');
    // The answer just saved is read again in the background; open the next form once that settles.
    await expect.poll(() => page.getByRole('button', { name: 'Save what I did' }).count()).toBe(0);
    const noChange = page.getByRole('radio', { name: 'No change needed' });
    // A late background read can close the form just opened: open it again until the choice holds.
    await expect
      .poll(
        async () => {
          if ((await noChange.count()) === 0)
            await agreement
              .getByRole('button', { name: 'What I did…' })
              .click({ timeout: 2_000 })
              .catch(() => undefined);
          await noChange.check({ timeout: 2_000 }).catch(() => undefined);
          return noChange.isChecked({ timeout: 1_000 }).catch(() => false);
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await page.getByLabel('What changed, or why not').fill('Her wish is in the report in her words.');
    await page.getByRole('button', { name: 'Save what I did' }).click();
    await expect.poll(() => agreement.textContent()).toContain('Her wish is in the report in her words.');
    // The shared version shows the lines as the caregiver's copy numbers them.
    expect(await main(page).getByTestId('numbered-lines').count()).toBeGreaterThan(0);
    expect(await intervention.getByTestId('numbered-lines').first().textContent()).toMatch(/^\d+/);
    expect(await road.locator('[aria-current="step"]').textContent()).toContain('Comments');
    expect(await action(page, 'Start a new version').getAttribute('class')).toContain('primary');
    await saveWholeScreenshot(page, 'report-shared-comments-en');
    await expectAccessible(page, 'shared version with comments');

    // A new version, edited after the caregiver's review.
    await action(page, 'Start a new version').click();
    await expect.poll(() => confirmation(page)).toContain('Version 2 is a new draft, copied from version 1.');
    expect(await status(page)).toBe('Draft');
    const revisedStatement = section(page, 'The intervention so far')
      .getByTestId('statement')
      .filter({ has: page.getByText('From the journal', { exact: true }) });
    await revisedStatement.getByRole('button', { name: /^Edit statement/ }).click();
    const revisedText = revisedStatement.getByRole('textbox').first();
    await revisedText.fill(
      `The flat was tidy and Tomás had his school things ready, with his grandmother's help. ${reportableMarker}`,
    );
    await page.getByRole('button', { name: 'Save draft' }).first().click();
    await expect.poll(() => page.getByTestId('report-save-status').textContent()).toMatch(/^Saved at /);

    // Every version stays readable.
    await page.getByLabel('Version shown').selectOption('1');
    await expect.poll(() => page.getByTestId('report-reader').isVisible()).toBe(true);
    expect(await page.getByTestId('report-reader').textContent()).not.toContain('grandmother');
    await page.getByLabel('Version shown').selectOption('2');

    // Compare the two versions: the words added are marked, with words for screen readers.
    await chooseMore(page, 'Compare versions…');
    await page.getByLabel('Earlier version').selectOption('1');
    await page.getByLabel('Later version').selectOption('2');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const comparison = page.getByTestId('report-comparison');
    await expect.poll(() => comparison.isVisible(), { timeout: 20_000 }).toBe(true);
    const changed = comparison.locator('[data-section="intervention"] [data-change="changed"]');
    await expect.poll(() => changed.count()).toBe(1);
    const added = (await changed.locator('ins').allTextContents()).join(' ');
    expect(added).toContain('grandmother');
    expect(added).toContain('added:');
    await saveWholeScreenshot(page, 'report-compare-en');
    await expectAccessible(page, 'version comparison');
    await chooseMore(page, 'Compare versions…');

    // Checks: the review window fails and stays listed; going on needs a reason.
    await action(page, 'Check and finalize…').click();
    const checks = page.getByTestId('report-checks');
    await expect.poll(() => checks.locator(':scope > li').count(), { timeout: 20_000 }).toBe(6);
    // The facts from the journal never confirmed are listed, each by where it is.
    const factsCheck = checks.locator(':scope > li').filter({ hasText: 'Every fact Alianza took from the journal' });
    expect(await factsCheck.textContent()).toContain('Not passed');
    expect(await factsCheck.textContent()).toContain('Not checked yet: statement 3 of “Identification”');
    expect(
      await checks
        .locator(':scope > li')
        .filter({ hasText: 'Every comment of the caregiver has an answer' })
        .textContent(),
    ).toContain('Passed');
    const windowCheck = checks.locator(':scope > li').filter({ hasText: 'at least 5 working days before the hearing' });
    expect(await windowCheck.textContent()).toContain('Not passed');
    expect(
      await checks.locator(':scope > li').filter({ hasText: 'No text came from a private section' }).textContent(),
    ).toContain('Passed');
    await page.getByRole('button', { name: 'Make this version final' }).click();
    await expect
      .poll(() => main(page).getByText('Give a reason to go on, or fix the checks first.').isVisible())
      .toBe(true);
    await saveWholeScreenshot(page, 'report-checks-en');
    await expectAccessible(page, 'checks before final');
    await page
      .getByLabel('Why you go on although a check did not pass')
      .fill('The court set the hearing two days after the review copy; the caregiver agreed to go ahead.');
    await page.getByRole('button', { name: 'Make this version final' }).click();
    await expect.poll(() => status(page), { timeout: 20_000 }).toBe('Final');
    expect(await page.getByTestId('version-note').textContent()).toContain(
      'Reason recorded: The court set the hearing',
    );
    // What the final report prints stays as it is: details and comments change only in a new version.
    expect(await moreActions(page)).not.toContain('Edit details…');
    expect(await main(page).getByRole('button', { name: 'Record caregiver’s comment…' }).count()).toBe(0);
    expect(await main(page).getByRole('button', { name: 'What I did…' }).count()).toBe(0);
    expect(await page.getByTestId('final-locked').textContent()).toContain('start a new version first');

    const reports = await page.evaluate(async (id) => {
      const api = (window as unknown as { alianza: AlianzaApi }).alianza;
      const result = await api.listReports({ caseId: id });
      return result.ok ? result.value : [];
    }, caseId);
    expect(reports[0]?.versions.map((version) => version.status)).toEqual(['shared', 'final']);
    expect(reports[0]?.versions[1]?.finalized?.override?.reason).toContain('The court set the hearing');
    expect(reports[0]?.comments).toHaveLength(2);

    if (app.mode === 'chromium') {
      // Export: the review copy of version 1 (as the caregiver read it), then the final report.
      const saved = page.getByTestId('brief-saved');
      await page.getByLabel('Version shown').selectOption('1');
      await chooseMore(page, 'Export…');
      expect(await page.getByRole('radio', { name: 'Final report for the court' }).count()).toBe(0);
      await page.getByRole('radio', { name: 'Markdown text' }).check();
      await main(page).locator('form').getByRole('button', { name: 'Export…' }).click();
      await expect.poll(() => saved.isVisible(), { timeout: 30_000 }).toBe(true);
      const reviewMarkdownPath = path.join(folder, asked.at(-1)!.suggestedName);
      expect(await saved.textContent()).toContain(reviewMarkdownPath);
      expect(await saved.textContent()).toMatch(/[0-9a-f]{64}/);
      const reviewMarkdown = await readFile(reviewMarkdownPath, 'utf8');
      expect(reviewMarkdown).toContain('DRAFT');
      expect(reviewMarkdown).toContain(reportableMarker);
      expect(reviewMarkdown).not.toContain(privateMarker);
      await page.getByRole('radio', { name: 'Word document (DOCX)' }).check();
      await main(page).locator('form').getByRole('button', { name: 'Export…' }).click();
      await expect.poll(() => asked.length).toBe(2);
      await expect.poll(() => saved.textContent(), { timeout: 30_000 }).toContain('.docx');
      const reviewDocx = await docxText(path.join(folder, asked[1]!.suggestedName));
      expect(reviewDocx).toContain('DRAFT');
      expect(reviewDocx).not.toContain(privateMarker);
      await saveWholeScreenshot(page, 'report-export-review-en');
      await expectAccessible(page, 'review copy exported');

      await page.getByLabel('Version shown').selectOption('2');
      await chooseMore(page, 'Export…');
      // The review copy is made only from a shared version: the frozen text the caregiver reads.
      // A menu item runs once the menu has closed: the panel is polled for, then read.
      await expect
        .poll(() => main(page).getByText('Share the version first.', { exact: false }).isVisible())
        .toBe(true);
      expect(await page.getByRole('radio', { name: 'Review copy for the caregiver' }).count()).toBe(0);
      await page.getByRole('radio', { name: 'Final report for the court' }).check();
      await page.getByRole('radio', { name: 'Word document (DOCX)' }).check();
      await main(page).locator('form').getByRole('button', { name: 'Export…' }).click();
      await expect.poll(() => asked.length).toBe(3);
      await expect.poll(() => saved.isVisible(), { timeout: 30_000 }).toBe(true);
      const finalDocx = await docxText(path.join(folder, asked[2]!.suggestedName));
      expect(finalDocx).toContain('grandmother');
      expect(finalDocx).not.toContain(privateMarker);
      await page.getByRole('radio', { name: 'Markdown text' }).check();
      await main(page).locator('form').getByRole('button', { name: 'Export…' }).click();
      await expect.poll(() => asked.length).toBe(4);
      await expect.poll(() => saved.textContent(), { timeout: 30_000 }).toContain('.md');
      const finalMarkdown = await readFile(path.join(folder, asked[3]!.suggestedName), 'utf8');
      expect(finalMarkdown).toContain('Added that her mother helps with school.');
      expect(finalMarkdown).not.toContain(privateMarker);
      const documents = main(page).getByRole('region', { name: 'Documents exported from this version' });
      await expect.poll(() => documents.getByRole('row').count()).toBe(3);

      // Submitted: frozen for good, its documents' SHA-256 kept with it.
      await action(page, 'Mark as submitted…').click();
      expect(await page.getByLabel('Court', { exact: true }).inputValue()).toBe('Family Court 2');
      await page.getByRole('button', { name: 'Mark as submitted', exact: true }).click();
      await expect.poll(() => status(page), { timeout: 20_000 }).toBe('Submitted');
      expect(await action(page, 'Start a new version').count()).toBe(0);
      expect(await moreActions(page)).not.toContain('Edit details…');
      // The two final files exported before submission are what went to court, with their SHA-256.
      const sent = main(page).getByRole('region', { name: 'What went to court' });
      await expect.poll(() => sent.getByRole('row').count()).toBe(3);
      expect(await sent.textContent()).toContain(asked[2]!.suggestedName);
      expect(await sent.textContent()).toMatch(/[0-9a-f]{64}/);
      await saveWholeScreenshot(page, 'report-submitted-en');
      await expectAccessible(page, 'submitted report');
    }

    // The case lists the report with its newest status and versions.
    await page.getByRole('button', { name: 'Back to the case' }).click();
    await expect.poll(() => heading(page)).toBe('Family R.');
    expect(await page.getByRole('tab', { name: 'Court reports' }).getAttribute('aria-selected')).toBe('true');
    const listed = main(page).locator('.reports-item').filter({ hasText: reportTitle });
    await expect.poll(() => listed.textContent()).toContain('2 versions');
    expect(await listed.textContent()).toContain('Review hearing');
    await saveWholeScreenshot(page, 'report-list-en');

    // In Spanish: the report screen.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language', { exact: true }).selectOption('es');
    await expect.poll(() => heading(page)).toBe('Configuración');
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Family R\./ })
      .click();
    await page.getByRole('tab', { name: 'Informes al tribunal' }).click();
    await main(page).locator('.reports-item').filter({ hasText: reportTitle }).getByRole('button').click();
    await expect.poll(() => heading(page)).toBe(reportTitle);
    expect(await page.getByLabel('Versión que se muestra').isVisible()).toBe(true);
    expect(await section(page, 'La opinión de la persona cuidadora').isVisible()).toBe(true);
    await saveWholeScreenshot(page, 'report-es');
    await expectAccessible(page, 'court report (es)');
    // The menu in Spanish, open: its items, axe, and Escape gives focus back to its button.
    const more = page
      .getByRole('group', { name: 'Lo que puede hacer ahora' })
      .getByRole('button', { name: 'Más acciones' });
    await more.click();
    const items = page.getByRole('menu').getByRole('menuitem');
    await expect.poll(() => items.allTextContents()).toEqual(['Exportar…', 'Comparar versiones…']);
    await expectAccessible(page, 'more actions menu (es)');
    await page.keyboard.press('Escape');
    await expect.poll(() => more.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});
