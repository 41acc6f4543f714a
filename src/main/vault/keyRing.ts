/**
 * The keys of an open vault. The random data key never encrypts anything itself: HKDF separates
 * one subkey for files and one for the header MAC, so no key serves two purposes.
 */
import { hkdfSync } from 'node:crypto';
import { keyLength } from './aead';

export interface KeyRing {
  /** The random root key; only ever stored wrapped. */
  readonly dataKey: Buffer;
  /** AES-256-GCM key for every `.alz` file. */
  readonly fileKey: Buffer;
  /** HMAC-SHA256 key for `vault.json`. */
  readonly headerKey: Buffer;
}

/** Takes ownership of `dataKey`: wipeKeyRing zero-fills it with the subkeys. */
export function deriveKeyRing(dataKey: Buffer): KeyRing {
  return {
    dataKey,
    fileKey: subkey(dataKey, 'alianza file encryption v1'),
    headerKey: subkey(dataKey, 'alianza header mac v1'),
  };
}

/** Overwrites every key with zeros. Node's cipher contexts keep their own copies until collected. */
export function wipeKeyRing(keys: KeyRing): void {
  for (const key of keyBuffers(keys)) key.fill(0);
}

/** Every Buffer in the ring, for wiping and for the zero-fill test. */
export function keyBuffers(keys: KeyRing): Buffer[] {
  return [keys.dataKey, keys.fileKey, keys.headerKey];
}

function subkey(dataKey: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), purpose, keyLength));
}
