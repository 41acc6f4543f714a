import type { CommandContext } from '../context';
import type { CommandResult } from '../output';
import { withSession } from '../session';

/**
 * Old passphrase first, then the new one; only the key wrap changes, no case file is rewritten.
 * `rotate-keys` also replaces the key itself and re-encrypts every file.
 */
export async function changePassphrase(context: CommandContext): Promise<CommandResult> {
  await withSession(context, async (session) => {
    const next = await context.secrets.nextNew('New passphrase');
    await session.changePassphrase(next);
  });
  return {
    json: { vault: context.vaultDirectory },
    lines: [
      'The passphrase was changed. The recovery key still works.',
      'To re-encrypt every file with a new key as well, run `alianza rotate-keys`.',
    ],
  };
}
