import { openVaultWithRecoveryKey } from '../../main/vault/openVault';
import type { CommandContext } from '../context';
import type { CommandResult } from '../output';
import { lockAfter } from '../session';

/**
 * Forgotten passphrase: the recovery key opens the vault, then a new passphrase is set and the
 * recovery key that was used is replaced by a new one, printed once.
 */
export async function recover(context: CommandContext): Promise<CommandResult> {
  const recoveryKey = await context.secrets.next('Recovery key');
  const session = await openVaultWithRecoveryKey({ directory: context.vaultDirectory, holder: 'cli', recoveryKey });
  let replaced: { recoveryKey: string; warning?: string };
  try {
    const next = await context.secrets.nextNew('New passphrase');
    await session.changePassphrase(next);
    replaced = await session.replaceRecoveryKey();
  } finally {
    await lockAfter(session, context);
  }
  return {
    json: { vault: context.vaultDirectory, recoveryKey: replaced.recoveryKey },
    ...(replaced.warning === undefined ? {} : { notices: [replaced.warning] }),
    lines: [
      'The journal was opened with the recovery key and has a new passphrase.',
      '',
      `New recovery key: ${replaced.recoveryKey}`,
      '',
      'The recovery key you typed no longer works. Write the new one down and keep it somewhere safe;',
      'it will not be shown again.',
    ],
  };
}
