/**
 * A case file put back to an older copy while the journal was locked: the unlock opens it
 * read-only with a notice naming the file, and "keep the state found" lets writing go on.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCaseRequest, entryContent } from '../unit/journal/journalFixtures';
import { expectAccessible, saveScreenshot } from './harness/checks';
import { createJournal, heading, unlockJournal } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe.skipIf(e2eMode?.kind !== 'chromium')('a journal file put back to an older copy', () => {
  it('is named at unlock, the journal stays readable, and keeping the state found lets saving go on', async () => {
    app = await launchApp();
    const { page, services } = app;
    if (services === undefined) throw new Error('The Chromium harness has services.');
    await createJournal(page);
    const { id: caseId } = await services.journal.createCase(createCaseRequest('Familia R.'));
    await services.journal.saveEntry({ caseId, entryId: 'e-1', content: entryContent() });
    const file = path.join(app.dataDirectory, 'cases', `${caseId}.alz`);
    const older = await readFile(file);
    await services.journal.saveEntry({ caseId, entryId: 'e-2', content: entryContent({ sessionDate: '2025-03-21' }) });

    await page.getByRole('button', { name: 'Lock' }).click();
    await expect.poll(() => heading(page)).toBe('Open your journal');
    await writeFile(file, older);
    await unlockJournal(page);

    const notice = page.getByTestId('rolled-back-notice');
    await expect.poll(() => notice.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await notice.textContent()).toContain(`cases/${caseId}.alz`);
    expect(await notice.textContent()).toContain('read-only');
    await saveScreenshot(page, 'rolled-back-notice');
    await expectAccessible(page, 'rolled-back notice');
    // Read-only until the practitioner chooses: a save is refused, saying why.
    const refused = await services.journal
      .saveEntry({ caseId, entryId: 'e-3', content: entryContent({ sessionDate: '2025-03-28' }) })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'read-only' });

    await page.getByRole('button', { name: 'Keep the state found and go on writing' }).click();
    await expect.poll(() => notice.isVisible()).toBe(false);
    // The case list follows the file kept: its last session is the one that file holds.
    expect((await services.journal.listCases())[0]).toMatchObject({ entryCount: 1, lastSessionDate: '2025-03-14' });
    await services.journal.saveEntry({ caseId, entryId: 'e-3', content: entryContent({ sessionDate: '2025-03-28' }) });
    expect((await services.journal.getCase(caseId)).entries.map((entry) => entry.id)).toEqual(['e-1', 'e-3']);
  }, 120_000);
});
