import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alianza } from '../support/cli';

const passphrase = 'correct horse battery staple';
const rotated = 'a rotated passphrase, longer';
const recovered = 'the passphrase set by recover';
const keyPattern = /^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/;
let root: string;
let vault: string;
let recoveryKey: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'alianza-cli-keys-'));
  vault = path.join(root, 'vault');
  const init = await alianza(['init', '--vault', vault, '--passphrase-stdin', '--json'], [passphrase]);
  recoveryKey = init.json['recoveryKey'] as string;
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the alianza CLI and the keys', () => {
  it('rotate-keys re-encrypts under a new key and prints the new recovery key once', async () => {
    const run = await alianza(['rotate-keys', '--vault', vault, '--passphrase-stdin', '--json'], [passphrase, rotated]);
    expect(run.exitCode).toBe(0);
    expect(run.json).toEqual({ ok: true, vault, recoveryKey: expect.stringMatching(keyPattern) });
    const old = await alianza(['verify', '--vault', vault, '--passphrase-stdin', '--json'], [passphrase]);
    expect(old.json).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    const verified = await alianza(['verify', '--vault', vault, '--passphrase-stdin', '--json'], [rotated]);
    expect(verified.json).toMatchObject({ ok: true, problems: [] });
    const oldKey = await alianza(['recover', '--vault', vault, '--passphrase-stdin'], [recoveryKey, recovered]);
    expect(oldKey.exitCode).toBe(1);
    recoveryKey = run.json['recoveryKey'] as string;
  }, 30_000);

  it('recover prints a new recovery key, and the one typed stops working', async () => {
    const run = await alianza(['recover', '--vault', vault, '--passphrase-stdin'], [recoveryKey, recovered]);
    expect(run.exitCode).toBe(0);
    const printed = /New recovery key: (\S+)/.exec(run.stdout)?.[1];
    expect(printed).toMatch(keyPattern);
    expect(printed).not.toBe(recoveryKey);
    const again = await alianza(
      ['recover', '--vault', vault, '--passphrase-stdin', '--json'],
      [recoveryKey, recovered],
    );
    expect(again.json).toMatchObject({ ok: false, error: { code: 'wrong-recovery-key' } });
    recoveryKey = printed!;
  });

  it('new-recovery-key asks for the passphrase and replaces the key', async () => {
    const run = await alianza(['new-recovery-key', '--vault', vault, '--passphrase-stdin', '--json'], [recovered]);
    expect(run.json).toEqual({ ok: true, vault, recoveryKey: expect.stringMatching(keyPattern) });
    const old = await alianza(['recover', '--vault', vault, '--passphrase-stdin', '--json'], [recoveryKey, passphrase]);
    expect(old.json).toMatchObject({ ok: false, error: { code: 'wrong-recovery-key' } });
  });
});
