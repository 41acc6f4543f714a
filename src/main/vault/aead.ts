/** AES-256-GCM with a fresh random 96-bit IV per message: the one cipher of the vault. */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const keyLength = 32;
export const ivLength = 12;
export const tagLength = 16;

export interface Sealed {
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

/** Encrypts and authenticates `plaintext`; `aad` is authenticated but not stored. */
export function seal(key: Buffer, plaintext: Uint8Array, aad: Uint8Array): Sealed {
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: tagLength });
  cipher.setAAD(aad);
  const ciphertext = joined(cipher.update(plaintext), cipher.final());
  return { iv, tag: cipher.getAuthTag(), ciphertext };
}

/**
 * The plaintext, or undefined when anything fails to authenticate. Callers choose the typed
 * error, because the same failure means "wrong passphrase" for a key wrap and "damaged" for a file.
 */
export function unseal(key: Buffer, sealed: Sealed, aad: Uint8Array): Buffer | undefined {
  if (sealed.iv.length !== ivLength || sealed.tag.length !== tagLength) return undefined;
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv, { authTagLength: tagLength });
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.tag);
  const head = decipher.update(sealed.ciphertext);
  try {
    // final() verifies the tag; until it passes, `head` is unauthenticated and must not escape.
    return joined(head, decipher.final());
  } catch {
    head.fill(0);
    return undefined;
  }
}

/** GCM's final() yields no bytes, so in practice this avoids copying a whole file a second time. */
function joined(head: Buffer, tail: Buffer): Buffer {
  if (tail.length === 0) return head;
  const whole = Buffer.concat([head, tail]);
  head.fill(0);
  return whole;
}
