/**
 * Wrapping the data key under the passphrase key and the recovery key, and the header MAC.
 * Each wrap's AAD binds the format, version, vault id, slot name and that slot's own KDF
 * settings. The recovery wrap does not bind the scrypt settings, so changing the passphrase (new
 * salt, maybe new settings) leaves it valid; the MAC still covers the whole header.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { keyLength, seal, unseal } from './aead';
import { canonicalJson } from './canonicalJson';
import type { SealedKey, UnsignedHeader, VaultHeader } from './vaultHeader';

type Binding = Pick<UnsignedHeader, 'format' | 'version' | 'vaultId'>;

/** AAD of the passphrase wrap. */
export function passphraseWrapAad(header: Binding & Pick<UnsignedHeader, 'kdf'>): Buffer {
  const { format, version, vaultId, kdf } = header;
  return Buffer.from(canonicalJson({ format, version, vaultId, slot: 'passphrase', kdf }));
}

/** AAD of the recovery wrap: its KDF is HKDF-SHA256 with its own salt. */
export function recoveryWrapAad(header: Binding, salt: string): Buffer {
  const { format, version, vaultId } = header;
  const kdf = { algorithm: 'hkdf-sha256', salt };
  return Buffer.from(canonicalJson({ format, version, vaultId, slot: 'recovery', kdf }));
}

/** Encrypts the data key under a wrapping key. */
export function wrapDataKey(wrappingKey: Buffer, dataKey: Buffer, aad: Buffer): SealedKey {
  const { iv, tag, ciphertext } = seal(wrappingKey, dataKey, aad);
  return { iv: iv.toString('base64'), tag: tag.toString('base64'), ciphertext: ciphertext.toString('base64') };
}

/** The data key in a fresh Buffer the caller owns, or undefined when the wrapping key is wrong. */
export function unwrapDataKey(wrappingKey: Buffer, wrap: SealedKey, aad: Buffer): Buffer | undefined {
  const sealed = {
    iv: Buffer.from(wrap.iv, 'base64'),
    tag: Buffer.from(wrap.tag, 'base64'),
    ciphertext: Buffer.from(wrap.ciphertext, 'base64'),
  };
  const plaintext = unseal(wrappingKey, sealed, aad);
  if (plaintext === undefined) return undefined;
  if (plaintext.length !== keyLength) {
    plaintext.fill(0);
    return undefined;
  }
  // An unpooled Buffer of our own, so zero-filling it cannot touch anything else.
  const dataKey = Buffer.alloc(keyLength);
  plaintext.copy(dataKey);
  plaintext.fill(0);
  return dataKey;
}

/** HMAC-SHA256 over the canonical header without `mac`. */
export function headerMac(headerKey: Buffer, header: UnsignedHeader): string {
  return createHmac('sha256', headerKey)
    .update(canonicalJson(unsigned(header)))
    .digest('base64');
}

/** Constant-time check of the header MAC. */
export function isHeaderMacValid(headerKey: Buffer, header: VaultHeader): boolean {
  const expected = Buffer.from(headerMac(headerKey, header), 'base64');
  const actual = Buffer.from(header.mac, 'base64');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Adds the MAC to a header. */
export function signHeader(headerKey: Buffer, header: UnsignedHeader): VaultHeader {
  return { ...unsigned(header), mac: headerMac(headerKey, header) };
}

function unsigned(header: UnsignedHeader | VaultHeader): UnsignedHeader {
  const { format, version, vaultId, createdAt, kdf, wraps } = header;
  return { format, version, vaultId, createdAt, kdf, wraps };
}
