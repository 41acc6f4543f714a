import type { CommandContext } from '../context';
import type { CommandResult } from '../output';
import { withSession } from '../session';

/** The passphrase, then a new recovery key printed once; the previous one stops working. */
export async function newRecoveryKey(context: CommandContext): Promise<CommandResult> {
  const replaced = await withSession(context, (session) => session.replaceRecoveryKey());
  return {
    json: { vault: context.vaultDirectory, recoveryKey: replaced.recoveryKey },
    ...(replaced.warning === undefined ? {} : { notices: [replaced.warning] }),
    lines: [
      `New recovery key: ${replaced.recoveryKey}`,
      '',
      'The previous recovery key no longer opens the journal. Write the new one down and keep it',
      'somewhere safe, away from this computer; it will not be shown again.',
    ],
  };
}
