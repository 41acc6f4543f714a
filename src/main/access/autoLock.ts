/**
 * Locks the vault after a stretch without user activity. Time and timers are parameters so the
 * rule is tested without waiting.
 */
import type { AutoLockMinutes } from '../../shared/settings/settings';

export interface AutoLockOptions {
  minutes: () => Promise<AutoLockMinutes>;
  lock: () => Promise<unknown>;
  isUnlocked: () => Promise<boolean>;
  now?: () => number;
  /** How often to check; the lock happens at most this late. */
  checkEveryMilliseconds?: number;
  setInterval?: (callback: () => void, milliseconds: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}

export interface AutoLock {
  /** The user did something: start the idle count again. */
  touch(): void;
  /** Runs one check now (the timer calls this). */
  check(): Promise<boolean>;
  stop(): void;
}

/** True when the vault has been idle for at least the chosen number of minutes. */
export function isIdleLongEnough(now: number, lastActivity: number, minutes: AutoLockMinutes): boolean {
  return minutes !== null && now - lastActivity >= minutes * 60_000;
}

export function startAutoLock(options: AutoLockOptions): AutoLock {
  const now = options.now ?? Date.now;
  const schedule = options.setInterval ?? ((callback, milliseconds) => setInterval(callback, milliseconds).unref());
  const cancel = options.clearInterval ?? ((handle) => clearInterval(handle as NodeJS.Timeout));
  let lastActivity = now();

  async function check(): Promise<boolean> {
    if (!(await options.isUnlocked())) {
      lastActivity = now();
      return false;
    }
    if (!isIdleLongEnough(now(), lastActivity, await options.minutes())) return false;
    await options.lock();
    return true;
  }

  const handle = schedule(() => void check().catch(() => undefined), options.checkEveryMilliseconds ?? 15_000);
  return {
    touch: () => {
      lastActivity = now();
    },
    check,
    stop: () => cancel(handle),
  };
}
