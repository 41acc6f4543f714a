import { scrypt } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { derivePassphraseKey, minimumScrypt } from '../../../src/main/vault/kdf';
import type * as Kdf from '../../../src/main/vault/kdf';
import { rejection } from './fixtures';

/** scrypt straight from Node, at the settings the app derives with. */
function realScrypt(passphrase: string, salt: Buffer): Promise<Buffer> {
  const { N, r, p } = minimumScrypt;
  return new Promise((resolve, reject) =>
    scrypt(passphrase, salt, 32, { N, r, p, maxmem: 256 * 1024 * 1024 }, (error, key) =>
      error === null ? resolve(key) : reject(error),
    ),
  );
}

describe('the test suite’s memo of passphrase keys (tests/support/kdfMemo.ts)', () => {
  it('stands in for the module the app derives with', async () => {
    const kdf = await vi.importActual<typeof Kdf>('../../../src/main/vault/kdf');
    expect(derivePassphraseKey).not.toBe(kdf.derivePassphraseKey);
  });

  it('gives the real scrypt key, a fresh copy each time, so zero-filling one leaves the next whole', async () => {
    const salt = Buffer.alloc(16, 3);
    const expected = await realScrypt('memoria de prueba', salt);
    const first = await derivePassphraseKey('memoria de prueba', salt, minimumScrypt);
    expect(first.equals(expected)).toBe(true);
    first.fill(0);
    const second = await derivePassphraseKey('memoria de prueba', salt, minimumScrypt);
    expect(second).not.toBe(first);
    expect(second.equals(expected)).toBe(true);
  });

  it('derives anew for another salt', async () => {
    const salt = Buffer.alloc(16, 3);
    const base = await derivePassphraseKey('memoria de prueba', salt, minimumScrypt);
    const otherSalt = await derivePassphraseKey('memoria de prueba', Buffer.alloc(16, 4), minimumScrypt);
    expect(otherSalt.equals(base)).toBe(false);
  });

  it('still refuses settings outside the accepted range, remembered or not', async () => {
    const salt = Buffer.alloc(16, 3);
    await derivePassphraseKey('memoria de prueba', salt, minimumScrypt);
    const error = await rejection(derivePassphraseKey('memoria de prueba', salt, { ...minimumScrypt, N: 2 ** 16 }));
    expect(error.code).toBe('unsupported-parameters');
  });
});
