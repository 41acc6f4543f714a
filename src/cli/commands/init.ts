import { createVault } from '../../main/vault/createVault';
import type { CommandContext } from '../context';
import type { CommandResult } from '../output';
import { lockAfter } from '../session';

/** Creates a vault and prints its recovery key, the only time it is shown. */
export async function init(context: CommandContext): Promise<CommandResult> {
  const passphrase = await context.secrets.nextNew('New passphrase');
  const { recoveryKey, session, warning } = await createVault({
    directory: context.vaultDirectory,
    passphrase,
    holder: 'cli',
  });
  await lockAfter(session, context);
  return {
    json: { vault: context.vaultDirectory, recoveryKey },
    ...(warning === undefined ? {} : { notices: [warning] }),
    lines: [
      `Created an encrypted journal in ${context.vaultDirectory}`,
      '',
      `Recovery key: ${recoveryKey}`,
      '',
      'Write the recovery key down and keep it somewhere safe, away from this computer.',
      'It opens the journal if the passphrase is forgotten, and it will not be shown again.',
    ],
  };
}
