/**
 * Keeps the cache in step with what main announces: a journal change marks the reads it names
 * stale, the end of the search index's build marks searches stale, a lock drops every answer at
 * once and marks the status locked. An open is not followed: the gate that opened the journal
 * records its own answer, so after a create or a recovery the kit shows before the journal.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { AlianzaEvents } from '../../../shared/ipc/api';
import { clearDecrypted, invalidateJournalChange, invalidateMethods, staleAfterProgress } from './invalidation';

/** Subscribes the cache to main's events; returns the unsubscribe. */
export function followMainEvents(client: QueryClient, events: AlianzaEvents): () => void {
  const unsubscribes = [
    events.onJournalChanged((change) => void invalidateJournalChange(client, change)),
    events.onProgress((progress) => void invalidateMethods(client, staleAfterProgress(progress))),
    events.onVaultLocked(() => clearDecrypted(client)),
  ];
  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}
