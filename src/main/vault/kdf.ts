/**
 * The passphrase KDF: Node's built-in scrypt, so there is no native dependency to ship. Opening
 * refuses weak parameters (a tampered header must not downgrade the work factor) and absurd ones
 * (a tampered header must not make Alianza allocate gigabytes or spin for minutes).
 */
import { scrypt } from 'node:crypto';
import { AppError } from '../../shared/ipc/result';
import { keyLength } from './aead';

export interface ScryptParameters {
  N: number;
  r: number;
  p: number;
}

export const minimumScrypt: ScryptParameters = { N: 2 ** 17, r: 8, p: 1 };
export const maximumScrypt: ScryptParameters = { N: 2 ** 21, r: 32, p: 16 };
export const defaultScrypt: ScryptParameters = minimumScrypt;
export const saltLength = 16;

/** scrypt needs about 128·N·r bytes; N = 2^21 with r = 32 would be 8 GiB, so memory has its own cap. */
const maximumMemory = 2 ** 30;
/** Work grows with N·r·p: at most 16 times the default's, a few seconds on a slow laptop. */
const maximumWork = minimumScrypt.N * minimumScrypt.r * 16;

/** Throws `unsupported-parameters` unless every parameter is inside the accepted range. */
export function checkScryptParameters(parameters: ScryptParameters): void {
  const { N, r, p } = parameters;
  const integers = [N, r, p].every((value) => Number.isSafeInteger(value));
  const powerOfTwo = integers && N > 1 && (N & (N - 1)) === 0;
  const inRange =
    integers &&
    N >= minimumScrypt.N &&
    r >= minimumScrypt.r &&
    p >= minimumScrypt.p &&
    N <= maximumScrypt.N &&
    r <= maximumScrypt.r &&
    p <= maximumScrypt.p &&
    memoryFor(parameters) <= maximumMemory &&
    N * r * p <= maximumWork;
  if (!powerOfTwo || !inRange) {
    throw new AppError(
      'unsupported-parameters',
      `The journal asks for key-derivation settings Alianza refuses (scrypt N=${N}, r=${r}, p=${p}).`,
    );
  }
}

/** Derives the 32-byte passphrase key. The caller owns the Buffer and zero-fills it after use. */
export async function derivePassphraseKey(
  passphrase: string,
  salt: Buffer,
  parameters: ScryptParameters,
): Promise<Buffer> {
  checkScryptParameters(parameters);
  const { N, r, p } = parameters;
  return new Promise((resolve, reject) => {
    scrypt(passphrase, salt, keyLength, { N, r, p, maxmem: memoryFor(parameters) + 64 * 1024 * 1024 }, (error, key) =>
      error === null ? resolve(key) : reject(error),
    );
  });
}

function memoryFor(parameters: ScryptParameters): number {
  return 128 * parameters.N * parameters.r;
}
