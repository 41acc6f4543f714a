import { describe, expect, it } from 'vitest';
import { checkScryptParameters, derivePassphraseKey, maximumScrypt, minimumScrypt } from '../../../src/main/vault/kdf';
import { normalizePassphrase } from '../../../src/main/vault/passphrase';
import { rejection, thrown } from './fixtures';

describe('scrypt parameters', () => {
  it('accepts exactly what this version creates: the minimum up to the cap', () => {
    for (const parameters of [minimumScrypt, maximumScrypt]) {
      expect(() => checkScryptParameters(parameters)).not.toThrow();
    }
  });

  it.each([
    ['the settings an earlier version accepted (1 GiB)', { N: 2 ** 20, r: 8, p: 2 }],
    ['more work than this version creates', { N: 2 ** 17, r: 8, p: 2 }],
    ['more memory than this version creates', { N: 2 ** 17, r: 16, p: 1 }],
    ['N above the cap', { N: 2 ** 19, r: 8, p: 1 }],
    ['N below 2^17', { N: 2 ** 16, r: 8, p: 1 }],
    ['r below 8', { N: 2 ** 17, r: 7, p: 1 }],
    ['p below 1', { N: 2 ** 17, r: 8, p: 0 }],
    ['N above 2^21', { N: 2 ** 22, r: 8, p: 1 }],
    ['r above 32', { N: 2 ** 17, r: 33, p: 1 }],
    ['p above 16', { N: 2 ** 17, r: 8, p: 17 }],
    ['N not a power of two', { N: 2 ** 17 + 1, r: 8, p: 1 }],
    ['fractional r', { N: 2 ** 17, r: 8.5, p: 1 }],
    ['negative p', { N: 2 ** 17, r: 8, p: -1 }],
    ['8 GiB of memory (N=2^21, r=32)', { N: 2 ** 21, r: 32, p: 1 }],
  ])('refuses %s with unsupported-parameters', (_name, parameters) => {
    expect(thrown(() => checkScryptParameters(parameters)).code).toBe('unsupported-parameters');
  });

  it('says why stronger settings are refused', () => {
    const error = thrown(() => checkScryptParameters({ N: 2 ** 20, r: 8, p: 2 }));
    expect(error.message).toContain('stronger than this version of Alianza creates');
    expect(error.message).toContain(`at most N=${maximumScrypt.N}`);
  });

  it('refuses weak parameters at derivation time too', async () => {
    const error = await rejection(derivePassphraseKey('long enough', Buffer.alloc(16), { N: 1024, r: 8, p: 1 }));
    expect(error.code).toBe('unsupported-parameters');
  });

  it('normalizes composed and decomposed accents to one passphrase and derives a 32-byte key', async () => {
    const composed = normalizePassphrase('mañana en la montaña');
    const decomposed = normalizePassphrase('man\u0303ana en la montan\u0303a');
    expect(decomposed).toBe(composed);
    const key = await derivePassphraseKey(composed, Buffer.alloc(16, 7), minimumScrypt);
    expect(key).toHaveLength(32);
  });
});

describe('passphrase rules', () => {
  it.each(['', '       ', '          ', 'short', '123456789', 'ñandú1234'])('refuses %j as weak', (passphrase) => {
    expect(thrown(() => normalizePassphrase(passphrase)).code).toBe('weak-passphrase');
  });

  it.each(['aaaaaaaaaaaa', '1234567890', 'password12', 'contraseña2024'])('refuses the guessable %j', (passphrase) => {
    expect(thrown(() => normalizePassphrase(passphrase)).code).toBe('weak-passphrase');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(normalizePassphrase('🔒🔑📓🌱🏠🧒🌳🐢🎈🍎')).toBe('🔒🔑📓🌱🏠🧒🌳🐢🎈🍎');
    // Five emoji are ten UTF-16 units but five characters.
    expect(thrown(() => normalizePassphrase('🔒🔒🔒🔒🔒')).code).toBe('weak-passphrase');
  });
});
