import { restoreHeaderFromCopy } from '../../main/vault/headerCopy';
import type { CommandContext } from '../context';
import type { CommandResult } from '../output';

/** Puts the copy of a damaged `vault.json` back; no passphrase needed, nothing is decrypted. */
export async function restoreHeader(context: CommandContext): Promise<CommandResult> {
  const restored = await restoreHeaderFromCopy(context.vaultDirectory, { holder: 'cli' });
  return {
    json: { vault: context.vaultDirectory, ...restored },
    lines: [
      `Restored ${restored.file} from its copy.`,
      ...(restored.damagedPath === undefined ? [] : [`The damaged header was kept as ${restored.damagedPath}.`]),
      'Run `alianza verify` with the passphrase to check every file.',
    ],
  };
}
