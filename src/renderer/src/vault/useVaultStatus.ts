import { useCallback, useEffect, useRef, useState } from 'react';
import type { VaultStatus } from '../../../shared/vault/vaultStatus';
import { getApi } from '../api/client';

/** User activity is reported at most this often; main decides when idle means lock. */
const activityMilliseconds = 15_000;

interface VaultView {
  status: VaultStatus;
  /** Main locked on its own (idle time, screen lock, sleep, an interrupted rotation), not the Lock button. */
  lockedByMain: boolean;
}

/**
 * The vault's state as main sees it: read once at start, then from the answers of the gates and
 * from main's `vaultLocked` event, which drops every decrypted view at once (no polling). While
 * unlocked it reports activity. The unlock event is not followed here: the gate that opened the
 * journal has its answer, and after a create or a recovery the kit must show before the journal.
 */
export function useVaultStatus(initial: VaultStatus) {
  const [view, setView] = useState<VaultView>({ status: initial, lockedByMain: false });
  const lastReport = useRef(0);

  const update = useCallback((status: VaultStatus) => setView({ status, lockedByMain: false }), []);

  useEffect(
    () =>
      getApi().onVaultLocked(({ reason }) =>
        setView((current) =>
          current.status.state === 'unlocked'
            ? { status: { state: 'locked', directory: current.status.directory }, lockedByMain: reason !== 'user' }
            : current,
        ),
      ),
    [],
  );

  const unlocked = view.status.state === 'unlocked';
  useEffect(() => {
    if (!unlocked) return undefined;
    const onActivity = () => {
      const now = Date.now();
      if (now - lastReport.current < activityMilliseconds) return;
      lastReport.current = now;
      void getApi().reportActivity();
    };
    window.addEventListener('keydown', onActivity);
    window.addEventListener('pointerdown', onActivity);
    return () => {
      window.removeEventListener('keydown', onActivity);
      window.removeEventListener('pointerdown', onActivity);
    };
  }, [unlocked]);

  return { status: view.status, lockedByMain: view.lockedByMain, update };
}
