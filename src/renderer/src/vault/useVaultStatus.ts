import { useCallback, useEffect, useRef, useState } from 'react';
import type { VaultStatus } from '../../../shared/vault/vaultStatus';
import { getApi } from '../api/client';

/** How often the renderer asks main whether the vault is still open (auto-lock, screen lock). */
const pollMilliseconds = 3_000;
/** User activity is reported at most this often; main decides when idle means lock. */
const activityMilliseconds = 15_000;

/**
 * The vault's state as main sees it. While unlocked, it polls so a lock that main decided (idle,
 * screen lock, suspend) drops every decrypted view within seconds, and it reports activity.
 */
export function useVaultStatus(initial: VaultStatus) {
  const [status, setStatus] = useState(initial);
  const [lockedByMain, setLockedByMain] = useState(false);
  const lastReport = useRef(0);

  const update = useCallback((next: VaultStatus, decidedByMain = false) => {
    setStatus(next);
    setLockedByMain(decidedByMain && next.state === 'locked');
  }, []);

  useEffect(() => {
    if (status.state !== 'unlocked') return undefined;
    const timer = window.setInterval(() => {
      void getApi()
        .getVaultStatus()
        .then((result) => {
          if (result.ok && result.value.state !== 'unlocked') update(result.value, true);
        });
    }, pollMilliseconds);
    const onActivity = () => {
      const now = Date.now();
      if (now - lastReport.current < activityMilliseconds) return;
      lastReport.current = now;
      void getApi().reportActivity();
    };
    window.addEventListener('keydown', onActivity);
    window.addEventListener('pointerdown', onActivity);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('keydown', onActivity);
      window.removeEventListener('pointerdown', onActivity);
    };
  }, [status.state, update]);

  return { status, lockedByMain, update };
}
