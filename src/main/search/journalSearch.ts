/**
 * Search across every case, for as long as the vault is unlocked. The index lives in a worker
 * thread: right after unlock the main thread reads the cases one by one (decrypting them) and
 * posts their texts to it, so the process keeps answering, and a search made meanwhile answers
 * from the cases indexed so far. It follows every save, and the worker is stopped on lock; the
 * index is never written anywhere. A case file that cannot be read is left out (and listed in
 * `status()`), so one damaged case does not stop search in all the others.
 */
import { performance } from 'node:perf_hooks';
import type { Entry } from '../../shared/domain/entry';
import type { CaseSupervision } from '../../shared/domain/supervision';
import { AppError, type ErrorCode } from '../../shared/ipc/result';
import type { SearchRequest, SearchResponse } from '../../shared/journal/requestTypes';
import type { OpenJournal } from '../journal/openJournal';
import type { VaultSession } from '../vault/vaultSession';
import type { ProgressListener } from '../../shared/progress/progress';
import { withProgress } from '../progress/progressReporter';
import { entryDocument } from './entryDocument';
import { supervisionDocument } from './supervisionDocument';
import type { IndexRequest } from './searchMessages';
import { caseFileBytes, firstHeapBound, isOutOfHeap, nextHeapBound } from './searchHeap';
import { startSearchWorker, type SearchWorker } from './searchWorkerClient';

/** A case left out of the index, and why. */
export interface UnindexedCase {
  caseId: string;
  code: ErrorCode;
  file?: string;
}

export interface SearchStatus {
  state: 'empty' | 'building' | 'ready';
  /** The worker's heap bound in MiB, once known; undefined when unbounded or not started. */
  heapMegabytes?: number;
  cases: number;
  entries: number;
  /** Cases of the journal read into the index so far, of `total`: "still indexing 12 of 200 cases". */
  indexed: number;
  total: number;
  /** How long the last build took, reading and decrypting the case files included. */
  buildMilliseconds?: number;
  unindexed: UnindexedCase[];
}

/** What the journal tells search after it saved something. */
export interface SearchUpdates {
  caseSaved(caseId: string, alias: string): void;
  entrySaved(caseId: string, entry: Entry): void;
  /** The case's supervision records after one was recorded or an action updated: all of them. */
  supervisionsSaved(caseId: string, supervisions: readonly CaseSupervision[]): void;
  /** Something changed that is cheaper to rebuild than to follow (a file restored from backup). */
  invalidate(): void;
}

export interface JournalSearch extends SearchUpdates {
  /**
   * Answers from what is indexed. With no index for the open journal (after `invalidate`, or
   * when nothing started one), builds it first and answers when it is complete.
   */
  search(request: SearchRequest): Promise<SearchResponse>;
  /** Starts building the index in the background, if it is not built or building (right after unlock). */
  start(): void;
  /** Builds the index now if it is not built yet, and waits until it is complete. */
  prepare(): Promise<void>;
  /** Stops the worker: the index and everything it holds go with it (on lock). */
  clear(): void;
  status(): SearchStatus;
}

/** The index of one open journal, in its worker. */
interface LiveIndex {
  session: VaultSession;
  worker: SearchWorker;
  /** The worker's heap bound in MiB (undefined: none), known once the case files are measured. */
  heap: Promise<number | undefined>;
  heapMegabytes?: number;
  indexed: number;
  total: number;
  /**
   * While the build runs: saves to cases it has not put in the index yet. They follow the case's
   * put, so a read of the file from before the save cannot overwrite them.
   */
  waiting: Map<string, IndexRequest[]> | undefined;
  /** Cases the build has put in the index. */
  put: Set<string>;
  built: Promise<void>;
  /** The build failed while this index was the live one (not because it was dropped). */
  failed: boolean;
  buildMilliseconds?: number;
  unindexed: UnindexedCase[];
}

/** Errors that mean "this case file cannot be read", as opposed to "the vault is locked". */
const unreadableCodes: readonly ErrorCode[] = ['integrity', 'missing-file', 'unsupported-format'];

/** The first heap bound of a journal's worker: from the size of its case files. */
async function measuredHeapBound(journal: OpenJournal): Promise<number | undefined> {
  return firstHeapBound(await caseFileBytes(journal.session.directory));
}

/** Search over `openJournal()`, which answers the open session and its store or throws `locked`. */
export function createJournalSearch(
  openJournal: () => OpenJournal,
  onProgress?: ProgressListener,
  startWorker: (heapMegabytes: Promise<number | undefined>) => SearchWorker = (heapMegabytes) =>
    startSearchWorker({ heapMegabytes }),
  firstBound: (journal: OpenJournal) => Promise<number | undefined> = measuredHeapBound,
): JournalSearch {
  let live: LiveIndex | undefined;

  function begin(journal: OpenJournal, bound?: Promise<number | undefined>): LiveIndex {
    live?.worker.terminate();
    // A bound that cannot be worked out is none: it is a saving, never a reason to fail.
    const heap = (bound ?? firstBound(journal)).catch(() => undefined);
    const index: LiveIndex = {
      session: journal.session,
      worker: startWorker(heap),
      heap,
      indexed: 0,
      total: 0,
      waiting: new Map(),
      put: new Set(),
      built: Promise.resolve(),
      failed: false,
      unindexed: [],
    };
    live = index;
    void heap.then((megabytes) => (index.heapMegabytes = megabytes));
    index.built = build(journal, index).catch(async (error: unknown) => {
      if (live !== index) throw error;
      const again = await outgrown(journal, index, error);
      if (again !== undefined) {
        return again.built.catch((failure: unknown) => {
          index.failed = again.failed;
          throw failure;
        });
      }
      // A failed build is dropped, so the next search starts another one.
      index.failed = true;
      clear();
      throw error;
    });
    // Whoever waits for the build sees its failure; nobody waiting is no failure of the process.
    index.built.catch(() => undefined);
    return index;
  }

  async function build(journal: OpenJournal, index: LiveIndex): Promise<void> {
    const started = performance.now();
    const summaries = await journal.store.listCases();
    index.total = summaries.length;
    await withProgress(onProgress, 'search-index', 'cases', summaries.length, async (progress) => {
      let previous: Promise<unknown> = Promise.resolve();
      for (const summary of summaries) {
        let request: IndexRequest;
        try {
          // One case at a time: the main thread keeps answering between files.
          const journalCase = await journal.store.readCase(summary.id);
          request = {
            kind: 'put-case',
            caseId: journalCase.id,
            alias: journalCase.alias,
            entries: journalCase.entries.map(entryDocument),
            supervisions: (journalCase.supervisions ?? []).map(supervisionDocument),
          };
        } catch (error) {
          if (!(error instanceof AppError) || !unreadableCodes.includes(error.code)) throw error;
          index.unindexed.push({
            caseId: summary.id,
            code: error.code,
            ...(error.file === undefined ? {} : { file: error.file }),
          });
          request = { kind: 'set-alias', caseId: summary.id, alias: summary.alias };
        }
        if (live !== index) return;
        // At most one case waits in the worker while the next is read, so a search never queues behind many.
        await previous;
        previous = index.worker.send(request).then(() => {
          index.indexed++;
          return progress.advance();
        });
        // Awaited with the next case; a build stopped before then must not leave it unhandled.
        previous.catch(() => undefined);
        index.put.add(summary.id);
        flush(index, summary.id);
      }
      await previous;
    });
    if (live !== index) return;
    // Cases created while the build ran.
    for (const caseId of [...(index.waiting?.keys() ?? [])]) flush(index, caseId);
    index.waiting = undefined;
    index.buildMilliseconds = performance.now() - started;
  }

  /**
   * A worker that ran out of heap under a bound: the index starts again with twice the bound,
   * reading every case again (saves made meanwhile are in the files). Undefined for any other
   * failure, or when the worker had no bound.
   */
  async function outgrown(journal: OpenJournal, index: LiveIndex, error: unknown): Promise<LiveIndex | undefined> {
    if (!isOutOfHeap(error)) return undefined;
    const bound = await index.heap;
    if (bound === undefined || live !== index) return undefined;
    return begin(journal, Promise.resolve(nextHeapBound(bound)));
  }

  function post(index: LiveIndex, request: IndexRequest): void {
    // A save the worker cannot follow shows in the next search's answer; a dropped worker needs nothing.
    index.worker.send(request).catch(() => undefined);
  }

  function flush(index: LiveIndex, caseId: string): void {
    const saves = index.waiting?.get(caseId);
    index.waiting?.delete(caseId);
    for (const request of saves ?? []) post(index, request);
  }

  /** Applies a save to the index, or keeps it until the build has put the case; with no index, the build will read it. */
  function follow(caseId: string, request: () => IndexRequest): void {
    if (live === undefined) return;
    if (live.waiting === undefined || live.put.has(caseId)) post(live, request());
    else live.waiting.set(caseId, [...(live.waiting.get(caseId) ?? []), request()]);
  }

  async function search(request: SearchRequest): Promise<SearchResponse> {
    const journal = openJournal();
    let index = live;
    if (index?.session !== journal.session) {
      const started = begin(journal);
      index = started;
      // Nothing was indexed: this search waits for the whole build rather than answer with nothing.
      await started.built.catch((error: unknown) => {
        if (started.failed) throw error;
      });
    }
    // Dropped meanwhile (a lock, a restored file): ask again, which fails with `locked` when locked.
    if (index !== live) return search(request);
    try {
      const reply = await index.worker.send({ kind: 'search', request });
      if (reply.kind !== 'answer') throw new Error('The search index answered a search with no results.');
      return reply.response;
    } catch (error) {
      // A worker that ran out of heap answers once its successor has read every case.
      const again = index === live ? await outgrown(journal, index, error) : undefined;
      if (again !== undefined) await again.built;
      if (index !== live) return search(request);
      throw error;
    }
  }

  function clear(): void {
    live?.worker.terminate();
    live = undefined;
  }

  return {
    search,
    start() {
      let journal: OpenJournal;
      try {
        journal = openJournal();
      } catch {
        return;
      }
      if (live?.session !== journal.session) begin(journal);
    },
    async prepare() {
      const journal = openJournal();
      await (live?.session === journal.session ? live : begin(journal)).built;
    },
    caseSaved: (caseId, alias) => follow(caseId, () => ({ kind: 'set-alias', caseId, alias })),
    entrySaved: (caseId, entry) => follow(caseId, () => ({ kind: 'put-entry', caseId, entry: entryDocument(entry) })),
    supervisionsSaved: (caseId, supervisions) =>
      follow(caseId, () => ({ kind: 'put-supervisions', caseId, supervisions: supervisions.map(supervisionDocument) })),
    invalidate: clear,
    clear,
    status: () => ({
      state: live === undefined ? 'empty' : live.waiting === undefined ? 'ready' : 'building',
      ...(live?.heapMegabytes === undefined ? {} : { heapMegabytes: live.heapMegabytes }),
      cases: live?.worker.counts.cases ?? 0,
      entries: live?.worker.counts.entries ?? 0,
      indexed: live?.indexed ?? 0,
      total: live?.total ?? 0,
      ...(live?.buildMilliseconds === undefined ? {} : { buildMilliseconds: live.buildMilliseconds }),
      unindexed: live?.unindexed ?? [],
    }),
  };
}
