/**
 * Long work the app reports while it runs: import, backup, restore, verify, the first search
 * after unlock, exports and a key rotation. Counts only, never a case's name or text: a progress message may be
 * printed on a terminal or read aloud.
 */
import { z } from 'zod';

export const progressTasks = ['import', 'backup', 'restore', 'verify', 'search-index', 'export', 'rotate'] as const;
export type ProgressTask = (typeof progressTasks)[number];

/** What the counts count, so each is said in its own words ("12 of 30 files"). */
export const progressUnits = ['files', 'cases', 'steps'] as const;
export type ProgressUnit = (typeof progressUnits)[number];

export const progressSchema = z.strictObject({
  task: z.enum(progressTasks),
  unit: z.enum(progressUnits),
  done: z.int().nonnegative(),
  /** Known for every task the app runs; a bar without a total would only say "busy". */
  total: z.int().nonnegative(),
  /** The last message of a task, sent whether it succeeded or failed. */
  finished: z.boolean(),
});
export type Progress = z.infer<typeof progressSchema>;

/**
 * Where progress goes: the app's window, the CLI's terminal, a test. It may return a promise,
 * which the work waits for (a test holds a task half-way to look at it); the app's never does.
 */
export type ProgressListener = (progress: Progress) => void | Promise<void>;
