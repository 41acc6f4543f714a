import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVaultAccess, type VaultAccess } from '../../../src/main/access/vaultAccess';
import type { Progress } from '../../../src/shared/progress/progress';
import { rejection } from '../../unit/vault/fixtures';

const passphrase = 'river lantern quietly seventeen';
const afterRecovery = 'a new passphrase after the recovery';
const rotated = 'another one, with a new key as well';
let directory: string;
let access: VaultAccess;
let rotations = 0;
/** The recovery key in force, as the tests replace it. */
let second: string;
const progress: Progress[] = [];

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'alianza-recovery-keys-'));
  access = createVaultAccess({
    directory,
    holder: 'app',
    onRotated: () => (rotations += 1),
    onProgress: (each) => void progress.push(each),
  });
});
afterAll(async () => {
  await access.lock();
  await rm(directory, { recursive: true, force: true });
});

describe('replacing the recovery key', () => {
  let first: string;

  it('after a recovery: a new key comes back, and the one that was used is refused', async () => {
    ({ recoveryKey: first } = await access.create(passphrase));
    await access.lock();
    const recovered = await access.recover(first, afterRecovery);
    expect(recovered.status.state).toBe('unlocked');
    second = recovered.recoveryKey;
    expect(second).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
    expect(second).not.toBe(first);
    await access.lock();
    expect((await rejection(access.recover(first, 'somebody who found the kit'))).code).toBe('wrong-recovery-key');
    expect((await access.unlock(afterRecovery)).state).toBe('unlocked');
  });

  it('on request, after the passphrase: the previous key is refused, the new one opens', async () => {
    expect((await rejection(access.newRecoveryKey('not the passphrase'))).code).toBe('wrong-passphrase');
    const replaced = await access.newRecoveryKey(afterRecovery);
    expect(replaced.status.state).toBe('unlocked');
    expect(replaced.recoveryKey).not.toBe(second);
    await access.lock();
    expect((await rejection(access.recover(second, 'x y z w passphrase'))).code).toBe('wrong-recovery-key');
    const again = await access.recover(replaced.recoveryKey, afterRecovery);
    expect(again.status.state).toBe('unlocked');
    second = again.recoveryKey;
  });
});

describe('re-encrypting everything through the access', () => {
  it('checks the passphrase, rotates, drops what was decrypted and reports progress', async () => {
    expect((await rejection(access.rotateKeys('not the passphrase', rotated))).code).toBe('wrong-passphrase');
    expect(rotations).toBe(0);
    const result = await access.rotateKeys(afterRecovery, rotated);
    expect(result.status.state).toBe('unlocked');
    expect(result.warning).toBeUndefined();
    expect(rotations).toBe(1);
    expect(progress.filter((each) => each.task === 'rotate').at(-1)).toMatchObject({ finished: true });
    await access.lock();
    expect((await rejection(access.unlock(afterRecovery))).code).toBe('wrong-passphrase');
    expect((await rejection(access.recover(second, 'x y z w passphrase'))).code).toBe('wrong-recovery-key');
    expect((await access.unlock(rotated)).state).toBe('unlocked');
    await access.lock();
    expect((await access.recover(result.recoveryKey, passphrase)).status.state).toBe('unlocked');
  }, 30_000);
});
