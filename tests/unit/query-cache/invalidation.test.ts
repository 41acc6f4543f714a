import { hashKey, type QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import {
  clearDecrypted,
  invalidateAfterMutation,
  invalidateJournalChange,
  lockedStatus,
  staleAfter,
} from '../../../src/renderer/src/api/invalidation';
import { caseIdOfKey, methodOfKey, queryKeyOf } from '../../../src/renderer/src/api/queryKeys';
import { createAppQueryClient } from '../../../src/renderer/src/api/queryClient';
import { contract, methodNames, type MutationName } from '../../../src/shared/ipc/contract';

const caseA = '1b4e28ba-2fa1-4d2b-8c6b-6f0c2f0a9b10';
const caseB = '2c5f39cb-3ab2-4e3c-9d7c-7a1d3a1b0c21';
const reportA = '3d6a4adc-4bc3-4f4d-8e8d-8b2e4b2c1d32';

/** A cache holding one answer for each key, none on screen. */
function cacheWith(keys: readonly (readonly unknown[])[]): QueryClient {
  const client = createAppQueryClient();
  for (const key of keys) client.setQueryData(key, { for: key });
  return client;
}

function staleKeys(client: QueryClient): string[] {
  return client
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.isInvalidated)
    .map((query) => query.queryHash)
    .sort();
}

const hash = (key: readonly unknown[]) => hashKey(key);

const keys = {
  cases: queryKeyOf('listCases', undefined),
  caseA: queryKeyOf('getCase', { caseId: caseA }),
  caseB: queryKeyOf('getCase', { caseId: caseB }),
  overviewA: queryKeyOf('getCaseOverview', { caseId: caseA }),
  reportsA: queryKeyOf('listReports', { caseId: caseA }),
  checkA: queryKeyOf('checkReport', { caseId: caseA, reportId: reportA }),
  drafts: queryKeyOf('listDrafts', undefined),
  exportsA: queryKeyOf('listExports', { caseId: caseA }),
  searchAll: queryKeyOf('searchJournal', { query: 'visit' }),
  searchB: queryKeyOf('searchJournal', { query: 'visit', caseId: caseB }),
  settings: queryKeyOf('getSettings', undefined),
  status: queryKeyOf('getVaultStatus', undefined),
} as const;

describe('query keys', () => {
  it('are the method and the request, so equal requests share one answer', () => {
    expect(queryKeyOf('getCase', { caseId: caseA })).toEqual(['getCase', { caseId: caseA }]);
    expect(methodOfKey(keys.caseA)).toBe('getCase');
    expect(methodOfKey(['notAMethod', {}])).toBeUndefined();
    expect(caseIdOfKey(keys.checkA)).toBe(caseA);
    expect(caseIdOfKey(keys.cases)).toBeUndefined();
    expect(caseIdOfKey(keys.searchAll)).toBeUndefined();
  });
});

describe("a mutation's success", () => {
  it('makes stale exactly the reads its contract line names, whatever their request', async () => {
    const client = cacheWith(Object.values(keys));
    await invalidateAfterMutation(client, 'updateReport');
    expect(staleKeys(client)).toEqual([hash(keys.checkA), hash(keys.reportsA)].sort());
  });

  it('makes nothing stale for an action that changes nothing read (a backup)', async () => {
    const client = cacheWith(Object.values(keys));
    await invalidateAfterMutation(client, 'backupJournal');
    expect(staleKeys(client)).toEqual([]);
  });

  it('reaches every cached read of a case edit, in every case', async () => {
    const client = cacheWith(Object.values(keys));
    await invalidateAfterMutation(client, 'updateCase');
    // A report's draft states the case's facts (its court, opening date), so its reports go stale too.
    expect(staleKeys(client)).toEqual(
      [keys.cases, keys.caseA, keys.caseB, keys.overviewA, keys.checkA, keys.reportsA, keys.searchAll, keys.searchB]
        .map(hash)
        .sort(),
    );
  });

  it.each(methodNames.filter((method) => contract[method].kind === 'mutation') as MutationName[])(
    '%s: makes stale its declared reads and nothing else',
    async (method) => {
      const client = cacheWith(Object.values(keys));
      await invalidateAfterMutation(client, method);
      const expected = Object.values(keys).filter((key) => staleAfter(method).includes(key[0]));
      expect(staleKeys(client)).toEqual(expected.map(hash).sort());
    },
  );
});

describe("main's journalChanged", () => {
  it('narrows to the case it names, and still reaches reads across cases', async () => {
    const client = cacheWith(Object.values(keys));
    await invalidateJournalChange(client, { caseId: caseA, stale: ['getCase', 'listCases', 'searchJournal'] });
    expect(staleKeys(client)).toEqual([keys.cases, keys.caseA, keys.searchAll].map(hash).sort());
  });

  it('reaches every case when it names none', async () => {
    const client = cacheWith(Object.values(keys));
    await invalidateJournalChange(client, { stale: ['getCase'] });
    expect(staleKeys(client)).toEqual([keys.caseA, keys.caseB].map(hash).sort());
  });
});

describe('a lock', () => {
  it('drops every cached answer and every remembered mutation at once, and keeps the status, locked', async () => {
    const client = cacheWith(Object.values(keys));
    client.setQueryData(keys.status, { state: 'unlocked', directory: '/data/vault', rolledBack: ['cases/a.alz'] });
    await client
      .getMutationCache()
      .build(client, { mutationFn: () => Promise.resolve('saved') })
      .execute({ text: 'typed words' });
    clearDecrypted(client);
    expect(
      client
        .getQueryCache()
        .getAll()
        .map((query) => query.queryHash),
    ).toEqual([hash(keys.status)]);
    expect(client.getQueryData(keys.status)).toEqual({ state: 'locked', directory: '/data/vault' });
    expect(client.getMutationCache().getAll()).toEqual([]);
  });

  it('leaves a status that was not open as it was, and caches none when none was known', () => {
    const absent = { state: 'absent', directory: '/data/vault' } as const;
    expect(lockedStatus(absent)).toBe(absent);
    expect(lockedStatus({ state: 'locked', directory: '/data/vault' })).toEqual({
      state: 'locked',
      directory: '/data/vault',
    });
    const client = cacheWith([keys.caseA]);
    clearDecrypted(client);
    expect(client.getQueryCache().getAll()).toEqual([]);
  });

  it('abandons a read under way, so its answer is not cached after the lock', async () => {
    const client = createAppQueryClient();
    let answer: (value: string) => void = () => undefined;
    const reading = client
      .fetchQuery({ queryKey: keys.caseA, queryFn: () => new Promise<string>((resolve) => (answer = resolve)) })
      .catch(() => 'abandoned');
    clearDecrypted(client);
    answer('decrypted text');
    expect(await reading).toBe('abandoned');
    expect(client.getQueryData(keys.caseA)).toBeUndefined();
  });
});
