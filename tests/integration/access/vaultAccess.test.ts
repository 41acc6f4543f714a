import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVaultAccess, type VaultAccess } from '../../../src/main/access/vaultAccess';
import { AppError } from '../../../src/shared/ipc/result';

const passphrase = 'river lantern quietly seventeen';
let directory: string;
let access: VaultAccess;

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'alianza-access-'));
  access = createVaultAccess({ directory, holder: 'app' });
});
afterEach(async () => {
  await access.lock();
  await rm(directory, { recursive: true, force: true });
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return error instanceof AppError ? error.code : `no AppError: ${String(error)}`;
}

describe('vault access', () => {
  it('goes absent → unlocked → locked → unlocked', async () => {
    expect((await access.status()).state).toBe('absent');
    const created = await access.create(passphrase);
    expect(created.status.state).toBe('unlocked');
    expect((await access.lock()).state).toBe('locked');
    expect(() => access.session()).toThrow(AppError);
    expect((await access.unlock(passphrase)).state).toBe('unlocked');
  });

  it('will not "recover" or re-create an open journal: every way in needs a secret', async () => {
    await access.create(passphrase);
    expect(await codeOf(access.recover('not-a-key', 'attacker chosen passphrase'))).toBe('invalid-request');
    expect(await codeOf(access.create('another long passphrase here'))).toBe('vault-exists');
    await access.lock();
    expect((await access.unlock(passphrase)).state).toBe('unlocked');
  });

  it('checks the current passphrase before changing it', async () => {
    await access.create(passphrase);
    expect(await codeOf(access.changePassphrase('wrong current one', 'a new long passphrase'))).toBe(
      'wrong-passphrase',
    );
    await access.changePassphrase(passphrase, 'a new long passphrase');
    await access.lock();
    expect(await codeOf(access.unlock(passphrase))).toBe('wrong-passphrase');
  });

  it('stays locked when a lock arrives while an unlock is still deriving its key', async () => {
    await access.create(passphrase);
    await access.lock();
    const unlocking = access.unlock(passphrase);
    await access.lock(); // The screen locks during the slow KDF.
    expect(await codeOf(unlocking)).toBe('locked');
    expect((await access.status()).state).toBe('locked');
    expect((await access.unlock(passphrase)).state).toBe('unlocked');
  });
});
