/**
 * Format 2 of an `.alz` file: a log of records sealed one by one, so a change is one appended
 * record instead of a rewritten file.
 * `"ALZF" | 2 | generation (u64 BE) | record*`, each record
 * `length (u32 BE) | ~length (u32 BE) | iv (12) | tag (16) | ciphertext`: the length twice, so a
 * changed bit in it is damage, never taken for a record the disk did not finish.
 * A record's AAD binds magic, format, vault id, file id, generation and its position, so records
 * cannot be moved to another file, another generation or another place in the log. A last record
 * cut short (or left as zeros) is a write the disk never finished, whose save never returned: it
 * is dropped and the log ends before it. Any other bad record is damage. Dropping whole records
 * at the end is a rollback, which the index's record of each log's length detects.
 */
import { ivLength, seal, tagLength, unseal } from './aead';
import { damagedFile } from './encryptedFile';

export const recordLogFormat = 2;
const magic = Buffer.from('ALZF', 'ascii');
const generationOffset = magic.length + 1;
/** Bytes before the first record. */
export const logPrefixLength = generationOffset + 8;
const recordHeaderLength = 8 + ivLength + tagLength;
/** Zeros at the very end of a log this long are space the disk allotted for a write it never made. */
const unwrittenTail = 16;
/** A record over this is refused when written and taken as damage when read. */
const recordLimit = 0x7fff_ffff;

export interface RecordBinding {
  vaultId: string;
  fileId: string;
}

export interface OpenedLog {
  generation: number;
  records: Buffer[];
  /** Bytes of the log up to the end of its last whole record: where the next record goes. */
  length: number;
  /** Bytes up to the end of the first record (the one a compaction writes). */
  firstLength: number;
  /** True when a last record that the disk never finished was dropped. */
  torn: boolean;
}

/** A whole log: the prefix and `records` sealed from position 0. */
export function sealLog(
  key: Buffer,
  binding: RecordBinding,
  generation: number,
  records: readonly Uint8Array[],
): Buffer {
  const prefix = Buffer.alloc(logPrefixLength);
  magic.copy(prefix, 0);
  prefix.writeUInt8(recordLogFormat, magic.length);
  prefix.writeBigUInt64BE(BigInt(generation), generationOffset);
  return Buffer.concat([prefix, sealRecords(key, binding, generation, 0, records)]);
}

/** Records to append to a log of this generation whose next position is `firstPosition`. */
export function sealRecords(
  key: Buffer,
  binding: RecordBinding,
  generation: number,
  firstPosition: number,
  records: readonly Uint8Array[],
): Buffer {
  const parts: Buffer[] = [];
  records.forEach((record, offset) => {
    if (record.length > recordLimit) throw new RangeError('A journal record is too large to store.');
    const { iv, tag, ciphertext } = seal(key, record, recordAad(binding, generation, firstPosition + offset));
    const length = Buffer.alloc(8);
    length.writeUInt32BE(ciphertext.length, 0);
    length.writeUInt32BE(~ciphertext.length >>> 0, 4);
    parts.push(length, iv, tag, ciphertext);
  });
  return Buffer.concat(parts);
}

/** Opens every record of a log whose prefix says format 2; `integrity` naming `path` on damage. */
export function openLog(key: Buffer, binding: RecordBinding, bytes: Buffer, path: string): OpenedLog {
  const opened = openLogPrefix(key, binding, bytes, path);
  if (opened.damaged) {
    for (const record of opened.records) record.fill(0);
    throw damagedFile(path);
  }
  return opened;
}

/**
 * The whole records of a log up to the first damaged one (`damaged` then true): what a damaged
 * log still holds, an earlier state of its file. Throws when not even the first record opens.
 */
export function openLogPrefix(
  key: Buffer,
  binding: RecordBinding,
  bytes: Buffer,
  path: string,
): OpenedLog & { damaged: boolean } {
  if (bytes.length < logPrefixLength || !bytes.subarray(0, magic.length).equals(magic)) throw damagedFile(path);
  if (bytes[magic.length] !== recordLogFormat) throw damagedFile(path);
  const claimed = bytes.readBigUInt64BE(generationOffset);
  if (claimed > BigInt(Number.MAX_SAFE_INTEGER)) throw damagedFile(path);
  const generation = Number(claimed);
  const records: Buffer[] = [];
  let offset = logPrefixLength;
  let torn = false;
  let firstLength = 0;
  while (offset < bytes.length) {
    const end = recordEnd(bytes, offset);
    // Cut short, or space the disk allotted but never filled (zeros to the end). A whole last
    // record that fails to authenticate and ends in data was written and flushed, then changed.
    const unfinished =
      end === 'cut' ||
      isZeros(bytes.subarray(offset)) ||
      ((end === bytes.length || end === 'damaged') && isZeros(bytes.subarray(bytes.length - unwrittenTail)));
    const payload =
      typeof end !== 'number'
        ? undefined
        : unseal(
            key,
            {
              iv: bytes.subarray(offset + 8, offset + 8 + ivLength),
              tag: bytes.subarray(offset + 8 + ivLength, offset + recordHeaderLength),
              ciphertext: bytes.subarray(offset + recordHeaderLength, end),
            },
            recordAad(binding, generation, records.length),
          );
    if (payload === undefined) {
      // Only the end of the log may be a write that never finished, and a log keeps its first record.
      if (records.length === 0) throw damagedFile(path);
      if (!unfinished) return { generation, records, length: offset, firstLength, torn, damaged: true };
      torn = true;
      break;
    }
    records.push(payload);
    offset = end as number;
    if (records.length === 1) firstLength = offset;
  }
  if (records.length === 0) throw damagedFile(path);
  return { generation, records, length: offset, firstLength, torn, damaged: false };
}

/**
 * True when the bytes after a log's last whole record (`tail`, from its start, `available` bytes
 * long in all) hold a whole record: another program added it, since a write that never finished
 * is cut short or zeros.
 */
export function holdsWholeRecord(tail: Buffer, available: number): boolean {
  if (tail.length < recordHeaderLength || isZeros(tail)) return false;
  const length = tail.readUInt32BE(0);
  return ~length >>> 0 === tail.readUInt32BE(4) && recordHeaderLength + length <= available;
}

/** Bytes to read after a log's end for `holdsWholeRecord`. */
export const recordHeaderBytes = recordHeaderLength;

/**
 * Where the record at `offset` ends; `cut` when the bytes stop before it does, `damaged` when its
 * two lengths disagree.
 */
export function recordEnd(bytes: Buffer, offset: number): number | 'cut' | 'damaged' {
  if (bytes.length - offset < recordHeaderLength) return 'cut';
  const length = bytes.readUInt32BE(offset);
  if (~length >>> 0 !== bytes.readUInt32BE(offset + 4)) return 'damaged';
  const end = offset + recordHeaderLength + length;
  return end > bytes.length ? 'cut' : end;
}

/** magic | format | vault id (16 bytes) | file id length (u16 BE) | file id | generation (u64 BE) | position (u32 BE). */
function recordAad(binding: RecordBinding, generation: number, position: number): Buffer {
  const vaultId = Buffer.from(binding.vaultId.replace(/-/g, ''), 'hex');
  if (vaultId.length !== 16) throw new RangeError('A vault id is a UUID.');
  const fileId = Buffer.from(binding.fileId, 'utf8');
  const fixed = Buffer.alloc(2 + fileId.length + 12);
  fixed.writeUInt16BE(fileId.length, 0);
  fileId.copy(fixed, 2);
  fixed.writeBigUInt64BE(BigInt(generation), 2 + fileId.length);
  fixed.writeUInt32BE(position, 2 + fileId.length + 8);
  return Buffer.concat([magic, Buffer.of(recordLogFormat), vaultId, fixed]);
}

function isZeros(bytes: Buffer): boolean {
  return bytes.every((byte) => byte === 0);
}
