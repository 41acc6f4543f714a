import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exists, rejection } from '../../unit/vault/fixtures';
import { createCaseRequest, entryContent } from '../../unit/journal/journalFixtures';
import { openTestJournal, passphrase, type TestJournal } from './support';

let test: TestJournal;
let caseId: string;
beforeAll(async () => {
  test = await openTestJournal();
  caseId = (await test.services.journal.createCase(createCaseRequest('Familia R.'))).id;
});
afterAll(() => test.close());

const journal = () => test.services.journal;

/** Flips a byte in the middle of the file, as a failing disk would. */
async function damage(file: string): Promise<void> {
  const bytes = await readFile(file);
  const middle = Math.floor(bytes.length / 2);
  bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
  await writeFile(file, bytes);
}

/** Flips the last byte: the last record of a log, which a save wrote and the disk confirmed. */
async function damageEnd(file: string): Promise<void> {
  const bytes = await readFile(file);
  bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0xff;
  await writeFile(file, bytes);
}

describe('restoring a damaged case file from its backup', () => {
  it('brings back what the damaged log still holds, keeps the damaged file, and updates the case list and search', async () => {
    await journal().saveEntry({ caseId, entryId: 'e-1', content: entryContent() });
    await journal().saveEntry({ caseId, entryId: 'e-2', content: entryContent({ sessionDate: '2025-03-21' }) });
    expect(await test.services.search.search({ query: 'nino' })).toMatchObject({ total: 2 });
    const file = path.join(test.directory, 'cases', `${caseId}.alz`);
    // The case was written whole when created; each reflection was one record added to it.
    await damageEnd(file);

    const error = await rejection(journal().getCase(caseId));
    expect(error.code).toBe('integrity');
    expect(error.file).toBe(file);

    const restored = await journal().restoreBackup({ file: error.file! });
    // The records before the damaged one are whole: the case as it was before "e-2", newer than any backup.
    expect(restored).toEqual({ file, restoredGeneration: 1, damagedPath: expect.stringContaining('.damaged-') });
    expect(await exists(restored.damagedPath!)).toBe(true);
    expect(path.dirname(restored.damagedPath!)).toBe(path.dirname(file));

    const journalCase = await journal().getCase(caseId);
    expect(journalCase.entries.map((entry) => entry.id)).toEqual(['e-1']);
    expect((await journal().listCases())[0]).toMatchObject({ entryCount: 1, lastSessionDate: '2025-03-14' });
    expect(await test.services.search.search({ query: 'nino' })).toMatchObject({ total: 1 });
  });

  it('refuses a readable file, a path outside the vault and a file that is not the journal’s', async () => {
    const file = path.join(test.directory, 'cases', `${caseId}.alz`);
    expect((await rejection(journal().restoreBackup({ file }))).code).toBe('invalid-request');
    const outside = path.join(path.dirname(test.directory), 'settings.json');
    expect((await rejection(journal().restoreBackup({ file: outside }))).code).toBe('invalid-request');
    const header = path.join(test.directory, 'vault.json');
    expect((await rejection(journal().restoreBackup({ file: header }))).code).toBe('invalid-request');
  });

  it('brings back the previous generation when the first record of a log is damaged', async () => {
    // Opened again, the first change writes the case whole: its state before is a backup.
    await test.services.vault.lock();
    await test.services.vault.unlock(passphrase);
    const file = path.join(test.directory, 'cases', `${caseId}.alz`);
    await journal().saveEntry({ caseId, entryId: 'e-3', content: entryContent({ sessionDate: '2025-03-28' }) });
    await damage(file);
    const restored = await journal().restoreBackup({ file });
    expect(restored.restoredGeneration).toBeGreaterThan(0);
    expect((await journal().getCase(caseId)).entries.map((entry) => entry.id)).toEqual(['e-1']);
  });

  it('restores a damaged index and rebuilds the case list from the case files', async () => {
    const other = await journal().createCase(createCaseRequest('Familia S.'));
    const index = path.join(test.directory, 'index.alz');
    await damage(index);
    test.services.journal.forget();
    const error = await rejection(journal().listCases());
    expect(error).toMatchObject({ code: 'integrity', file: index });
    await journal().restoreBackup({ file: index });
    // The backup predates "Familia S."; its case file brings it back into the list.
    expect((await journal().listCases()).map((summary) => [summary.id, summary.alias])).toEqual([
      [caseId, 'Familia R.'],
      [other.id, 'Familia S.'],
    ]);
  });
});
