import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../../unit/vault/fixtures';
import { createCaseRequest, entryContent } from '../../unit/journal/journalFixtures';
import { openTestJournal, passphrase, type TestJournal } from './support';

let test: TestJournal;
let familyR: string;
let familyS: string;
beforeAll(async () => {
  test = await openTestJournal();
  const { journal } = test.services;
  familyR = (await journal.createCase(createCaseRequest('Familia R.'))).id;
  familyS = (await journal.createCase(createCaseRequest('Familia S.', { phase: 'evaluation' }))).id;
  await journal.saveEntry({ caseId: familyR, entryId: 'r-1', content: entryContent() });
  await journal.saveEntry({
    caseId: familyS,
    entryId: 's-1',
    content: entryContent({
      sessionDate: '2025-04-10',
      phase: 'evaluation',
      sections: [
        {
          title: 'What happened',
          visibility: 'reportable',
          text: 'Rosa brought the school report; the boy read aloud.',
        },
      ],
      tensions: [],
      promptAnswers: [],
    }),
  });
});
afterAll(() => test.close());

const search = () => test.services.search;
const hitsFor = async (query: string, filters: object = {}) =>
  (await search().search({ query, ...filters })).hits.map((hit) => `${hit.caseAlias}/${hit.entryId}`);

describe('journal search', () => {
  it('builds its index as the journal opens and follows the saves made since', async () => {
    expect(search().status().state).not.toBe('empty');
    expect(await hitsFor('NIÑO')).toEqual(['Familia R./r-1']);
    await search().prepare();
    expect(search().status()).toMatchObject({ state: 'ready', cases: 2, entries: 2, unindexed: [] });
  });

  it('folds accents and case, matches prefixes and filters', async () => {
    expect(await hitsFor('maria jose')).toEqual(['Familia R./r-1']);
    expect(await hitsFor('escue')).toEqual(['Familia R./r-1']);
    expect(await hitsFor('rosa', { visibility: 'reportable' })).toEqual(['Familia S./s-1']);
    expect(await hitsFor('report', { phase: 'start' })).toEqual([]);
    expect(await hitsFor('', { caseId: familyS })).toEqual(['Familia S./s-1']);
    const [hit] = (await search().search({ query: 'audiencia', rupture: 'withdrawal' })).hits;
    expect(hit).toMatchObject({ field: 'Lo que pasó', sessionDate: '2025-03-14', phase: 'start' });
    expect(hit?.excerpt).toContain('audiencia del tribunal');
  });

  it('follows saves without a rebuild: new and revised reflections, new cases, new aliases', async () => {
    const { journal } = test.services;
    const before = search().status().buildMilliseconds;
    await journal.saveEntry({
      caseId: familyS,
      entryId: 's-2',
      content: entryContent({ sessionDate: '2025-04-17', feelingNote: 'Esperanza: la abuela propuso un horario.' }),
    });
    expect(await hitsFor('esperanza')).toEqual(['Familia S./s-2']);
    await journal.saveEntry({ caseId: familyS, entryId: 's-2', content: entryContent({ sessionDate: '2025-04-17' }) });
    expect(await hitsFor('esperanza')).toEqual([]);
    await journal.updateCase({ caseId: familyS, alias: 'Familia S. (Maule)' });
    expect(await hitsFor('rosa', { visibility: 'reportable' })).toEqual(['Familia S. (Maule)/s-1']);
    const familyT = await journal.createCase(createCaseRequest('Familia T.'));
    await journal.saveEntry({
      caseId: familyT.id,
      entryId: 't-1',
      content: entryContent({ feelingNote: 'Cansancio' }),
    });
    expect(await hitsFor('cansancio')).toEqual(['Familia T./t-1']);
    expect(search().status().buildMilliseconds).toBe(before);
  });

  it('drops the index on lock: search then fails with locked, and the next unlock builds it again', async () => {
    expect(search().status().state).toBe('ready');
    await test.services.vault.lock();
    expect(search().status()).toEqual({ state: 'empty', cases: 0, entries: 0, indexed: 0, total: 0, unindexed: [] });
    expect((await rejection(search().search({ query: 'nino' }))).code).toBe('locked');
    expect(search().status().state).toBe('empty');
    await test.services.vault.unlock(passphrase);
    expect(search().status().state).toBe('building');
    await search().prepare();
    expect(search().status()).toMatchObject({ state: 'ready', cases: 3, entries: 4, indexed: 3, total: 3 });
    expect(await hitsFor('cansancio')).toEqual(['Familia T./t-1']);
  });

  it('leaves a damaged case out of the index and still searches the others', async () => {
    await test.services.vault.lock();
    const file = path.join(test.directory, 'cases', `${familyR}.alz`);
    await writeFile(file, 'damaged bytes');
    await test.services.vault.unlock(passphrase);
    await search().prepare();
    expect(await hitsFor('rosa', { visibility: 'reportable' })).toEqual(['Familia S. (Maule)/s-1']);
    expect(search().status().unindexed).toEqual([{ caseId: familyR, code: 'integrity', file }]);
  });
});
