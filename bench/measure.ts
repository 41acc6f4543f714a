/** Timing helpers: medians of repeated runs, measured in this process. */
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `operation` `runs` times after `warmup` runs and returns the median in milliseconds. */
export async function medianOf(operation: () => unknown, runs: number, warmup = 2): Promise<number> {
  for (let index = 0; index < warmup; index += 1) await operation();
  const samples: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    await operation();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/**
 * Medians of several operations measured in turns, so background load on the machine hits them
 * alike. Each turn starts one place further along the list, so none always runs first (right
 * after `before`, say). Untimed: `before` ahead of every turn, `settle` ahead of every operation
 * (a garbage collection, so one operation's garbage does not pause the next). `warmup` turns are
 * not counted.
 */
export async function alternatingMedians<K extends string>(
  operations: Record<K, () => unknown>,
  options: { runs: number; warmup?: number; before?: () => unknown; settle?: () => unknown },
): Promise<Record<K, number>> {
  const names = Object.keys(operations) as K[];
  const samples = new Map<K, number[]>(names.map((name) => [name, []]));
  const warmup = options.warmup ?? 1;
  for (let turn = 0; turn < warmup + options.runs; turn++) {
    await options.before?.();
    for (let step = 0; step < names.length; step++) {
      const name = names[(turn + step) % names.length]!;
      await options.settle?.();
      const started = performance.now();
      await operations[name]();
      if (turn >= warmup) samples.get(name)?.push(performance.now() - started);
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(samples.get(name) ?? [])])) as Record<K, number>;
}

/** `gc()`, when V8 lets us have it: for steadier figures where heaps of hundreds of MiB are timed. */
export function garbageCollector(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}
