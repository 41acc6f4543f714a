/**
 * Search while its index is being built, right after unlock: the build is held half-way (its
 * progress listener waits, as the e2e harness does) to look at what a search answers then.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syntheticJournal } from '../../../bench/syntheticVault';
import type { Services } from '../../../src/main/services';
import type { Progress } from '../../../src/shared/progress/progress';
import { createTestServices } from '../../support/services';
import { entryContent } from '../../unit/journal/journalFixtures';
import { rejection, removeFolder, temporaryFolder } from '../../unit/vault/fixtures';
import { passphrase } from './support';
import { deliveringProgress } from '../../support/events';

const caseCount = 30;

/** Holds the first progress message of the index build that has counted a case, until released. */
function progressHold() {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let reach: (progress: Progress) => void = () => undefined;
  const reached = new Promise<Progress>((resolve) => (reach = resolve));
  let holding = false;
  const listener = async (progress: Progress) => {
    if (progress.task !== 'search-index' || progress.finished || progress.done === 0 || holding) return;
    holding = true;
    reach(progress);
    await released;
  };
  return { listener, reached, release };
}

let folder: string;
let services: Services;
let hold: ReturnType<typeof progressHold>;

beforeEach(async () => {
  folder = await temporaryFolder('alianza-search-');
  hold = progressHold();
  services = createTestServices({
    settingsDirectory: folder,
    vaultDirectory: path.join(folder, 'vault'),
    deliverEvent: deliveringProgress((progress) => hold.listener(progress)),
  });
  await services.vault.create(passphrase);
  await services.search.prepare();
  await services.journal.open().store.addCases(syntheticJournal({ cases: caseCount, entriesPerCase: 2, seed: 7 }));
  await services.vault.lock();
});
afterEach(async () => {
  hold.release();
  await services.shutdown();
  await removeFolder(folder);
});

/** A reflection with no people named, which any synthetic case accepts. */
const note = (feelingNote: string) => entryContent({ attendees: [], tensions: [], feelingNote });

/** How many cases a search of each case, by its filter alone, finds anything in. */
async function casesFound(): Promise<number> {
  const cases = await services.journal.listCases();
  const answers = await Promise.all(cases.map((each) => services.search.search({ query: '', caseId: each.id })));
  return answers.filter((answer) => answer.total > 0).length;
}

describe('search while the index is built', () => {
  it('answers from the cases indexed so far, says how many, and from every case once done', async () => {
    await services.vault.unlock(passphrase);
    const progress = await hold.reached;
    const status = services.search.status();
    expect(status).toMatchObject({ state: 'building', indexed: progress.done, total: caseCount });
    expect(status.indexed).toBeLessThan(caseCount);
    expect(await casesFound()).toBe(status.indexed);

    hold.release();
    await services.search.prepare();
    expect(services.search.status()).toMatchObject({ state: 'ready', indexed: caseCount, total: caseCount });
    expect(await casesFound()).toBe(caseCount);
  });

  it('keeps the saves made during the build, to cases indexed already and to cases not read yet', async () => {
    await services.vault.unlock(passphrase);
    const { done } = await hold.reached;
    const cases = await services.journal.listCases();
    const indexed = cases[0];
    const waiting = cases.at(-1);
    if (indexed === undefined || waiting === undefined || done >= caseCount) throw new Error('No case to save to.');
    await services.journal.saveEntry({
      caseId: indexed.id,
      entryId: 'during-1',
      content: note('Zanahoria en la mochila.'),
    });
    await services.journal.saveEntry({
      caseId: waiting.id,
      entryId: 'during-2',
      content: note('Zanahoria otra vez.'),
    });
    const found = async () => (await services.search.search({ query: 'zanahoria' })).hits.map((hit) => hit.entryId);
    expect(await found()).toEqual(['during-1']);

    hold.release();
    await services.search.prepare();
    expect((await found()).sort()).toEqual(['during-1', 'during-2']);
  });

  it('drops the index half-built on lock, and the next unlock builds it again', async () => {
    await services.vault.unlock(passphrase);
    await hold.reached;
    await services.vault.lock();
    expect(services.search.status()).toMatchObject({ state: 'empty', cases: 0, entries: 0, indexed: 0 });
    expect((await rejection(services.search.search({ query: 'audiencia' }))).code).toBe('locked');
    hold.release();

    await services.vault.unlock(passphrase);
    await services.search.prepare();
    expect(services.search.status()).toMatchObject({ state: 'ready', entries: caseCount * 2, unindexed: [] });
  });
});
