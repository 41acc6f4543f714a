/**
 * Search across every case, for as long as the vault is unlocked. The index is built from the
 * case files on the first search after unlock, kept up to date as the journal saves, and
 * dropped on lock; it is never written anywhere. A case file that cannot be read is left out
 * (and listed in `status()`), so one damaged case does not stop search in all the others.
 */
import { performance } from 'node:perf_hooks';
import type { Entry } from '../../shared/domain/entry';
import { AppError, type ErrorCode } from '../../shared/ipc/result';
import type { SearchRequest, SearchResponse } from '../../shared/journal/requestTypes';
import type { OpenJournal } from '../journal/openJournal';
import type { VaultSession } from '../vault/vaultSession';
import type { ProgressListener } from '../../shared/progress/progress';
import { withProgress } from '../progress/progressReporter';
import { createSearchIndex, type SearchIndex } from './searchIndex';

/** A case left out of the index, and why. */
export interface UnindexedCase {
  caseId: string;
  code: ErrorCode;
  file?: string;
}

export interface SearchStatus {
  state: 'empty' | 'building' | 'ready';
  cases: number;
  entries: number;
  /** How long the last build took, reading and decrypting the case files included. */
  buildMilliseconds?: number;
  unindexed: UnindexedCase[];
}

/** What the journal tells search after it saved something. */
export interface SearchUpdates {
  caseSaved(caseId: string, alias: string): void;
  entrySaved(caseId: string, entry: Entry): void;
  /** Something changed that is cheaper to rebuild than to follow (a file restored from backup). */
  invalidate(): void;
}

export interface JournalSearch extends SearchUpdates {
  search(request: SearchRequest): Promise<SearchResponse>;
  /** Builds the index now if it is not built yet (for a warm-up or a benchmark). */
  prepare(): Promise<void>;
  /** Drops the index and everything it holds (on lock). */
  clear(): void;
  status(): SearchStatus;
}

interface Loaded {
  session: VaultSession;
  index: SearchIndex;
  buildMilliseconds: number;
  unindexed: UnindexedCase[];
}

interface Building {
  session: VaultSession;
  done: Promise<Loaded>;
  /** Saves made while the build reads the files; replayed on the new index when it is done. */
  pending: ((index: SearchIndex) => void)[];
}

/** Errors that mean "this case file cannot be read", as opposed to "the vault is locked". */
const unreadableCodes: readonly ErrorCode[] = ['integrity', 'missing-file', 'unsupported-format'];

/** Search over `openJournal()`, which answers the open session and its store or throws `locked`. */
export function createJournalSearch(openJournal: () => OpenJournal, onProgress?: ProgressListener): JournalSearch {
  let loaded: Loaded | undefined;
  let building: Building | undefined;
  /** Bumped by clear() and invalidate(), so a build that started before never installs its index. */
  let epoch = 0;

  function ready(): Promise<Loaded> {
    const journal = openJournal();
    if (loaded?.session === journal.session) return Promise.resolve(loaded);
    loaded = undefined;
    if (building?.session === journal.session) return building.done;
    const started = epoch;
    const pending: Building['pending'] = [];
    const done = build(journal).then(
      (result) => {
        if (started !== epoch) return ready();
        for (const update of pending) update(result.index);
        building = undefined;
        loaded = result;
        return result;
      },
      (error: unknown) => {
        if (started === epoch) building = undefined;
        throw error;
      },
    );
    building = { session: journal.session, done, pending };
    return done;
  }

  async function build(journal: OpenJournal): Promise<Loaded> {
    const started = performance.now();
    const index = createSearchIndex();
    const unindexed: UnindexedCase[] = [];
    const summaries = await journal.store.listCases();
    await withProgress(onProgress, 'search-index', 'cases', summaries.length, async (progress) => {
      for (const summary of summaries) {
        index.setAlias(summary.id, summary.alias);
        try {
          // One case at a time: the main process keeps answering between files.
          const journalCase = await journal.store.readCase(summary.id);
          index.putCase(journalCase.id, journalCase.alias, journalCase.entries);
        } catch (error) {
          if (!(error instanceof AppError) || !unreadableCodes.includes(error.code)) throw error;
          unindexed.push({
            caseId: summary.id,
            code: error.code,
            ...(error.file === undefined ? {} : { file: error.file }),
          });
        }
        await progress.advance();
      }
    });
    return { session: journal.session, index, buildMilliseconds: performance.now() - started, unindexed };
  }

  /** Applies a save to the index in memory, or to the one being built; with no index, the build will read it. */
  function follow(update: (index: SearchIndex) => void): void {
    if (building !== undefined) building.pending.push(update);
    else if (loaded !== undefined) update(loaded.index);
  }

  function clear(): void {
    epoch++;
    loaded = undefined;
    building = undefined;
  }

  return {
    search: async (request) => (await ready()).index.search(request),
    prepare: async () => void (await ready()),
    caseSaved: (caseId, alias) => follow((index) => index.setAlias(caseId, alias)),
    entrySaved: (caseId, entry) => follow((index) => index.putEntry(caseId, entry)),
    invalidate: clear,
    clear,
    status: () => ({
      state: loaded !== undefined ? 'ready' : building !== undefined ? 'building' : 'empty',
      cases: loaded?.index.caseCount ?? 0,
      entries: loaded?.index.entryCount ?? 0,
      ...(loaded === undefined ? {} : { buildMilliseconds: loaded.buildMilliseconds }),
      unindexed: loaded?.unindexed ?? [],
    }),
  };
}
