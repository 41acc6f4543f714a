import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVault } from '../../../src/main/vault/createVault';
import { openVault, openVaultWithRecoveryKey } from '../../../src/main/vault/openVault';
import { formatRecoveryKey, generateRecoverySecret } from '../../../src/main/vault/recoveryKey';
import { keyBuffersForTesting, type VaultSession } from '../../../src/main/vault/vaultSession';
import { allFiles, exists, rejection, removeFolder, temporaryFolder, withChecksum } from '../../unit/vault/fixtures';

const passphrase = 'cuaderno de campo 2024';
const newPassphrase = 'otra frase, más larga';
const newestPassphrase = 'after recovery: a third one';

let root: string;
let directory: string;
let recoveryKey: string;
let session: VaultSession;

beforeAll(async () => {
  root = await temporaryFolder('alianza-lifecycle-');
  directory = path.join(root, 'journal');
  ({ recoveryKey, session } = await createVault({ directory, passphrase, holder: 'app' }));
});
afterAll(async () => {
  await session.lock();
  await removeFolder(root);
});

async function encryptedFileBytes(): Promise<Map<string, Buffer>> {
  const bytes = new Map<string, Buffer>();
  for (const file of await allFiles(directory)) {
    if (file.endsWith('.alz')) bytes.set(path.relative(directory, file), await readFile(file));
  }
  return bytes;
}

describe('creating a vault', () => {
  it('writes the header, an empty index, the folders and the lock', async () => {
    const header = JSON.parse(await readFile(path.join(directory, 'vault.json'), 'utf8')) as Record<string, unknown>;
    expect(header).toMatchObject({
      format: 'alianza-vault',
      version: 1,
      vaultId: session.vaultId,
      kdf: { algorithm: 'scrypt', N: 2 ** 17, r: 8, p: 1 },
    });
    expect(Object.keys(header).sort()).toEqual([
      'checksum',
      'createdAt',
      'format',
      'kdf',
      'mac',
      'vaultId',
      'version',
      'wraps',
    ]);
    // The copy kept for a damaged header is the header itself.
    expect(await readFile(path.join(directory, 'backups', 'header', 'vault.json'), 'utf8')).toBe(
      await readFile(path.join(directory, 'vault.json'), 'utf8'),
    );
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
    expect(await session.readFile('index')).toEqual({ data: null, generation: 1 });
    for (const name of ['vault.lock', 'cases', 'drafts', 'backups']) {
      expect(await exists(path.join(directory, name)), name).toBe(true);
    }
  });

  it('refuses a weak passphrase, weak KDF settings, and an existing vault', async () => {
    const other = path.join(root, 'other');
    expect((await rejection(createVault({ directory: other, passphrase: 'short' }))).code).toBe('weak-passphrase');
    const weak = createVault({ directory: other, passphrase, kdf: { N: 2 ** 14, r: 8, p: 1 } });
    expect((await rejection(weak)).code).toBe('unsupported-parameters');
    // While it is open, its lock answers first; the header check is covered after lock() below.
    expect((await rejection(createVault({ directory, passphrase }))).code).toBe('vault-in-use');
  });

  it('reports a folder without a vault as vault-not-found', async () => {
    const error = await rejection(openVault({ directory: path.join(root, 'nothing'), passphrase, holder: 'app' }));
    expect(error.code).toBe('vault-not-found');
  });
});

describe('an open vault', () => {
  it('refuses a second opener with vault-in-use naming the holder', async () => {
    const error = await rejection(openVault({ directory, passphrase, holder: 'cli' }));
    expect(error.code).toBe('vault-in-use');
    expect(error.message).toContain('Alianza app');
  });

  it('zero-fills every key Buffer and releases the lock file on lock()', async () => {
    await session.writeFile('case:c1', { title: 'Caso 1', entries: ['primera sesión'] });
    const keys = keyBuffersForTesting(session);
    expect(keys).toHaveLength(3);
    for (const key of keys) expect(key.some((byte) => byte !== 0)).toBe(true);
    const pending = session.writeFile('case:c1', { title: 'Caso 1', entries: ['primera', 'segunda'] });
    await session.lock();
    await pending; // a write in flight when lock() was called finishes with the real key first
    for (const key of keys) expect(key.every((byte) => byte === 0)).toBe(true);
    expect(await exists(path.join(directory, 'vault.lock'))).toBe(false);
    expect(session.isLocked).toBe(true);
    expect((await rejection(session.readFile('case:c1'))).code).toBe('locked');
    expect((await rejection(session.writeFile('case:c1', {}))).code).toBe('locked');
    expect((await rejection(session.changePassphrase(newPassphrase))).code).toBe('locked');
    expect((await rejection(createVault({ directory, passphrase }))).code).toBe('vault-exists');
  });
});

describe('unlocking', () => {
  it('refuses a wrong passphrase and opens with the right one', async () => {
    expect((await rejection(openVault({ directory, passphrase: 'not the passphrase', holder: 'app' }))).code).toBe(
      'wrong-passphrase',
    );
    expect(await exists(path.join(directory, 'vault.lock'))).toBe(false);
    session = await openVault({ directory, passphrase, holder: 'app' });
    expect((await session.readFile('case:c1')).data).toEqual({ title: 'Caso 1', entries: ['primera', 'segunda'] });
  });

  it('changes the passphrase without rewriting any encrypted file', async () => {
    await session.writeFile('draft:d1', { text: 'a medio escribir' });
    const before = await encryptedFileBytes();
    expect(before.size).toBeGreaterThanOrEqual(4);
    await session.changePassphrase(newPassphrase);
    await session.lock();
    const after = await encryptedFileBytes();
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);

    expect((await rejection(openVault({ directory, passphrase, holder: 'app' }))).code).toBe('wrong-passphrase');
    session = await openVault({ directory, passphrase: newPassphrase, holder: 'cli' });
    expect(session.holder).toBe('cli');
    await session.lock();
  });

  it('opens with the recovery key, then a new passphrase works', async () => {
    session = await openVaultWithRecoveryKey({ directory, recoveryKey: recoveryKey.toLowerCase(), holder: 'app' });
    expect((await session.readFile('draft:d1')).data).toEqual({ text: 'a medio escribir' });
    await session.changePassphrase(newestPassphrase);
    await session.lock();
    session = await openVault({ directory, passphrase: newestPassphrase, holder: 'app' });
    expect((await session.readFile('case:c1')).generation).toBe(2);
    await session.lock();
  });

  it('tells a typo in the recovery key from a key of another vault', async () => {
    const typo = `${recoveryKey.slice(0, -1)}${recoveryKey.endsWith('0') ? '1' : '0'}`;
    expect((await rejection(openVaultWithRecoveryKey({ directory, recoveryKey: typo, holder: 'app' }))).code).toBe(
      'invalid-recovery-key',
    );
    const foreign = formatRecoveryKey(generateRecoverySecret());
    expect((await rejection(openVaultWithRecoveryKey({ directory, recoveryKey: foreign, holder: 'app' }))).code).toBe(
      'wrong-recovery-key',
    );
  });

  it('replaces the recovery key: the old one stops working', async () => {
    session = await openVaultWithRecoveryKey({ directory, recoveryKey, holder: 'app' });
    const { recoveryKey: replacement, warning } = await session.replaceRecoveryKey();
    expect(warning).toBeUndefined();
    expect(replacement).not.toBe(recoveryKey);
    await session.lock();
    expect((await rejection(openVaultWithRecoveryKey({ directory, recoveryKey, holder: 'app' }))).code).toBe(
      'wrong-recovery-key',
    );
    session = await openVaultWithRecoveryKey({ directory, recoveryKey: replacement, holder: 'app' });
    recoveryKey = replacement;
  });

  it('refuses KDF settings below the minimum or above the cap before running the KDF', async () => {
    await session.lock();
    const headerPath = path.join(directory, 'vault.json');
    const original = await readFile(headerPath, 'utf8');
    const refused = [{ N: 2 ** 16 }, { r: 4 }, { p: 0 }, { N: 2 ** 19 }, { r: 9 }, { p: 2 }, { N: 2 ** 22 }, { r: 64 }];
    for (const kdf of refused) {
      const header = JSON.parse(original) as { kdf: Record<string, unknown> };
      await writeFile(headerPath, withChecksum({ ...header, kdf: { ...header.kdf, ...kdf } }));
      const started = performance.now();
      const error = await rejection(openVault({ directory, passphrase: newestPassphrase, holder: 'app' }));
      expect(error.code, JSON.stringify(kdf)).toBe('unsupported-parameters');
      expect(performance.now() - started).toBeLessThan(200);
      const recovery = await rejection(openVaultWithRecoveryKey({ directory, recoveryKey, holder: 'app' }));
      expect(recovery.code).toBe('unsupported-parameters');
    }
    await writeFile(headerPath, original);
    session = await openVaultWithRecoveryKey({ directory, recoveryKey, holder: 'app' });
  });
});
