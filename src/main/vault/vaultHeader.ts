/**
 * `vault.json`: the plaintext header. It holds no secret, only the KDF settings, the two wraps of
 * the data key and a MAC under a subkey of the data key that covers every other byte of it.
 */
import { z } from 'zod';
import { AppError } from '../../shared/ipc/result';
import { ivLength, keyLength, tagLength } from './aead';
import { saltLength } from './kdf';

export const vaultFormat = 'alianza-vault';
export const vaultVersion = 1;

/** Base64 in Node's own canonical spelling, so one byte string has exactly one header text. */
function base64Bytes(length: number) {
  return z
    .string()
    .refine((text) => Buffer.from(text, 'base64').toString('base64') === text && byteLength(text) === length, {
      message: `Expected ${length} bytes in base64.`,
    });
}

function byteLength(text: string): number {
  return Buffer.from(text, 'base64').length;
}

const sealedKeySchema = {
  iv: base64Bytes(ivLength),
  tag: base64Bytes(tagLength),
  ciphertext: base64Bytes(keyLength),
};

export const scryptSettingsSchema = z.strictObject({
  algorithm: z.literal('scrypt'),
  N: z.int(),
  r: z.int(),
  p: z.int(),
  salt: base64Bytes(saltLength),
});

export const vaultHeaderSchema = z.strictObject({
  format: z.literal(vaultFormat),
  version: z.literal(vaultVersion),
  vaultId: z.uuid(),
  createdAt: z.iso.datetime(),
  kdf: scryptSettingsSchema,
  wraps: z.strictObject({
    passphrase: z.strictObject(sealedKeySchema),
    recovery: z.strictObject({ salt: base64Bytes(saltLength), ...sealedKeySchema }),
  }),
  mac: base64Bytes(32),
});

export type VaultHeader = z.infer<typeof vaultHeaderSchema>;
export type UnsignedHeader = Omit<VaultHeader, 'mac'>;
export type ScryptSettings = z.infer<typeof scryptSettingsSchema>;
export type SealedKey = VaultHeader['wraps']['passphrase'];

/**
 * Parses the header text. A header for another format or version is `unsupported-format`; one
 * that is not well formed is `integrity`. Neither tells anything about the passphrase.
 */
export function parseVaultHeader(text: string, file: string): VaultHeader {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw damagedHeader(file);
  }
  const probe = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (probe.format !== vaultFormat) {
    throw new AppError('unsupported-format', 'This file is not an Alianza journal header.', { file });
  }
  if (probe.version !== vaultVersion) {
    throw new AppError(
      'unsupported-format',
      `This journal was written in format version ${String(probe.version)}; this Alianza reads version ${vaultVersion}.`,
      { file },
    );
  }
  const parsed = vaultHeaderSchema.safeParse(raw);
  if (!parsed.success) throw damagedHeader(file);
  return parsed.data;
}

/** Stable, readable text for the file. The MAC does not depend on this layout. */
export function serializeVaultHeader(header: VaultHeader): string {
  return `${JSON.stringify(header, null, 2)}\n`;
}

function damagedHeader(file: string): AppError {
  return new AppError('integrity', 'The journal header (vault.json) is damaged or was changed outside Alianza.', {
    file,
  });
}
