/** Opening, locking and re-keying the vault. */
import type { Handlers } from '../ipc/router';
import type { Services } from '../services';

export function vaultHandlers({ vault, journal }: Pick<Services, 'vault' | 'journal'>) {
  return {
    getVaultStatus: () => vault.status(),
    createVault: ({ passphrase }) => vault.create(passphrase),
    unlockVault: ({ passphrase }) => vault.unlock(passphrase),
    recoverVault: ({ recoveryKey, newPassphrase }) => vault.recover(recoveryKey, newPassphrase),
    lockVault: () => vault.lock('user'),
    keepRolledBackState: () => vault.keepRolledBackState(),
    changePassphrase: ({ currentPassphrase, newPassphrase }) =>
      vault.changePassphrase(currentPassphrase, newPassphrase),
    // In the journal's queue, like backup and verify: none of them may read the folder half re-encrypted.
    rotateKeys: ({ currentPassphrase, newPassphrase }) =>
      journal.quietly(() => vault.rotateKeys(currentPassphrase, newPassphrase)),
    newRecoveryKey: ({ passphrase }) => vault.newRecoveryKey(passphrase),
    // Counts as activity by the contract; there is nothing else to do.
    reportActivity: () => undefined,
  } satisfies Partial<Handlers>;
}
