import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LockReason } from '../../../shared/vault/lockReason';
import type { VaultStatus } from '../../../shared/vault/vaultStatus';
import { getApi } from '../api/client';
import { queryKeyOf } from '../api/queryKeys';
import { useContractMutation } from '../api/useContractMutation';
import { useContractQuery } from '../api/useContractQuery';

/** User activity is reported at most this often; main decides when idle means lock. */
const activityMilliseconds = 15_000;

/** Main locked on its own (idle time, screen lock, sleep, an interrupted rotation), not the Lock button. */
export function lockedByMain(status: VaultStatus, reason: LockReason | undefined): boolean {
  return status.state === 'locked' && reason !== undefined && reason !== 'user';
}

/**
 * The vault's state as main sees it: the cached getVaultStatus read (read once before the first
 * paint, never polled), set by the gates' answers and by the Lock button's mutation; main's
 * `vaultLocked` event marks it locked as it drops every decrypted answer (`clearDecrypted`), so
 * the journal goes at once. The unlock event is not followed here: the gate that opened the
 * journal has its answer, and after a create or a recovery the kit must show before the journal.
 * While unlocked it reports activity.
 */
export function useVaultStatus(initial: VaultStatus) {
  const client = useQueryClient();
  // Seeded before the first paint (main.tsx), and never removed: `initial` only types the first render.
  const status = useContractQuery('getVaultStatus', undefined).data ?? initial;
  const [lockReason, setLockReason] = useState<LockReason | undefined>();
  const { mutate: reportActivity } = useContractMutation('reportActivity');
  const locking = useContractMutation('lockVault');
  const lastReport = useRef(0);

  const update = useCallback(
    (next: VaultStatus) => {
      client.setQueryData(queryKeyOf('getVaultStatus', undefined), next);
      setLockReason(undefined);
    },
    [client],
  );

  useEffect(() => getApi().onVaultLocked(({ reason }) => setLockReason(reason)), []);

  const unlocked = status.state === 'unlocked';
  useEffect(() => {
    if (!unlocked) return undefined;
    const onActivity = () => {
      const now = Date.now();
      if (now - lastReport.current < activityMilliseconds) return;
      lastReport.current = now;
      reportActivity(undefined);
    };
    window.addEventListener('keydown', onActivity);
    window.addEventListener('pointerdown', onActivity);
    return () => {
      window.removeEventListener('keydown', onActivity);
      window.removeEventListener('pointerdown', onActivity);
    };
  }, [unlocked, reportActivity]);

  return {
    status,
    lockedByMain: lockedByMain(status, lockReason),
    update,
    /** The Lock button: main locks, and its event and this mutation's policy show the lock screen. */
    lock: () => locking.mutate(undefined),
  };
}
