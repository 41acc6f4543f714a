/**
 * What makes cached answers out of date, in one place: a mutation's success (what its contract
 * policy declares stale), main's `journalChanged` (the reads it names, narrowed to the case it
 * names), the end of long work that reads depend on (`progress`), and a lock (everything at
 * once, since every cached answer may hold decrypted text).
 */
import type { Query, QueryClient } from '@tanstack/react-query';
import type { Progress } from '../../../shared/progress/progress';
import type { VaultStatus } from '../../../shared/vault/vaultStatus';
import { contract, type EventPayload, type MethodName, type MutationName } from '../../../shared/ipc/contract';
import { caseIdOfKey, methodOfKey, queryKeyOf } from './queryKeys';

/** The reads a mutation makes stale, whatever their request, as its contract line declares. */
export function staleAfter(method: MutationName): readonly MethodName[] {
  return contract[method].stale;
}

/** Marks every cached read of `methods` stale and reads again those on screen. */
export function invalidateMethods(client: QueryClient, methods: readonly MethodName[]): Promise<void> {
  if (methods.length === 0) return Promise.resolve();
  return client.invalidateQueries({ predicate: (query) => readsOneOf(query, methods) });
}

/** After a mutation succeeded: exactly what the contract says it makes stale. */
export function invalidateAfterMutation(client: QueryClient, method: MutationName): Promise<void> {
  return invalidateMethods(client, staleAfter(method));
}

/**
 * Main says journal data changed. A change within one case leaves the reads of other cases
 * alone; reads that span cases (the case list, a search of all cases) are stale either way.
 */
export function invalidateJournalChange(client: QueryClient, change: EventPayload<'journalChanged'>): Promise<void> {
  return client.invalidateQueries({
    predicate: (query) => {
      if (!readsOneOf(query, change.stale)) return false;
      if (change.caseId === undefined) return true;
      const caseId = caseIdOfKey(query.queryKey);
      return caseId === undefined || caseId === change.caseId;
    },
  });
}

/**
 * The reads out of date once long work ends: searches answered while the index was being built
 * covered only the cases indexed by then.
 */
export function staleAfterProgress(progress: Progress): readonly MethodName[] {
  return progress.task === 'search-index' && progress.finished ? ['searchJournal'] : [];
}

/**
 * The keys are gone: every cached answer and every remembered mutation (their requests carry
 * the text typed) is dropped at once, and reads under way are abandoned. The vault's status
 * stays, marked locked: it holds only the state and the folder, and the gates show from it.
 */
export function clearDecrypted(client: QueryClient): void {
  const statusKey = queryKeyOf('getVaultStatus', undefined);
  const status = client.getQueryData<VaultStatus>(statusKey);
  void client.cancelQueries();
  if (status !== undefined) client.setQueryData<VaultStatus>(statusKey, lockedStatus(status));
  client.removeQueries({ predicate: (query) => methodOfKey(query.queryKey) !== 'getVaultStatus' });
  client.getMutationCache().clear();
}

/** The status once locked: an open journal's is locked in its folder; any other stays as it was. */
export function lockedStatus(status: VaultStatus): VaultStatus {
  return status.state === 'unlocked' ? { state: 'locked', directory: status.directory } : status;
}

function readsOneOf(query: Query, methods: readonly MethodName[]): boolean {
  const method = methodOfKey(query.queryKey);
  return method !== undefined && methods.includes(method);
}
