/** One real vault per test file, composed exactly as the app composes it (services + handlers). */
import path from 'node:path';
import type { Services } from '../../../src/main/services';
import { createTestServices } from '../../support/services';
import { removeFolder, temporaryFolder } from '../../unit/vault/fixtures';
import { manualClock } from '../../unit/journal/journalFixtures';

export const passphrase = 'cuaderno reflexivo de prueba 2025';

export interface TestJournal {
  services: Services;
  /** Moves the journal's clock (timestamps, the calendar-day rule). */
  clock: ReturnType<typeof manualClock>;
  directory: string;
  close(): Promise<void>;
}

/** Creates a vault in a temporary folder (about half a second of scrypt) and leaves it unlocked. */
export async function openTestJournal(start = new Date(2025, 2, 14, 10, 0)): Promise<TestJournal> {
  const root = await temporaryFolder('alianza-journal-');
  const directory = path.join(root, 'vault');
  const clock = manualClock(start);
  const services = createTestServices({
    settingsDirectory: root,
    vaultDirectory: directory,
    now: () => clock.now().getTime(),
    // The test moves the clock by days; the idle check must not lock the vault under it.
    autoLockCheckMilliseconds: 2_000_000_000,
  });
  await services.vault.create(passphrase);
  return {
    services,
    clock,
    directory,
    close: async () => {
      await services.shutdown();
      await removeFolder(root);
    },
  };
}
