import { describe, expect, it } from 'vitest';
import { newCase } from '../../../src/main/journal/caseChanges';
import type { JournalStore } from '../../../src/main/journal/journalStore';
import type { OpenJournal } from '../../../src/main/journal/openJournal';
import { createJournalSearch } from '../../../src/main/search/journalSearch';
import { startSearchWorker } from '../../../src/main/search/searchWorkerClient';
import type { VaultSession } from '../../../src/main/vault/vaultSession';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import { AppError } from '../../../src/shared/ipc/result';
import { summarizeCase } from '../../../src/shared/journal/caseSummary';
import { rejection } from '../vault/fixtures';
import { createCaseRequest, entryContent, storedEntry } from './journalFixtures';

/** A journal in memory whose case reads wait until the test lets them through. */
function fakeJournal() {
  const cases = new Map<string, CaseWithEntries>();
  const damaged = new Set<string>();
  const waiting: (() => void)[] = [];
  let gated = false;
  let locked = false;
  let session = {} as VaultSession;
  const store = {
    listCases: async () => [...cases.values()].map(summarizeCase),
    readCase: async (caseId: string) => {
      if (gated) await new Promise<void>((resolve) => waiting.push(resolve));
      if (locked) throw new AppError('locked', 'locked');
      const found = cases.get(caseId);
      if (found === undefined || damaged.has(caseId))
        throw new AppError('integrity', 'damaged', { file: `/vault/cases/${caseId}.alz` });
      return found;
    },
  } as unknown as JournalStore;
  return {
    add(id: string, alias: string, text: string) {
      const journalCase = newCase(createCaseRequest(alias), id, new Date('2025-03-01T12:00:00Z'));
      const content = entryContent({ feelingNote: text });
      cases.set(id, { ...journalCase, entries: [storedEntry(`${id}-1`, content)] });
    },
    damage: (id: string) => void damaged.add(id),
    gate: () => void (gated = true),
    release() {
      gated = false;
      for (const resolve of waiting.splice(0)) resolve();
    },
    lock: () => void (locked = true),
    newSession: () => void ((session = {} as VaultSession), (locked = false)),
    open: (): OpenJournal => {
      if (locked) throw new AppError('locked', 'locked');
      return { session, store };
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('search over the open journal', () => {
  it('replays saves made while the index was being built', async () => {
    const journal = fakeJournal();
    journal.add('c-1', 'Familia R.', 'Cansancio');
    const search = createJournalSearch(journal.open);
    journal.gate();
    const first = search.search({ query: 'esperanza' });
    await tick();
    expect(search.status().state).toBe('building');
    search.caseSaved('c-2', 'Familia S.');
    search.entrySaved('c-2', storedEntry('c-2-1', entryContent({ feelingNote: 'Esperanza' })));
    journal.release();
    expect((await first).hits.map((hit) => [hit.caseAlias, hit.entryId])).toEqual([['Familia S.', 'c-2-1']]);
    expect(search.status()).toMatchObject({ state: 'ready', cases: 2, entries: 2 });
  });

  it('never installs an index whose build started before a lock, and fails with locked', async () => {
    const journal = fakeJournal();
    journal.add('c-1', 'Familia R.', 'Cansancio');
    const search = createJournalSearch(journal.open);
    journal.gate();
    const pending = search.search({ query: 'cansancio' });
    await tick();
    journal.lock();
    search.clear();
    journal.release();
    expect((await rejection(pending)).code).toBe('locked');
    expect(search.status().state).toBe('empty');
  });

  it('builds again for a new session even if nobody cleared it', async () => {
    const journal = fakeJournal();
    journal.add('c-1', 'Familia R.', 'Cansancio');
    const search = createJournalSearch(journal.open);
    expect((await search.search({ query: 'cansancio' })).total).toBe(1);
    journal.add('c-2', 'Familia S.', 'Cansancio');
    expect((await search.search({ query: 'cansancio' })).total).toBe(1);
    journal.newSession();
    expect((await search.search({ query: 'cansancio' })).total).toBe(2);
  });

  it('leaves out a case it cannot read and lists it', async () => {
    const journal = fakeJournal();
    journal.add('c-1', 'Familia R.', 'Cansancio');
    journal.add('c-2', 'Familia S.', 'Cansancio');
    journal.damage('c-2');
    const search = createJournalSearch(journal.open);
    expect((await search.search({ query: 'cansancio' })).total).toBe(1);
    expect(search.status().unindexed).toEqual([{ caseId: 'c-2', code: 'integrity', file: '/vault/cases/c-2.alz' }]);
  });

  it('starts the index again with twice the heap when its worker runs out, and answers', async () => {
    const journal = fakeJournal();
    // Words that never repeat fill the index fast: 180 000 of them outgrow a bound of 16 MiB.
    let seed = 7;
    const word = () => {
      seed = (seed * 48271) % 2147483647;
      return `p${seed.toString(36)}`;
    };
    for (let number = 0; number < 6; number++) {
      const words = Array.from({ length: 30_000 }, word);
      journal.add(`c-${number}`, `Familia ${number}`, `Cansancio ${words.join(' ')}`);
    }
    const bounds: (number | undefined)[] = [];
    const search = createJournalSearch(
      journal.open,
      undefined,
      (heapMegabytes) => {
        void heapMegabytes.then((megabytes) => bounds.push(megabytes));
        return startSearchWorker({ heapMegabytes });
      },
      async () => 16,
    );
    expect((await search.search({ query: 'cansancio' })).total).toBe(6);
    expect(bounds[0]).toBe(16);
    expect(bounds.length).toBeGreaterThan(1);
    expect(bounds.slice(1)).toEqual(bounds.slice(0, -1).map((bound) => (bound ?? 0) * 2));
    expect(search.status()).toMatchObject({ state: 'ready', entries: 6, heapMegabytes: bounds.at(-1) });
    search.clear();
  }, 60_000);
});
