/**
 * Locking the journal when the screen locks. Electron's `lock-screen` event exists on macOS and
 * Windows only; on Linux the system's idle state is asked instead, which Chromium reports as
 * `locked` where the desktop's screen saver says so (over D-Bus or X11) — not on every desktop,
 * which is why auto-lock after inactivity stays the guarantee there.
 */

export interface ScreenLockSources {
  platform: NodeJS.Platform;
  /** Subscribes to the system's lock event (macOS, Windows). */
  onLockEvent: (listener: () => void) => void;
  /** The system's idle state ('active' | 'idle' | 'locked' | 'unknown'). */
  idleState: () => string;
  setInterval: (callback: () => void, milliseconds: number) => { unref?: () => void };
}

/** How often Linux is asked; a locked screen leaves the journal open at most this long. */
export const linuxPollMilliseconds = 5_000;

/** Calls `lock` when the screen locks; on Linux once per locked spell, not every poll. */
export function watchScreenLock(sources: ScreenLockSources, lock: () => void): void {
  if (sources.platform !== 'linux') {
    sources.onLockEvent(lock);
    return;
  }
  let wasLocked = false;
  const timer = sources.setInterval(() => {
    const locked = sources.idleState() === 'locked';
    if (locked && !wasLocked) lock();
    wasLocked = locked;
  }, linuxPollMilliseconds);
  timer.unref?.();
}
