import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../../unit/vault/fixtures';
import { createCaseRequest, entryContent } from '../../unit/journal/journalFixtures';
import { openTestJournal, passphrase, type TestJournal } from './support';

let test: TestJournal;
let caseId: string;
beforeAll(async () => {
  test = await openTestJournal(new Date(2025, 2, 14, 18, 0));
  caseId = (await test.services.journal.createCase(createCaseRequest('Familia R.'))).id;
});
afterAll(() => test.close());

const journal = () => test.services.journal;

describe('reflections', () => {
  it('saves a new reflection with both timestamps at now, and counts it in the case list', async () => {
    const entry = await journal().saveEntry({ caseId, entryId: 'e-1', content: entryContent() });
    expect(entry).toMatchObject({ id: 'e-1', history: [], createdAt: test.clock.now().toISOString() });
    const [summary] = await journal().listCases();
    expect(summary).toMatchObject({ entryCount: 1, lastSessionDate: '2025-03-14', recentAllianceScores: [13 / 3] });
  });

  it('replaces the content of a same-day edit without a history item', async () => {
    test.clock.set(new Date(2025, 2, 14, 22, 45));
    const content = entryContent({ feelingNote: 'Más tranquila al final.' });
    const entry = await journal().saveEntry({ caseId, entryId: 'e-1', content, reason: 'ignored today' });
    expect(entry.feelingNote).toBe('Más tranquila al final.');
    expect(entry.history).toEqual([]);
    expect(entry.updatedAt).toBe(test.clock.now().toISOString());
  });

  it('keeps the earlier version with the reason when the reflection is revised on a later day', async () => {
    test.clock.set(new Date(2025, 2, 15, 9, 0));
    const content = entryContent({ feelingNote: 'Revisado después de supervisión.' });
    const entry = await journal().saveEntry({ caseId, entryId: 'e-1', content, reason: 'after supervision' });
    expect(entry.history).toHaveLength(1);
    expect(entry.history[0]).toMatchObject({
      editedAt: test.clock.now().toISOString(),
      reason: 'after supervision',
      previous: { feelingNote: 'Más tranquila al final.' },
    });
    const stored = (await journal().getCase(caseId)).entries[0];
    expect(stored).toEqual(entry);
  });

  it('refuses a reflection that names a party the case does not have, and saves nothing', async () => {
    const content = entryContent({ attendees: ['p-stranger'] });
    const error = await rejection(journal().saveEntry({ caseId, entryId: 'e-2', content }));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('unknown party "p-stranger"');
    expect((await journal().getCase(caseId)).entries).toHaveLength(1);
  });

  it('saves two reflections sent at once without losing either', async () => {
    await Promise.all([
      journal().saveEntry({ caseId, entryId: 'e-3', content: entryContent({ sessionDate: '2025-03-21' }) }),
      journal().saveEntry({ caseId, entryId: 'e-4', content: entryContent({ sessionDate: '2025-03-28' }) }),
    ]);
    const ids = (await journal().getCase(caseId)).entries.map((entry) => entry.id);
    expect(ids).toEqual(['e-1', 'e-3', 'e-4']);
  });
});

describe('drafts', () => {
  const draft = (draftId: string, entryId: string, text: string) => ({
    draftId,
    caseId,
    entryId,
    content: { sections: [{ title: 'Lo que pasó', text }] },
  });

  it('saves a draft encrypted, lists it newest first, and discards it', async () => {
    test.clock.set(new Date(2025, 2, 16, 10, 0));
    const saved = await journal().saveDraft(draft('d-1', 'e-10', 'La abuela llamó'));
    expect(saved).toEqual({ ...draft('d-1', 'e-10', 'La abuela llamó'), savedAt: test.clock.now().toISOString() });
    test.clock.set(new Date(2025, 2, 16, 10, 5));
    await journal().saveDraft(draft('d-2', 'e-11', 'Visita domiciliaria'));
    expect((await journal().listDrafts()).map((item) => item.draftId)).toEqual(['d-2', 'd-1']);
    await journal().discardDraft('d-2');
    expect((await journal().listDrafts()).map((item) => item.draftId)).toEqual(['d-1']);
    await journal().discardDraft('d-2');
  });

  it('removes the drafts of a reflection once it is saved, and only those', async () => {
    await journal().saveDraft(draft('d-3', 'e-12', 'otra'));
    await journal().saveEntry({ caseId, entryId: 'e-10', content: entryContent({ sessionDate: '2025-03-16' }) });
    expect((await journal().listDrafts()).map((item) => item.draftId)).toEqual(['d-3']);
  });

  it('survives lock and unlock', async () => {
    await test.services.vault.lock();
    expect((await rejection(journal().listDrafts())).code).toBe('locked');
    expect((await rejection(journal().saveDraft(draft('d-4', 'e-13', 'x')))).code).toBe('locked');
    await test.services.vault.unlock(passphrase);
    expect((await journal().listDrafts()).map((item) => item.draftId)).toEqual(['d-3']);
  });

  it('leaves a damaged draft out of the list without hiding the others, and fails only when it is saved over', async () => {
    const { writeFile } = await import('node:fs/promises');
    const path = await import('node:path');
    await journal().saveDraft(draft('d-5', 'e-14', 'dañado'));
    await writeFile(path.join(test.directory, 'drafts', 'd-5.alz'), 'not an encrypted file');
    expect((await journal().listDrafts()).map((item) => item.draftId)).toEqual(['d-3']);
    const error = await rejection(journal().saveDraft(draft('d-5', 'e-14', 'de nuevo')));
    expect(error.code).toBe('integrity');
    expect(error.file).toBe(path.join(test.directory, 'drafts', 'd-5.alz'));
    await journal().discardDraft('d-5');
    expect((await journal().listDrafts()).map((item) => item.draftId)).toEqual(['d-3']);
  });

  it('refuses a draft id that cannot be a file name', async () => {
    expect((await rejection(journal().saveDraft(draft('a.b', 'e-1', 'x')))).code).toBe('invalid-request');
  });
});
