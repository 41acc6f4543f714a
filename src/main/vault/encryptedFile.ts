/**
 * The binary format of every `.alz` file:
 * `"ALZF" | version (1 byte) | generation (u64 BE) | iv (12) | tag (16) | ciphertext`.
 * The AAD binds magic, version, vault id, file id and generation, so a file moved to another
 * name, another vault or another generation fails to authenticate like any flipped bit.
 */
import { AppError } from '../../shared/ipc/result';
import { ivLength, seal, tagLength, unseal } from './aead';

export const fileMagic = Buffer.from('ALZF', 'ascii');
export const fileFormatVersion = 1;
const generationOffset = fileMagic.length + 1;
const ivOffset = generationOffset + 8;
const tagOffset = ivOffset + ivLength;
/** Bytes before the ciphertext. */
export const fileHeaderLength = tagOffset + tagLength;

/** Where a file belongs: both are bound into its AAD. */
export interface FileBinding {
  vaultId: string;
  fileId: string;
}

export interface DecryptedFile {
  generation: number;
  payload: Buffer;
}

/** Encrypts one generation of a file. */
export function encryptFile(key: Buffer, binding: FileBinding, generation: number, payload: Uint8Array): Buffer {
  const prefix = filePrefix(generation);
  const { iv, tag, ciphertext } = seal(key, payload, fileAad(binding, generation));
  return Buffer.concat([prefix, iv, tag, ciphertext]);
}

/**
 * Decrypts and authenticates a whole file. Any damage, truncation, extra byte or a file that
 * belongs elsewhere throws `integrity` naming `path`; no unauthenticated byte is returned.
 */
export function decryptFile(key: Buffer, binding: FileBinding, bytes: Buffer, path: string): DecryptedFile {
  const generation = readGeneration(bytes);
  if (generation === undefined || bytes[fileMagic.length] !== fileFormatVersion) throw damagedFile(path);
  const sealed = {
    iv: bytes.subarray(ivOffset, tagOffset),
    tag: bytes.subarray(tagOffset, fileHeaderLength),
    ciphertext: bytes.subarray(fileHeaderLength),
  };
  const payload = unseal(key, sealed, fileAad(binding, generation));
  if (payload === undefined) throw damagedFile(path);
  return { generation, payload };
}

/**
 * The generation a file claims, read without the key (to name its backup), or undefined when
 * the bytes do not start like an Alianza file. Unauthenticated: decryptFile checks it.
 */
export function readGeneration(bytes: Buffer): number | undefined {
  if (bytes.length < fileHeaderLength || !bytes.subarray(0, fileMagic.length).equals(fileMagic)) return undefined;
  const generation = bytes.readBigUInt64BE(generationOffset);
  return generation <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(generation) : undefined;
}

/** The error for a file that fails to authenticate. */
export function damagedFile(path: string): AppError {
  return new AppError(
    'integrity',
    'This journal file is damaged or was changed outside Alianza. No data was read from it; a backup can be restored.',
    { file: path },
  );
}

function filePrefix(generation: number): Buffer {
  if (!Number.isSafeInteger(generation) || generation < 0) throw new RangeError('A generation is a whole number.');
  const prefix = Buffer.alloc(ivOffset);
  fileMagic.copy(prefix, 0);
  prefix.writeUInt8(fileFormatVersion, fileMagic.length);
  prefix.writeBigUInt64BE(BigInt(generation), generationOffset);
  return prefix;
}

/** magic | version | vault id (16 bytes) | file id length (u16 BE) | file id (UTF-8) | generation (u64 BE). */
function fileAad(binding: FileBinding, generation: number): Buffer {
  const vaultId = Buffer.from(binding.vaultId.replace(/-/g, ''), 'hex');
  if (vaultId.length !== 16) throw new RangeError('A vault id is a UUID.');
  const fileId = Buffer.from(binding.fileId, 'utf8');
  const lengthAndId = Buffer.alloc(2 + fileId.length);
  lengthAndId.writeUInt16BE(fileId.length);
  fileId.copy(lengthAndId, 2);
  const generationBytes = Buffer.alloc(8);
  generationBytes.writeBigUInt64BE(BigInt(generation));
  return Buffer.concat([fileMagic, Buffer.of(fileFormatVersion), vaultId, lengthAndId, generationBytes]);
}
