/**
 * Keeps the cache in step with what main announces: a journal change marks the reads it names
 * stale, the end of the search index's build marks searches stale, a lock drops every answer at
 * once, an open records the status main gives.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { AlianzaEvents } from '../../../shared/ipc/api';
import { clearDecrypted, invalidateJournalChange, invalidateMethods, staleAfterProgress } from './invalidation';
import { queryKeyOf } from './queryKeys';

/** Subscribes the cache to main's events; returns the unsubscribe. */
export function followMainEvents(client: QueryClient, events: AlianzaEvents): () => void {
  const unsubscribes = [
    events.onJournalChanged((change) => void invalidateJournalChange(client, change)),
    events.onProgress((progress) => void invalidateMethods(client, staleAfterProgress(progress))),
    events.onVaultLocked(() => clearDecrypted(client)),
    events.onVaultUnlocked(({ status }) => client.setQueryData(queryKeyOf('getVaultStatus', undefined), status)),
  ];
  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}
