/**
 * The recovery key: 160 random bits shown once as nine groups of four Crockford base32
 * characters, the last group a CRC-20 checksum. A CRC of degree 20 catches every error burst of
 * up to 20 bits, so any single mistyped character or swapped neighbours gives
 * `invalid-recovery-key` instead of a confusing decryption failure.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '../../shared/ipc/result';
import { keyLength } from './aead';

export const recoveryKeyBytes = 20;

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const dataCharacters = (recoveryKeyBytes * 8) / 5;
const checkBits = 20;
const checkCharacters = checkBits / 5;
const groupLength = 4;
/** x^20 + x^3 + 1, a primitive trinomial; the x^20 term is implicit. */
const checkPolynomial = 0b1001;

/** A new random recovery secret. The caller shows its text once and zero-fills the Buffer. */
export function generateRecoverySecret(): Buffer {
  const secret = Buffer.alloc(recoveryKeyBytes);
  randomBytes(recoveryKeyBytes).copy(secret);
  return secret;
}

/** `XXXX-XXXX-…`: eight groups of data and one checksum group. */
export function formatRecoveryKey(secret: Buffer): string {
  if (secret.length !== recoveryKeyBytes) throw new RangeError('A recovery secret has 20 bytes.');
  const symbols = [...toSymbols(secret), ...checksumSymbols(secret)];
  const groups: string[] = [];
  for (let start = 0; start < symbols.length; start += groupLength) {
    groups.push(
      symbols
        .slice(start, start + groupLength)
        .map((symbol) => alphabet[symbol])
        .join(''),
    );
  }
  return groups.join('-');
}

/**
 * Reads what the user typed: case, spaces and dashes do not matter, and I/L read as 1 and O as 0
 * (Crockford). Throws `invalid-recovery-key` for anything else or a checksum mismatch.
 */
export function parseRecoveryKey(text: string): Buffer {
  const compact = text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  const symbols = [...compact].map((character) => alphabet.indexOf(character));
  if (symbols.length !== dataCharacters + checkCharacters || symbols.some((symbol) => symbol < 0)) {
    throw invalidKey();
  }
  const secret = fromSymbols(symbols.slice(0, dataCharacters));
  const expected = checksumSymbols(secret);
  if (expected.some((symbol, index) => symbol !== symbols[dataCharacters + index])) {
    secret.fill(0);
    throw invalidKey();
  }
  return secret;
}

/** The key that wraps the data key. The secret has full entropy, so HKDF is enough: no slow KDF. */
export function deriveRecoveryWrappingKey(secret: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, salt, 'alianza recovery wrap v1', keyLength));
}

function invalidKey(): AppError {
  return new AppError('invalid-recovery-key', 'The recovery key has a typo: check each group of characters.');
}

function toSymbols(bytes: Buffer): number[] {
  const symbols: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      symbols.push((buffer >>> bits) & 31);
    }
    buffer &= (1 << bits) - 1;
  }
  return symbols;
}

function fromSymbols(symbols: number[]): Buffer {
  const bytes = Buffer.alloc(recoveryKeyBytes);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const symbol of symbols) {
    buffer = (buffer << 5) | symbol;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >>> bits) & 255;
      buffer &= (1 << bits) - 1;
    }
  }
  return bytes;
}

/** CRC-20 of the 160 bits, most significant bit first, as four base32 symbols. */
function checksumSymbols(secret: Buffer): number[] {
  let remainder = 0;
  for (const byte of secret) {
    for (let bit = 7; bit >= 0; bit--) {
      const top = ((remainder >>> (checkBits - 1)) & 1) ^ ((byte >>> bit) & 1);
      remainder = (remainder << 1) & ((1 << checkBits) - 1);
      if (top === 1) remainder ^= checkPolynomial;
    }
  }
  return [15, 10, 5, 0].map((shift) => (remainder >>> shift) & 31);
}
