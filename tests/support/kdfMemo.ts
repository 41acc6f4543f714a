/**
 * Setup file of every test project: the passphrase KDF derives each (passphrase, salt, settings)
 * once per test file and hands out copies afterwards. Every new vault, salt or passphrase still
 * runs the real scrypt at the production settings, and the settings are still checked on every
 * call; what a test no longer pays for is the same unlock again (about 0.7 s on two busy cores).
 * Child processes (the CLI, the kill writers) are not affected: they derive as the app does.
 */
import { vi } from 'vitest';
import type * as Kdf from '../../src/main/vault/kdf';

vi.mock('../../src/main/vault/kdf', async (importOriginal) => {
  const kdf = await importOriginal<typeof Kdf>();
  const derived = new Map<string, Promise<Buffer>>();
  const derivePassphraseKey: typeof kdf.derivePassphraseKey = async (passphrase, salt, parameters) => {
    kdf.checkScryptParameters(parameters);
    const { N, r, p } = parameters;
    const key = JSON.stringify([passphrase, salt.toString('base64'), N, r, p]);
    let pending = derived.get(key);
    if (pending === undefined) {
      pending = kdf.derivePassphraseKey(passphrase, salt, parameters);
      derived.set(key, pending);
      pending.catch(() => derived.delete(key));
    }
    // A copy: the caller zero-fills what it gets.
    return Buffer.from(await pending);
  };
  return { ...kdf, derivePassphraseKey };
});
