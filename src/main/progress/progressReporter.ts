/**
 * Reports one task's progress to a listener, at most every `interval` milliseconds in between
 * (a journal of 20 000 reflections would otherwise send 20 000 messages), always the first and
 * the last. Without a listener it costs nothing.
 */
import type { Progress, ProgressListener, ProgressTask, ProgressUnit } from '../../shared/progress/progress';

export interface ProgressReporter {
  /** The total became known or changed (files listed, cases parsed). */
  setTotal(total: number): Promise<void>;
  /** `count` more done. */
  advance(count?: number): Promise<void>;
  /** The task ended, done or not: the window takes its bar away. */
  finish(): Promise<void>;
}

export interface ReporterOptions {
  interval?: number;
  now?: () => number;
}

const silent: ProgressReporter = {
  setTotal: () => Promise.resolve(),
  advance: () => Promise.resolve(),
  finish: () => Promise.resolve(),
};

export function progressReporter(
  listener: ProgressListener | undefined,
  task: ProgressTask,
  unit: ProgressUnit,
  total: number,
  options: ReporterOptions = {},
): ProgressReporter {
  if (listener === undefined) return silent;
  const interval = options.interval ?? 100;
  const now = options.now ?? Date.now;
  let done = 0;
  let current = total;
  let sentAt: number | undefined;
  let finished = false;

  async function send(last: boolean): Promise<void> {
    sentAt = now();
    const progress: Progress = { task, unit, done: Math.min(done, current), total: current, finished: last };
    await listener?.(progress);
  }

  return {
    async setTotal(value) {
      current = value;
      await send(false);
    },
    async advance(count = 1) {
      done += count;
      if (finished || (sentAt !== undefined && now() - sentAt < interval)) return;
      await send(false);
    },
    async finish() {
      if (finished) return;
      finished = true;
      await send(true);
    },
  };
}

/** Runs `work` with a reporter and always finishes it, also when the work throws. */
export async function withProgress<T>(
  listener: ProgressListener | undefined,
  task: ProgressTask,
  unit: ProgressUnit,
  total: number,
  work: (reporter: ProgressReporter) => Promise<T>,
): Promise<T> {
  const reporter = progressReporter(listener, task, unit, total);
  try {
    await reporter.setTotal(total);
    return await work(reporter);
  } finally {
    await reporter.finish();
  }
}
