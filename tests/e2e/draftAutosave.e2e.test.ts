/**
 * The reflection editor's draft autosave, through the real router: typing is kept in one draft a
 * moment after it stops (not one save per key), a form back to blank deletes the draft, and
 * saving the reflection leaves no draft behind nor lets a late timer write one.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { AlianzaApi } from '../../src/shared/ipc/api';
import { createJournal, heading } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';
import { seedFamilyCase } from './harness/seed';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The autosave waits this long after the last change (`useDraftAutosave`'s default). */
const quiet = 2_000;

/** Each stored draft's content as JSON, read through the bridge. */
function draftContents(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const drafts = await (window as unknown as { alianza: AlianzaApi }).alianza.listDrafts();
    if (!drafts.ok) return [`error: ${drafts.error.code}`];
    return drafts.value.map((draft) => JSON.stringify(draft.content));
  });
}

function saveStatus(page: Page): Promise<string | null> {
  return page.getByTestId('save-status').textContent();
}

describe.skipIf(e2eMode?.kind !== 'chromium')('the draft autosave', () => {
  it('saves once after typing stops, deletes the draft when the text goes, and leaves none after saving', async () => {
    app = await launchApp();
    const { page } = app;
    const calls = (method: 'saveDraft' | 'discardDraft') => app!.callsOf!(method);
    await createJournal(page);
    await seedFamilyCase(page, {
      phase: 'evaluation',
      reflection: { sections: [{ title: 'The visit', visibility: 'supervision', text: 'Majo spoke.' }] },
    });
    await page.reload();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('What to do today');
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Family R\./ })
      .click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Family R.');
    await page.getByRole('main').getByRole('button', { name: 'New reflection', exact: true }).click();
    await expect.poll(() => heading(page)).toBe('New reflection');
    const happened = page.getByRole('textbox', { name: 'What happened', exact: true });

    // Many keys, one save: the draft is written once typing has stopped for a moment.
    const before = calls('saveDraft');
    await happened.click();
    await page.keyboard.type('The grandmother came too', { delay: 20 });
    await expect.poll(() => saveStatus(page), { timeout: quiet * 5 }).toMatch(/^Draft saved at \d/);
    expect(calls('saveDraft') - before).toBe(1);
    const kept = await draftContents(page);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toContain('The grandmother came too');
    // Nothing new typed: no further save however long it waits.
    await new Promise((resolve) => setTimeout(resolve, quiet + 500));
    expect(calls('saveDraft') - before).toBe(1);

    // Back to blank, which is the reflection as it started: the draft is deleted, not saved.
    const discards = calls('discardDraft');
    await happened.fill('');
    await expect.poll(() => calls('discardDraft') - discards, { timeout: quiet * 5 }).toBe(1);
    expect(await draftContents(page)).toEqual([]);
    expect(calls('saveDraft') - before).toBe(1);

    // Typed and saved at once: the pending draft save is cancelled and no timer writes one later.
    await happened.fill('Tomás showed his drawing');
    await page.getByRole('main').getByRole('button', { name: 'Save reflection' }).click();
    await expect.poll(() => saveStatus(page), { timeout: 20_000 }).toMatch(/^Saved at/);
    const afterSave = calls('saveDraft');
    await new Promise((resolve) => setTimeout(resolve, quiet + 500));
    expect(calls('saveDraft')).toBe(afterSave);
    expect(await draftContents(page)).toEqual([]);
  });
});
