import { progressOf, type CommandContext } from '../context';
import type { CommandResult } from '../output';
import { withSession } from '../session';

/**
 * The passphrase, then a new one: a new data key, every file (backups too) re-encrypted under it,
 * all or nothing, and a new recovery key printed once. A copy of vault.json from before opens
 * nothing afterwards.
 */
export async function rotateKeys(context: CommandContext): Promise<CommandResult> {
  const rotated = await withSession(context, async (session) => {
    const next = await context.secrets.nextNew('New passphrase');
    return session.rotateKeys(next, progressOf(context));
  });
  return {
    json: { vault: context.vaultDirectory, recoveryKey: rotated.recoveryKey },
    ...(rotated.unfinished === undefined ? {} : { notices: [rotated.unfinished] }),
    lines: [
      'Every file of the journal, its backups too, was re-encrypted with a new key, and the passphrase was changed.',
      '',
      `New recovery key: ${rotated.recoveryKey}`,
      '',
      'The previous recovery key and passphrase no longer open the journal, nor does an old copy of vault.json.',
      'Write the new recovery key down and keep it somewhere safe; it will not be shown again.',
    ],
  };
}
