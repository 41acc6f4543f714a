/**
 * The main thread's side of the search worker: numbered requests, answered in order. The worker
 * keeps the process alive only while a request waits for it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { IndexCounts, IndexReply, IndexRequest } from './searchMessages';

export interface SearchWorker {
  /** Settles with the worker's reply; rejects when it failed, or when the worker stopped first. */
  send(request: IndexRequest): Promise<Exclude<IndexReply, { kind: 'failed' }>>;
  /** What the index held at the last reply. */
  readonly counts: IndexCounts;
  /** Stops the thread: the index and every text it held go with it. */
  terminate(): void;
}

export interface SearchWorkerOptions {
  /** `searchWorkerFile()` unless a test gives another. */
  file?: string;
  /**
   * The bound of the worker's old generation, in MiB (see `searchHeap.ts`); none when undefined.
   * Requests sent before it is known wait for it, in order.
   */
  heapMegabytes?: number | Promise<number | undefined>;
}

/**
 * A worker from its file, started with the first request: an index dropped before it was needed
 * never starts a thread. A worker that reaches its heap bound stops, and its error says so
 * (`isOutOfHeap`).
 */
export function startSearchWorker(options: SearchWorkerOptions = {}): SearchWorker {
  const { file = searchWorkerFile() } = options;
  const bound = Promise.resolve(options.heapMegabytes).catch(() => undefined);
  let worker: Worker | undefined;
  const waiting = new Map<number, { resolve: (reply: IndexReply) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let counts: IndexCounts = { cases: 0, entries: 0 };
  let stopped: Error | undefined;

  const holdProcess = () => (waiting.size > 0 ? worker?.ref() : worker?.unref());
  function stop(error: Error): void {
    stopped ??= error;
    for (const { reject } of waiting.values()) reject(stopped);
    waiting.clear();
    holdProcess();
  }

  function started(heapMegabytes: number | undefined): Worker {
    if (worker !== undefined) return worker;
    // A small young generation too: the build's short-lived strings are collected before they pile up.
    const thread = new Worker(
      file,
      heapMegabytes === undefined
        ? {}
        : { resourceLimits: { maxOldGenerationSizeMb: heapMegabytes, maxYoungGenerationSizeMb: 4 } },
    );
    thread.on('message', (reply: IndexReply) => {
      counts = reply.counts;
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      holdProcess();
      if (reply.kind === 'failed') pending?.reject(new Error(`The search index failed: ${reply.message}`));
      else pending?.resolve(reply);
    });
    thread.on('error', (error) => stop(error));
    thread.on('exit', (code) => stop(new Error(`The search index stopped (exit code ${code}).`)));
    worker = thread;
    return thread;
  }

  return {
    send(request) {
      if (stopped !== undefined) return Promise.reject(stopped);
      const id = nextId++;
      const reply = new Promise<IndexReply>((resolve, reject) => waiting.set(id, { resolve, reject }));
      void bound.then((megabytes) => {
        if (stopped !== undefined) return;
        started(megabytes).postMessage({ id, request });
        holdProcess();
      });
      return reply as Promise<Exclude<IndexReply, { kind: 'failed' }>>;
    },
    get counts() {
      return counts;
    },
    terminate() {
      stop(new Error('The search index was dropped.'));
      void worker?.terminate();
    },
  };
}

/**
 * The built worker beside this module's chunk (`out/main` or `out/main/chunks`), else the
 * sources bundled in memory (tests and benchmarks run the TypeScript directly).
 */
export function searchWorkerFile(): string {
  const built = ['searchWorker.js', '../searchWorker.js'].map((name) => path.join(import.meta.dirname, name));
  return built.find((file) => existsSync(file)) ?? path.join(import.meta.dirname, 'searchWorkerFromSources.mjs');
}
