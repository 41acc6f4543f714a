import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVault } from '../../../src/main/vault/createVault';
import { openVault, openVaultWithRecoveryKey } from '../../../src/main/vault/openVault';
import { keyBuffersForTesting, type VaultSession } from '../../../src/main/vault/vaultSession';
import { verifyVault } from '../../../src/main/vault/verifyVault';
import type { Progress } from '../../../src/shared/progress/progress';
import { exists, rejection, removeFolder, temporaryFolder } from '../../unit/vault/fixtures';
import { encryptedFiles, opensWith, populate, type Contents } from './rotationFixture';

const passphrase = 'cuaderno de campo 2024';
const rotatedPassphrase = 'una frase nueva para la clave nueva';

let root: string;
let directory: string;
let session: VaultSession;
let oldRecoveryKey: string;
let newRecoveryKey: string;
let contents: Contents;
let oldFileKey: Buffer;
let oldHeader: string;
let before: Map<string, Buffer>;
const progress: Progress[] = [];

async function bytesOf(files: Iterable<string>): Promise<Map<string, Buffer>> {
  const bytes = new Map<string, Buffer>();
  for (const relative of files) bytes.set(relative, await readFile(path.join(directory, relative)));
  return bytes;
}

beforeAll(async () => {
  root = await temporaryFolder('alianza-rotation-');
  directory = path.join(root, 'journal');
  ({ recoveryKey: oldRecoveryKey, session } = await createVault({ directory, passphrase, holder: 'app' }));
  contents = await populate(session);
  oldFileKey = Buffer.from(keyBuffersForTesting(session)[1]!);
  oldHeader = await readFile(path.join(directory, 'vault.json'), 'utf8');
  before = await bytesOf((await encryptedFiles(directory)).keys());
  ({ recoveryKey: newRecoveryKey } = await session.rotateKeys(rotatedPassphrase, {
    onProgress: (each) => void progress.push(each),
  }));
}, 30_000);
afterAll(async () => {
  await session.lock();
  await removeFolder(root);
});

describe('re-encrypting the whole journal under a new key', () => {
  it('rewrites every .alz file, backups included, and leaves no staging folder', async () => {
    const files = await encryptedFiles(directory);
    expect([...files.keys()].sort()).toEqual([...before.keys()].sort());
    expect([...files.keys()].filter((file) => file.startsWith('backups/')).length).toBeGreaterThanOrEqual(9);
    const after = await bytesOf(files.keys());
    for (const [relative, bytes] of after) expect(bytes.equals(before.get(relative)!), relative).toBe(false);
    expect(await exists(path.join(directory, '.rotation'))).toBe(false);
  });

  it('leaves no file the old key opens', async () => {
    for (const [relative, fileId] of await encryptedFiles(directory)) {
      expect(await opensWith(directory, session.vaultId, oldFileKey, relative, fileId), relative).toBe(false);
    }
  });

  it('keeps every file readable, with its content and generation, in the same session and after a new unlock', async () => {
    for (const [fileId, data] of contents) expect((await session.readFile(fileId)).data).toEqual(data);
    const report = await verifyVault(session);
    expect(report.problems).toEqual([]);
    expect(report.checked).toBe(before.size);
    expect((await session.listBackups('case:alba')).map((backup) => backup.valid)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    await session.lock();
    session = await openVault({ directory, passphrase: rotatedPassphrase, holder: 'app' });
    expect((await verifyVault(session)).problems).toEqual([]);
    for (const [fileId, data] of contents) expect((await session.readFile(fileId)).data).toEqual(data);
  });

  it('goes on saving under the new key; a save asked for during the rotation waits for it', async () => {
    const rotation = session.rotateKeys(passphrase);
    const save = session.writeFile('case:bruno', { alias: 'Familia B.', note: 'after' });
    const [rotated, generation] = await Promise.all([rotation, save]);
    expect(generation).toBe(2);
    expect((await session.readFile('case:bruno')).data).toEqual({ alias: 'Familia B.', note: 'after' });
    expect((await verifyVault(session)).problems).toEqual([]);
    // Back to the key of the tests below.
    ({ recoveryKey: newRecoveryKey } = await session.rotateKeys(rotatedPassphrase));
    expect(rotated.recoveryKey).not.toBe(newRecoveryKey);
    contents.set('case:bruno', { alias: 'Familia B.', note: 'after' });
  }, 30_000);

  it('reports its progress as `rotate`, counting files', () => {
    expect(progress.every((each) => each.task === 'rotate' && each.unit === 'files')).toBe(true);
    expect(progress.at(0)).toMatchObject({ done: 0, total: before.size, finished: false });
    expect(progress.at(-1)).toMatchObject({ done: before.size, total: before.size, finished: true });
  });

  it('the old passphrase and the old recovery key open nothing; the new recovery key opens', async () => {
    await session.lock();
    expect((await rejection(openVault({ directory, passphrase, holder: 'app' }))).code).toBe('wrong-passphrase');
    const oldKey = await rejection(openVaultWithRecoveryKey({ directory, recoveryKey: oldRecoveryKey, holder: 'app' }));
    expect(oldKey.code).toBe('wrong-recovery-key');
    session = await openVaultWithRecoveryKey({ directory, recoveryKey: newRecoveryKey, holder: 'app' });
    expect((await session.readFile('case:alba')).data).toEqual(contents.get('case:alba'));
  });

  it('an old vault.json copied back is refused, with the old passphrase and the old recovery key alike', async () => {
    await session.lock();
    const current = await readFile(path.join(directory, 'vault.json'), 'utf8');
    // The attacker puts the header saved before the rotation back, and its copy too.
    await writeFile(path.join(directory, 'vault.json'), oldHeader);
    await writeFile(path.join(directory, 'backups', 'header', 'vault.json'), oldHeader);
    const refused = await rejection(openVault({ directory, passphrase, holder: 'app' }));
    expect(refused.code).toBe('integrity');
    expect(refused.file).toBe(path.join(directory, 'vault.json'));
    expect(refused.message).toMatch(/copy from before the journal was re-encrypted/);
    const byKey = await rejection(openVaultWithRecoveryKey({ directory, recoveryKey: oldRecoveryKey, holder: 'app' }));
    expect(byKey.code).toBe('integrity');
    // And whatever the old header unwraps decrypts no current file.
    for (const [relative, fileId] of await encryptedFiles(directory)) {
      expect(await opensWith(directory, session.vaultId, oldFileKey, relative, fileId), relative).toBe(false);
    }
    await writeFile(path.join(directory, 'vault.json'), current);
    session = await openVault({ directory, passphrase: rotatedPassphrase, holder: 'app' });
    expect((await verifyVault(session)).problems).toEqual([]);
  });
});

describe('a rotation that cannot read every file', () => {
  it('stops before the commit: nothing changes, the old passphrase and recovery key still work', async () => {
    const folder = path.join(root, 'damaged');
    const created = await createVault({ directory: folder, passphrase, holder: 'cli' });
    await populate(created.session);
    const damaged = path.join(folder, 'backups', 'case.alba', '3.alz');
    const bytes = await readFile(damaged);
    bytes[bytes.length - 1]! ^= 1;
    await writeFile(damaged, bytes);
    const files = await encryptedFiles(folder);
    const kept = new Map<string, Buffer>();
    for (const relative of files.keys()) kept.set(relative, await readFile(path.join(folder, relative)));

    const error = await rejection(created.session.rotateKeys(rotatedPassphrase));
    expect(error.code).toBe('integrity');
    expect(error.file).toBe(damaged);
    expect(error.message).toMatch(/not re-encrypted: nothing was changed/);
    expect(await exists(path.join(folder, '.rotation'))).toBe(false);
    for (const [relative, bytes] of kept)
      expect((await readFile(path.join(folder, relative))).equals(bytes)).toBe(true);
    // The session goes on under the old key.
    expect((await created.session.readFile('case:bruno')).data).toMatchObject({ alias: 'Familia B.' });
    await created.session.lock();
    const reopened = await openVaultWithRecoveryKey({
      directory: folder,
      recoveryKey: created.recoveryKey,
      holder: 'cli',
    });
    await reopened.lock();
  }, 30_000);
});
