/**
 * `vault.json`: the plaintext header. It holds no secret, only the KDF settings, the two wraps of
 * the data key, a MAC under a subkey of the data key that covers every other byte of it, and an
 * unkeyed SHA-256 `checksum` of all of that. The MAC proves who wrote the header but can only be
 * checked with the key, so a damaged salt or wrap would read as a wrong passphrase; the checksum
 * is checked first, without the key and before any KDF, so damage is told apart (`integrity`).
 * Anyone can recompute it: it tells damage, not tampering. A header without it (written before
 * it existed) is still read, and gets it with the next header write. A header of a newer format
 * version is refused as written by a newer Alianza, and nothing here writes over it
 * (headerCopy.ts); later versions keep this checksum so that this one can tell them from damage.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/ipc/result';
import { newerDocument, newerVersionOf } from '../../shared/storage/documentVersion';
import { ivLength, keyLength, tagLength } from './aead';
import { canonicalJson } from './canonicalJson';
import { saltLength } from './kdf';
import { headerFileName } from './vaultLayout';

export const vaultFormat = 'alianza-vault';
export const vaultVersion = 1;

/** The header's format version; there is no older one to upgrade from yet. */
const headerVersioning = { subject: 'This journal (vault.json)', current: vaultVersion };

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
  /** SHA-256 (hex) of the canonical JSON of every other field; absent in headers written before it. */
  checksum: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

export type VaultHeader = z.infer<typeof vaultHeaderSchema>;
export type UnsignedHeader = Omit<VaultHeader, 'mac' | 'checksum'>;
export type ScryptSettings = z.infer<typeof scryptSettingsSchema>;
export type SealedKey = VaultHeader['wraps']['passphrase'];

/**
 * Parses the header text. One that is not well formed, or whose checksum does not match, is
 * `integrity`; a header for another format or version is `unsupported-format`, saying so when a
 * newer Alianza wrote it. None of it tells anything about the passphrase.
 */
export function parseVaultHeader(text: string, file: string): VaultHeader {
  const fields = headerFields(text, file);
  refuseNewer(fields, file);
  if (fields.version !== vaultVersion) {
    throw new AppError(
      'unsupported-format',
      `This journal was written in format version ${String(fields.version)}; this Alianza reads version ${vaultVersion}.`,
      { file },
    );
  }
  const parsed = vaultHeaderSchema.safeParse(fields);
  if (!parsed.success) throw damagedHeader(file);
  return parsed.data;
}

/** True for the text of a header that a newer version of Alianza wrote: nothing may write over it. */
export function isNewerHeader(text: string): boolean {
  try {
    return newerVersionOf(headerVersioning, headerFields(text, headerFileName)) !== undefined;
  } catch {
    return false;
  }
}

/** Throws the refusal of a header a newer Alianza wrote (`unsupported-format`); nothing for any other text. */
export function refuseNewerHeader(text: string, file: string): void {
  if (isNewerHeader(text)) refuseNewer(headerFields(text, file), file);
}

function refuseNewer(fields: Record<string, unknown>, file: string): void {
  const newer = newerVersionOf(headerVersioning, fields);
  if (newer !== undefined) throw newerDocument(headerVersioning, newer, { file });
}

/** The fields of an Alianza header whose checksum (when it has one) matches, before its version is looked at. */
function headerFields(text: string, file: string): Record<string, unknown> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw damagedHeader(file);
  }
  const probe = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  // First, so a damaged version or format byte is reported as damage, not as a newer journal.
  if ('checksum' in probe && !checksumMatches(probe)) throw damagedHeader(file);
  if (probe.format !== vaultFormat) {
    throw new AppError('unsupported-format', 'This file is not an Alianza journal header.', { file });
  }
  return probe;
}

/** Stable, readable text for the file, always with a fresh checksum. The MAC does not depend on this layout. */
export function serializeVaultHeader(header: VaultHeader): string {
  const { checksum: _old, ...content } = header;
  return `${JSON.stringify({ ...content, checksum: headerChecksum(content) }, null, 2)}\n`;
}

/** SHA-256 (hex) of the canonical JSON of the header's fields other than `checksum`. */
export function headerChecksum(content: Record<string, unknown>): string {
  const { checksum: _checksum, ...rest } = content;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

function checksumMatches(raw: Record<string, unknown>): boolean {
  try {
    return typeof raw.checksum === 'string' && raw.checksum === headerChecksum(raw);
  } catch {
    // A value canonical JSON cannot hold (not from JSON.parse) is no header.
    return false;
  }
}

/** The error for a header that is not well formed or fails its checksum: damage, never a passphrase question. */
export function damagedHeader(file: string): AppError {
  return new AppError(
    'integrity',
    'The journal header (vault.json) is damaged or was changed outside Alianza; this is not a passphrase problem. ' +
      'Restore its copy (backups/header/vault.json): Restore in the app, or `alianza restore-header`.',
    { file },
  );
}
