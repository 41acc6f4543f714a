/**
 * How much heap the search worker may take. Unbounded, V8 lets a heap grow far past what it
 * holds while the build and the queries allocate (with 20 000 reflections and MiniSearch the
 * process peaked at 504 MiB for an index of about 90). Bounded, it collects sooner. The bound
 * follows the size of the case files, generously: the compact index holds about a third of their
 * bytes, but a journal of unusual words (names, typos, other languages) holds more per reflection.
 * A worker that still runs out is started again with twice the bound.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { casesFolder } from '../vault/vaultLayout';

/** MiB the worker needs whatever the journal: its code and the queries' work. */
const baseMegabytes = 48;
/** MiB of heap per MiB of case files. */
const perCaseMegabyte = 2.25;
/** Past this, the worker runs unbounded: a bound is a saving, never a reason to fail. */
const largestBound = 4096;

/** The first bound for a journal whose case files take `caseBytes`. */
export function firstHeapBound(caseBytes: number): number {
  return Math.ceil(baseMegabytes + (perCaseMegabyte * caseBytes) / 2 ** 20);
}

/** The bound after a worker ran out of heap under `bound`; undefined for no bound. */
export function nextHeapBound(bound: number | undefined): number | undefined {
  if (bound === undefined || bound * 2 > largestBound) return undefined;
  return bound * 2;
}

/** The bytes of the vault's case files (a folder that cannot be read counts as empty). */
export async function caseFileBytes(vaultDirectory: string): Promise<number> {
  const folder = path.join(vaultDirectory, casesFolder);
  const names = await readdir(folder).catch(() => []);
  const sizes = await Promise.all(
    names.map((name) =>
      stat(path.join(folder, name)).then(
        (info) => (info.isFile() ? info.size : 0),
        () => 0,
      ),
    ),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** True for the error of a worker stopped because its heap reached the bound. */
export function isOutOfHeap(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}
