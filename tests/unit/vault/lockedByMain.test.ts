import { describe, expect, it } from 'vitest';
import { lockedByMain } from '../../../src/renderer/src/vault/useVaultStatus';

const locked = { state: 'locked', directory: '/v' } as const;

describe('the notice that main locked the journal', () => {
  it('shows after a lock main decided, on the lock screen only', () => {
    for (const reason of ['auto-lock', 'screen-lock', 'suspend', 'interrupted'] as const)
      expect(lockedByMain(locked, reason)).toBe(true);
    expect(lockedByMain({ state: 'unlocked', directory: '/v' }, 'auto-lock')).toBe(false);
  });

  it('does not show after the Lock button, or when no lock was announced since the last answer', () => {
    expect(lockedByMain(locked, 'user')).toBe(false);
    expect(lockedByMain(locked, undefined)).toBe(false);
  });
});
