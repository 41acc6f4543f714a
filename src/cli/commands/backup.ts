import path from 'node:path';
import { backupVault, restoreVault } from '../../main/backup/archive';
import { outputPath, progressOf, requirePositional, type CommandContext } from '../context';
import type { CommandResult } from '../output';

/** One archive of the whole vault, still encrypted: no passphrase needed, nothing decrypted. */
export async function backup(context: CommandContext): Promise<CommandResult> {
  const out = await outputPath(context);
  const summary = await backupVault(context.vaultDirectory, out, context.now, progressOf(context));
  return {
    json: { out, ...summary },
    lines: [
      `Backed up ${summary.files} encrypted files (${summary.bytes} bytes) to ${out}`,
      `SHA-256 ${summary.sha256}`,
    ],
  };
}

/** Restores an archive into a new or empty folder; all or nothing. */
export async function restore(context: CommandContext): Promise<CommandResult> {
  const archive = path.resolve(requirePositional(context, 0, 'The backup file'));
  const summary = await restoreVault(archive, context.vaultDirectory, progressOf(context));
  return {
    json: { vault: context.vaultDirectory, ...summary },
    lines: [
      `Restored ${summary.files} encrypted files into ${context.vaultDirectory}`,
      'Run `alianza verify` with the passphrase to check every file.',
    ],
  };
}
