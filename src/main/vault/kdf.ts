/**
 * The passphrase KDF: Node's built-in scrypt, so there is no native dependency to ship. Opening
 * accepts exactly the settings this version creates: weaker ones are refused (a tampered header
 * must not downgrade the work factor) and so are stronger ones (a tampered header must not make an
 * unlock cost more memory or time than any journal of this version needs).
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
/**
 * The strongest settings this version creates (`createVault`'s and `changePassphrase`'s `kdf`
 * option): 256 MiB and about twice the default's time. An unlock never costs more.
 */
export const maximumScrypt: ScryptParameters = { N: 2 ** 18, r: 8, p: 1 };
export const defaultScrypt: ScryptParameters = minimumScrypt;
export const saltLength = 16;

/** Throws `unsupported-parameters` unless every parameter is inside the accepted range. */
export function checkScryptParameters(parameters: ScryptParameters): void {
  const { N, r, p } = parameters;
  const integers = [N, r, p].every((value) => Number.isSafeInteger(value));
  const powerOfTwo = integers && N > 1 && (N & (N - 1)) === 0;
  const described = `scrypt N=${N}, r=${r}, p=${p}`;
  if (!powerOfTwo || !integers || N < minimumScrypt.N || r < minimumScrypt.r || p < minimumScrypt.p) {
    throw new AppError(
      'unsupported-parameters',
      `The journal asks for key-derivation settings weaker than Alianza accepts (${described}); it was not opened.`,
    );
  }
  if (N > maximumScrypt.N || r > maximumScrypt.r || p > maximumScrypt.p) {
    const limit = `N=${maximumScrypt.N}, r=${maximumScrypt.r}, p=${maximumScrypt.p}`;
    throw new AppError(
      'unsupported-parameters',
      `The journal asks for key-derivation settings stronger than this version of Alianza creates (${described}; at most ${limit}), ` +
        'so unlocking would cost more memory and time than it should. The header (vault.json) was changed or damaged, ' +
        'or a newer Alianza made it; nothing was tried.',
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

/** scrypt needs about 128·N·r bytes: 256 MiB at the strongest accepted settings. */
function memoryFor(parameters: ScryptParameters): number {
  return 128 * parameters.N * parameters.r;
}
