/** Opens the vault for one command and always locks it again, whatever happens. */
import { openVault } from '../main/vault/openVault';
import type { VaultSession } from '../main/vault/vaultSession';
import type { CommandContext } from './context';

export async function withSession<T>(
  context: CommandContext,
  action: (session: VaultSession) => Promise<T>,
): Promise<T> {
  const passphrase = await context.secrets.next('Passphrase');
  const session = await openVault({ directory: context.vaultDirectory, holder: 'cli', passphrase });
  try {
    return await action(session);
  } finally {
    await session.lock();
  }
}
