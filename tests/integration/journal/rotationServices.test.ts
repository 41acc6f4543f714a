import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/handlers/createHandlers';
import { createCaseRequest, entryContent } from '../../unit/journal/journalFixtures';
import { openTestJournal, passphrase, type TestJournal } from './support';

const rotated = 'la frase después de volver a cifrar';
let test: TestJournal;
let caseId: string;

beforeAll(async () => {
  test = await openTestJournal();
  caseId = (await test.services.journal.createCase(createCaseRequest('Familia R.'))).id;
  await test.services.journal.saveEntry({ caseId, entryId: 'r-1', content: entryContent() });
});
afterAll(() => test.close());

describe('a key rotation through the app handlers', () => {
  it('drops search and the case list read under the old key, and everything reads again under the new one', async () => {
    const handlers = createHandlers(test.services);
    expect((await test.services.search.search({ query: 'niño' })).hits).toHaveLength(1);
    expect(test.services.search.status().state).toBe('ready');
    const kit = await handlers.rotateKeys({ currentPassphrase: passphrase, newPassphrase: rotated });
    expect(kit.status.state).toBe('unlocked');
    expect(kit.recoveryKey).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
    // Dropped with the old key, built again on the next search.
    expect(test.services.search.status().state).toBe('empty');
    expect((await test.services.search.search({ query: 'niño' })).hits).toHaveLength(1);
    expect((await test.services.journal.listCases()).map((each) => each.alias)).toEqual(['Familia R.']);
    await test.services.journal.saveEntry({ caseId, entryId: 'r-2', content: entryContent() });
    expect((await test.services.care.verify()).problems).toEqual([]);
  }, 30_000);
});
