/**
 * The header's format version, on a copy of the vault the previous release made
 * (tests/fixtures/vault-v1): it opens with today's code; a header a newer Alianza wrote is refused
 * with a message that says so, by the unlock and by every command, and no byte of the vault
 * changes: not by the unlock's repair of the header files, not by restore-header, not by a key
 * rotation or a passphrase change.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkHeaderFiles, restoreHeaderFromCopy } from '../../../src/main/vault/headerCopy';
import { openVault, openVaultWithRecoveryKey } from '../../../src/main/vault/openVault';
import { formatRecoveryKey, generateRecoverySecret } from '../../../src/main/vault/recoveryKey';
import { nodeVaultFileSystem } from '../../../src/main/vault/vaultFileSystem';
import { parseVaultHeader } from '../../../src/main/vault/vaultHeader';
import { alianza } from '../../support/cli';
import { createTestServices } from '../../support/services';
import { allFiles, exists, rejection, removeFolder, temporaryFolder, withChecksum } from '../../unit/vault/fixtures';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/vault-v1');
const oldPassphrase = 'diario de formato antiguo';
const newPassphrase = 'una frase nueva y bastante larga';
const newerMessage =
  'This journal (vault.json) was written by a newer version of Alianza (format 2; this one reads up to 1). ' +
  'Update Alianza to open it; the file was left as it is.';

let root: string;
let folder: string;
let headerPath: string;
let copyPath: string;
beforeEach(async () => {
  root = await temporaryFolder('alianza-header-version-');
  folder = path.join(root, 'vault');
  await cp(fixture, folder, { recursive: true });
  headerPath = path.join(folder, 'vault.json');
  copyPath = path.join(folder, 'backups', 'header', 'vault.json');
});
afterEach(async () => {
  await removeFolder(root);
});

/** The fixture's header as a later format would write it: another version, a field this one does not know. */
async function newerHeaderText(): Promise<string> {
  const header = JSON.parse(await readFile(path.join(fixture, 'vault.json'), 'utf8')) as Record<string, unknown>;
  return withChecksum({ ...header, version: 2, keyCheck: 'a field of format 2' });
}

/** Every file of the vault and its bytes. */
async function snapshot(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const file of await allFiles(folder)) {
    files.set(path.relative(folder, file), (await readFile(file)).toString('base64'));
  }
  return files;
}

describe('the header of the previous release', () => {
  it('opens with today’s code', async () => {
    expect(parseVaultHeader(await readFile(headerPath, 'utf8'), headerPath).version).toBe(1);
    const session = await openVault({ directory: folder, passphrase: oldPassphrase, holder: 'app' });
    await session.lock();
  });
});

describe('a header a newer version of Alianza wrote', () => {
  beforeEach(async () => {
    // As the newer version leaves it: the header and its copy alike.
    const text = await newerHeaderText();
    await writeFile(headerPath, text);
    await mkdir(path.dirname(copyPath), { recursive: true });
    await writeFile(copyPath, text);
  });

  it('is refused by the unlock, naming a newer version of Alianza, and nothing is written', async () => {
    const before = await snapshot();
    const error = await rejection(openVault({ directory: folder, passphrase: oldPassphrase, holder: 'app' }));
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toBe(newerMessage);
    expect(error.file).toBe(headerPath);
    const recoveryKey = formatRecoveryKey(generateRecoverySecret());
    const recovery = await rejection(openVaultWithRecoveryKey({ directory: folder, recoveryKey, holder: 'app' }));
    expect(recovery.message).toBe(newerMessage);
    expect(await snapshot()).toEqual(before);
  });

  it('is not damage: restore-header leaves it in place, and so does the app’s restore', async () => {
    const before = await snapshot();
    const error = await rejection(restoreHeaderFromCopy(folder, { holder: 'cli' }));
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toBe(newerMessage);

    // Even with an older copy beside it, which a repair would put back.
    const olderCopy = await readFile(path.join(fixture, 'vault.json'), 'utf8');
    await writeFile(copyPath, withChecksum(JSON.parse(olderCopy) as Record<string, unknown>));
    const withOlderCopy = await snapshot();
    expect((await rejection(restoreHeaderFromCopy(folder, { holder: 'cli' }))).message).toBe(newerMessage);
    const services = createTestServices({ settingsDirectory: root, vaultDirectory: folder });
    try {
      expect((await rejection(services.vault.restoreHeader(headerPath))).code).toBe('unsupported-format');
      expect((await rejection(services.vault.unlock(oldPassphrase))).message).toBe(newerMessage);
    } finally {
      await services.shutdown();
    }
    expect(await snapshot()).toEqual(withOlderCopy);
    await writeFile(copyPath, await newerHeaderText());
    expect(await snapshot()).toEqual(before);
  });

  it('is refused by every command that changes keys or files, and no byte changes', async () => {
    const before = await snapshot();
    const recoveryKey = formatRecoveryKey(generateRecoverySecret());
    const commands: [string[], string[]][] = [
      [['rotate-keys'], [oldPassphrase, newPassphrase]],
      [['change-passphrase'], [oldPassphrase, newPassphrase]],
      [['new-recovery-key'], [oldPassphrase]],
      [['recover'], [recoveryKey, newPassphrase]],
      [['restore-header'], []],
      [['verify'], [oldPassphrase]],
      [['backup', '--out', path.join(root, 'journal.alzb')], [oldPassphrase]],
      [['export-json', '--out', path.join(root, 'cases.json')], [oldPassphrase]],
    ];
    for (const [command, input] of commands) {
      const run = await alianza([...command, '--vault', folder, '--passphrase-stdin', '--json'], input);
      expect({ command: command[0], exitCode: run.exitCode, json: run.json }).toMatchObject({
        command: command[0],
        exitCode: 1,
        json: { ok: false, error: { code: 'unsupported-format', message: newerMessage } },
      });
    }
    expect(await exists(path.join(root, 'journal.alzb'))).toBe(false);
    expect(await exists(path.join(root, 'cases.json'))).toBe(false);
    const init = await alianza(['init', '--vault', folder, '--passphrase-stdin', '--json'], [newPassphrase]);
    expect(init.json).toMatchObject({ ok: false, error: { code: 'vault-exists' } });
    expect(await snapshot()).toEqual(before);
  }, 60_000);

  it('is named by the header check as newer, not as damaged', async () => {
    expect(await checkHeaderFiles(folder, nodeVaultFileSystem)).toEqual([
      expect.objectContaining({ path: 'vault.json', code: 'unsupported-format', kind: 'current' }),
      expect.objectContaining({ path: 'backups/header/vault.json', code: 'unsupported-format', kind: 'backup' }),
    ]);
  });
});

describe('a copy of the header a newer version of Alianza wrote, beside a header this one reads', () => {
  it('is not written over by the unlock that refreshes the copy', async () => {
    await mkdir(path.dirname(copyPath), { recursive: true });
    const newer = await newerHeaderText();
    await writeFile(copyPath, newer);
    const session = await openVault({ directory: folder, passphrase: oldPassphrase, holder: 'app' });
    await session.lock();
    expect(await readFile(copyPath, 'utf8')).toBe(newer);
    // The header itself was written before checksums: the unlock adds its checksum as before.
    expect(JSON.parse(await readFile(headerPath, 'utf8'))).toHaveProperty('checksum');
  });
});
