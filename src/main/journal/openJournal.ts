/**
 * The journal of the session that is open now. The store caches the decrypted case list, so it
 * belongs to one session: a new session gets a new store, and `forget()` drops it on lock.
 */
import type { VaultSession } from '../vault/vaultSession';
import { createJournalStore, dropJournalStore, type JournalDevice, type JournalStore } from './journalStore';

export interface OpenJournal {
  readonly session: VaultSession;
  readonly store: JournalStore;
}

export interface JournalAccess {
  /** The open journal, or `locked`. */
  open(): OpenJournal;
  /** Drops the store and what it decrypted. */
  forget(): void;
}

/**
 * A store for the open session, made again when the session changes; written as `device` in a
 * synced vault (journalStore.ts).
 */
export function createJournalAccess(session: () => VaultSession, device?: JournalDevice): JournalAccess {
  let current: OpenJournal | undefined;
  return {
    open: () => {
      const open = session();
      if (current?.session !== open) current = { session: open, store: createJournalStore(open, device) };
      return current;
    },
    forget: () => {
      if (current !== undefined) dropJournalStore(current.session);
      current = undefined;
    },
  };
}
