import { openVaultWithRecoveryKey } from '../../main/vault/openVault';
import type { CommandContext } from '../context';
import type { CommandResult } from '../output';
import { lockAfter } from '../session';

/** Forgotten passphrase: the recovery key opens the vault, then a new passphrase is set. */
export async function recover(context: CommandContext): Promise<CommandResult> {
  const recoveryKey = await context.secrets.next('Recovery key');
  const session = await openVaultWithRecoveryKey({ directory: context.vaultDirectory, holder: 'cli', recoveryKey });
  try {
    const next = await context.secrets.nextNew('New passphrase');
    await session.changePassphrase(next);
  } finally {
    await lockAfter(session, context);
  }
  return {
    json: { vault: context.vaultDirectory },
    lines: ['The journal was opened with the recovery key and has a new passphrase.'],
  };
}
