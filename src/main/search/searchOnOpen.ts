/**
 * The vault access, with search starting to build its index as soon as the journal opens
 * (created, unlocked or recovered), so the first search finds it under way or done.
 */
import type { VaultAccess } from '../access/vaultAccess';
import type { JournalSearch } from './journalSearch';

export function startingSearchOnOpen(vault: VaultAccess, search: Pick<JournalSearch, 'start'>): VaultAccess {
  const opened = <T>(result: T): T => {
    search.start();
    return result;
  };
  return {
    ...vault,
    create: async (passphrase) => opened(await vault.create(passphrase)),
    unlock: async (passphrase) => opened(await vault.unlock(passphrase)),
    recover: async (recoveryKey, newPassphrase) => opened(await vault.recover(recoveryKey, newPassphrase)),
  };
}
