/**
 * Attack: damage `vault.json` (one flipped byte in the salt or a wrapped key), or tamper with it
 * to make every unlock as costly as the settings accepted allow. Damage must be told apart from a
 * wrong passphrase without running the KDF, restored from the header's copy, and an unlock must
 * never cost more than this version's own settings.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/handlers/createHandlers';
import { createVault } from '../../../src/main/vault/createVault';
import { restoreHeaderFromCopy } from '../../../src/main/vault/headerCopy';
import { derivePassphraseKey, maximumScrypt } from '../../../src/main/vault/kdf';
import { openVault } from '../../../src/main/vault/openVault';
import { alianza } from '../../support/cli';
import { createTestServices } from '../../support/services';
import { exists, rejection, removeFolder, temporaryFolder, withChecksum } from '../../unit/vault/fixtures';

const passphrase = 'encabezado dañado de prueba';
let root: string;
let directory: string;
let headerPath: string;
beforeEach(async () => {
  root = await temporaryFolder('alianza-header-damage-');
  directory = path.join(root, 'vault');
  headerPath = path.join(directory, 'vault.json');
  const { session } = await createVault({ directory, passphrase });
  await session.writeFile('case:c1', { title: 'Caso' });
  await session.lock();
});
afterEach(async () => {
  await removeFolder(root);
});

type Header = Record<string, Record<string, unknown>>;

/** Flips one bit of one byte of a base64 field, keeping it well-formed base64 of the same length. */
function flipByte(value: string): string {
  const bytes = Buffer.from(value, 'base64');
  bytes[3] = (bytes[3] ?? 0) ^ 0x10;
  return bytes.toString('base64');
}

async function damage(change: (header: Header) => void): Promise<void> {
  const header = JSON.parse(await readFile(headerPath, 'utf8')) as Header;
  change(header);
  await writeFile(headerPath, `${JSON.stringify(header, null, 2)}\n`);
}

async function timed<T>(action: () => Promise<T>): Promise<{ value: T; milliseconds: number }> {
  const started = performance.now();
  const value = await action();
  return { value, milliseconds: Math.round(performance.now() - started) };
}

describe('a damaged vault.json', () => {
  it.each([
    ['the salt', (header: Header) => (header.kdf!.salt = flipByte(String(header.kdf!.salt)))],
    [
      'the wrapped key',
      (header: Header) => {
        const wraps = header.wraps as { passphrase: { ciphertext: string } };
        wraps.passphrase.ciphertext = flipByte(wraps.passphrase.ciphertext);
      },
    ],
  ])(
    'with a flipped byte in %s is integrity naming vault.json, before any KDF, and its copy restores it',
    async (name, change) => {
      await damage(change);
      const { value: error, milliseconds } = await timed(() =>
        rejection(openVault({ directory, passphrase, holder: 'app' })),
      );
      console.warn(
        `header damage (${name}): ${error.code} naming ${path.basename(error.file ?? '')} in ${milliseconds} ms (a wrong passphrase takes a full scrypt run)`,
      );
      expect(error.code).toBe('integrity');
      expect(error.file).toBe(headerPath);
      expect(error.message).toContain('not a passphrase problem');
      expect(milliseconds).toBeLessThan(150);

      const restored = await restoreHeaderFromCopy(directory, { holder: 'cli' });
      expect(restored.damagedPath).toMatch(/vault\.json\.damaged-/);
      expect(await exists(restored.damagedPath ?? '')).toBe(true);
      const session = await openVault({ directory, passphrase, holder: 'app' });
      expect((await session.readFile('case:c1')).data).toEqual({ title: 'Caso' });
      await session.lock();
    },
  );

  it('is offered for restore on the unlock screen and by the CLI, and a readable one is not replaced', async () => {
    await damage((header) => (header.kdf!.salt = flipByte(String(header.kdf!.salt))));
    const services = createTestServices({ settingsDirectory: root, vaultDirectory: directory });
    try {
      const handlers = createHandlers(services);
      const refused = await rejection(services.vault.unlock(passphrase));
      expect(refused.file).toBe(headerPath);
      // What the unlock screen's Restore button sends: the file the error named.
      await handlers.restoreBackup({ file: refused.file ?? '' });
      expect((await services.vault.unlock(passphrase)).state).toBe('unlocked');
    } finally {
      await services.shutdown();
    }
    const again = await alianza(['restore-header', '--vault', directory, '--json']);
    expect(again.json).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    await damage((header) => ((header.wraps as { recovery: { iv: string } }).recovery.iv = 'AAAAAAAAAAAAAAAA'));
    const cli = await alianza(['restore-header', '--vault', directory, '--json']);
    expect(cli.json).toMatchObject({ ok: true, file: headerPath });
  });

  it('whose copy is damaged too is refused; any unlock mends a damaged copy', async () => {
    const copy = path.join(directory, 'backups', 'header', 'vault.json');
    await writeFile(copy, (await readFile(copy, 'utf8')).replace('"version": 1', '"version": 2'));
    const verified = await alianza(['verify', '--vault', directory, '--passphrase-stdin', '--json'], [passphrase]);
    // Opening wrote the copy again: a damaged copy is mended by any unlock.
    const problems = (verified.json as { problems: { path: string }[] }).problems;
    expect(problems.filter((problem) => problem.path.endsWith('vault.json'))).toEqual([]);
    await writeFile(copy, (await readFile(copy, 'utf8')).replace('"version": 1', '"version": 2'));
    await damage((header) => (header.kdf!.salt = flipByte(String(header.kdf!.salt))));
    const error = await rejection(restoreHeaderFromCopy(directory, { holder: 'cli' }));
    expect(error.code).toBe('integrity');
    expect(error.file).toBe(copy);
  });
});

describe('an unlock', () => {
  it('never costs more than the settings this version creates', async () => {
    // The strongest settings an earlier version accepted: 1 GiB and 12 to 14 s per attempt.
    const header = JSON.parse(await readFile(headerPath, 'utf8')) as Header;
    header.kdf = { ...header.kdf, N: 2 ** 20, r: 8, p: 2 };
    await writeFile(headerPath, withChecksum(header));
    const { value: error, milliseconds } = await timed(() =>
      rejection(openVault({ directory, passphrase, holder: 'app' })),
    );
    expect(error.code).toBe('unsupported-parameters');
    expect(error.message).toContain('stronger than this version of Alianza creates');
    expect(milliseconds).toBeLessThan(150);
    const strongest = await timed(() => derivePassphraseKey(passphrase, Buffer.alloc(16), maximumScrypt));
    const mebibytes = (128 * maximumScrypt.N * maximumScrypt.r) / 2 ** 20;
    console.warn(
      `header cost attack: N=2^20 r=8 p=2 (1024 MiB) refused in ${milliseconds} ms; the costliest unlock accepted now is ` +
        `N=2^${Math.log2(maximumScrypt.N)} r=${maximumScrypt.r} p=${maximumScrypt.p}: ${mebibytes} MiB, ${strongest.milliseconds} ms here`,
    );
    expect(mebibytes).toBeLessThanOrEqual(256);
  });
});

describe('a vault.json written before checksums', () => {
  const fixture = path.resolve(import.meta.dirname, '../../fixtures/vault-v1');
  const oldPassphrase = 'diario de formato antiguo';

  it('opens, and the unlock writes its checksum and its copy', async () => {
    const folder = path.join(root, 'old');
    await cp(fixture, folder, { recursive: true });
    const before = JSON.parse(await readFile(path.join(folder, 'vault.json'), 'utf8')) as Record<string, unknown>;
    expect(before.checksum).toBeUndefined();
    expect(await exists(path.join(folder, 'backups', 'header', 'vault.json'))).toBe(false);

    const session = await openVault({ directory: folder, passphrase: oldPassphrase, holder: 'app' });
    await session.lock();
    const text = await readFile(path.join(folder, 'vault.json'), 'utf8');
    const after = JSON.parse(text) as Record<string, unknown>;
    expect(after.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect({ ...after, checksum: undefined }).toEqual({ ...before, checksum: undefined });
    expect(await readFile(path.join(folder, 'backups', 'header', 'vault.json'), 'utf8')).toBe(text);

    // From now on, damage is damage.
    const header = JSON.parse(text) as Header;
    header.kdf!.salt = flipByte(String(header.kdf!.salt));
    await writeFile(path.join(folder, 'vault.json'), JSON.stringify(header));
    const error = await rejection(openVault({ directory: folder, passphrase: oldPassphrase, holder: 'app' }));
    expect(error.code).toBe('integrity');
  });
});
