/**
 * The vault access, telling the window when the journal opens (created, unlocked or recovered),
 * with the status it opened in: after the rollback check, so a journal held read-only says so.
 */
import type { VaultStatus } from '../../shared/vault/vaultStatus';
import type { VaultAccess } from './vaultAccess';

export function announcingOpen<Vault extends VaultAccess>(
  vault: Vault,
  onOpened: (status: VaultStatus) => void,
): Vault {
  const opened = <T>(status: VaultStatus, result: T): T => {
    if (status.state === 'unlocked') onOpened(status);
    return result;
  };
  return {
    ...vault,
    create: async (passphrase) => {
      const created = await vault.create(passphrase);
      return opened(created.status, created);
    },
    unlock: async (passphrase) => {
      const status = await vault.unlock(passphrase);
      return opened(status, status);
    },
    recover: async (recoveryKey, newPassphrase) => {
      const kit = await vault.recover(recoveryKey, newPassphrase);
      return opened(kit.status, kit);
    },
  };
}
