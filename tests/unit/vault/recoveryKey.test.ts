import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deriveRecoveryWrappingKey,
  formatRecoveryKey,
  generateRecoverySecret,
  parseRecoveryKey,
} from '../../../src/main/vault/recoveryKey';
import { thrown } from './fixtures';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const secrets = fc.uint8Array({ minLength: 20, maxLength: 20 }).map((bytes) => Buffer.from(bytes));

describe('the recovery key', () => {
  it('is nine groups of four Crockford characters: 160 bits and a checksum group', () => {
    const text = formatRecoveryKey(generateRecoverySecret());
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('round-trips every secret', () => {
    fc.assert(
      fc.property(secrets, (secret) => {
        expect(parseRecoveryKey(formatRecoveryKey(secret)).equals(secret)).toBe(true);
      }),
    );
  });

  it('tolerates case, spaces, missing dashes and the Crockford look-alikes', () => {
    const secret = Buffer.from('00112233445566778899aabbccddeeff01234567', 'hex');
    const text = formatRecoveryKey(secret);
    const variants = [
      text.toLowerCase(),
      text.replace(/-/g, ' '),
      text.replace(/-/g, ''),
      `  ${text.replace(/-/g, ' - ')}  `,
      text.replace(/1/g, 'l').replace(/0/g, 'O'),
      text.replace(/1/g, 'I').replace(/0/g, 'o'),
    ];
    for (const variant of variants) expect(parseRecoveryKey(variant).equals(secret), variant).toBe(true);
  });

  it('gives invalid-recovery-key for every single mistyped character', () => {
    fc.assert(
      fc.property(secrets, fc.nat({ max: 35 }), fc.nat({ max: 30 }), (secret, position, shift) => {
        const symbols = [...formatRecoveryKey(secret).replace(/-/g, '')];
        const original = symbols[position] ?? '0';
        symbols[position] = alphabet[(alphabet.indexOf(original) + 1 + shift) % 32] ?? '0';
        expect(thrown(() => parseRecoveryKey(symbols.join(''))).code).toBe('invalid-recovery-key');
      }),
      { numRuns: 2000 },
    );
  });

  it('gives invalid-recovery-key for every swap of two different neighbours', () => {
    fc.assert(
      fc.property(secrets, fc.nat({ max: 34 }), (secret, position) => {
        const symbols = [...formatRecoveryKey(secret).replace(/-/g, '')];
        const [left, right] = [symbols[position] ?? '', symbols[position + 1] ?? ''];
        fc.pre(left !== right);
        symbols[position] = right;
        symbols[position + 1] = left;
        expect(thrown(() => parseRecoveryKey(symbols.join(''))).code).toBe('invalid-recovery-key');
      }),
      { numRuns: 2000 },
    );
  });

  it('gives invalid-recovery-key for the wrong length or foreign characters', () => {
    const text = formatRecoveryKey(generateRecoverySecret());
    for (const wrong of ['', text.slice(0, -1), `${text}0`, text.replace(/^./, 'U'), text.replace(/^./, '*')]) {
      expect(thrown(() => parseRecoveryKey(wrong)).code, wrong).toBe('invalid-recovery-key');
    }
  });

  it('derives a different wrapping key per salt', () => {
    const secret = generateRecoverySecret();
    const first = deriveRecoveryWrappingKey(secret, Buffer.alloc(16, 1));
    const second = deriveRecoveryWrappingKey(secret, Buffer.alloc(16, 2));
    expect(first).toHaveLength(32);
    expect(first.equals(second)).toBe(false);
  });
});
