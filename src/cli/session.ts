/**
 * Opens the vault for one command and always locks it again, whatever happens. Opening finishes
 * what an interrupted command left (an import killed before it was done), as the app's first read
 * of the case list does.
 */
import { createJournalStore } from '../main/journal/journalStore';
import { openVault } from '../main/vault/openVault';
import type { VaultSession } from '../main/vault/vaultSession';
import { AppError } from '../shared/ipc/result';
import type { CommandContext } from './context';

export async function withSession<T>(
  context: CommandContext,
  action: (session: VaultSession) => Promise<T>,
): Promise<T> {
  const passphrase = await context.secrets.next('Passphrase');
  const session = await openVault({
    directory: context.vaultDirectory,
    holder: 'cli',
    passphrase,
    ...(context.fileSystem === undefined ? {} : { fileSystem: context.fileSystem }),
  });
  try {
    if (session.readOnly) {
      context.notices.push(
        'The journal was opened read-only: its lock (vault.lock) could not be written, so the disk is full or not writable. ' +
          'Reading, verify, export-json and backups work; nothing can be saved until there is space.',
      );
    }
    // A failure here (an unreadable index) is the command's to report, not the opening's.
    await createJournalStore(session)
      .listCases()
      .catch(() => undefined);
    return await action(session);
  } finally {
    await lockAfter(session, context);
  }
}

/**
 * Locks the session. The keys are wiped before the lock file is removed, so a lock file that
 * cannot be removed does not undo what the command did: it is a notice, not a failure.
 */
export async function lockAfter(session: VaultSession, context: CommandContext): Promise<void> {
  try {
    await session.lock();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    context.notices.push(error.message);
  }
}
