import { describe, expect, it } from 'vitest';
import { linuxPollMilliseconds, watchScreenLock, type ScreenLockSources } from '../../../src/main/shell/screenLock';

function sources(platform: NodeJS.Platform, states: string[]) {
  let tick: (() => void) | undefined;
  let interval = 0;
  let lockEvent: (() => void) | undefined;
  const value: ScreenLockSources = {
    platform,
    onLockEvent: (listener) => (lockEvent = listener),
    idleState: () => states.shift() ?? 'active',
    setInterval: (callback, milliseconds) => {
      tick = callback;
      interval = milliseconds;
      return {};
    },
  };
  return { value, tick: () => tick?.(), fireLockEvent: () => lockEvent?.(), interval: () => interval };
}

describe('screen lock', () => {
  it('follows the lock event on macOS and Windows, and polls nothing', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const fake = sources(platform, []);
      let locks = 0;
      watchScreenLock(fake.value, () => (locks += 1));
      expect(fake.interval()).toBe(0);
      fake.fireLockEvent();
      expect(locks).toBe(1);
    }
  });

  it('on Linux locks once when the idle state turns locked, and again after an unlock', () => {
    const fake = sources('linux', ['active', 'locked', 'locked', 'locked', 'active', 'idle', 'locked']);
    let locks = 0;
    watchScreenLock(fake.value, () => (locks += 1));
    expect(fake.interval()).toBe(linuxPollMilliseconds);
    for (let poll = 0; poll < 7; poll += 1) fake.tick();
    expect(locks).toBe(2);
  });
});
