/**
 * A hybrid logical clock: wall time in milliseconds and a counter. A device stamps each revision
 * with a clock ahead of every clock it has read, so a revision made after reading another always
 * sorts after it even when the device's wall clock is behind. It only orders revisions made
 * apart ("the later one becomes current"); what replaced what comes from `replaces`, never from
 * time (docs/sync.md).
 */
import { z } from 'zod';

export const hybridClockSchema = z.strictObject({
  wall: z.int().nonnegative(),
  counter: z.int().nonnegative(),
});

export type HybridClock = z.infer<typeof hybridClockSchema>;

/** Negative, zero or positive as `left` is before, equal to or after `right`. */
export function compareClocks(left: HybridClock, right: HybridClock): number {
  return left.wall - right.wall || left.counter - right.counter;
}

/**
 * The clock for a new revision: at least the wall time `now`, and after every clock in `seen`
 * (the device's last clock and those of the revisions it has read).
 */
export function clockAfter(seen: readonly HybridClock[], now: number): HybridClock {
  let latest: HybridClock | undefined;
  for (const clock of seen) if (latest === undefined || compareClocks(clock, latest) > 0) latest = clock;
  const wall = Math.max(Math.floor(now), latest?.wall ?? 0);
  return { wall, counter: latest !== undefined && latest.wall === wall ? latest.counter + 1 : 0 };
}
