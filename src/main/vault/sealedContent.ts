/**
 * Either format of an `.alz` file, chosen by its format byte: one sealed payload (format 1,
 * `encryptedFile.ts`) or a log of sealed records (format 2, `sealedRecords.ts`). Everything that
 * handles files whatever they hold (restore, key rotation, verify) goes through here.
 */
import { decryptFile, encryptFile, fileMagic, type FileBinding } from './encryptedFile';
import { openLog, recordLogFormat, sealLog } from './sealedRecords';

export type SealedContent =
  | { format: 1; generation: number; payload: Buffer }
  | { format: 2; generation: number; records: Buffer[]; length: number; firstLength: number; torn: boolean };

/** Decrypts and authenticates a file of either format; `integrity` naming `path` otherwise. */
export function openSealed(key: Buffer, binding: FileBinding, bytes: Buffer, path: string): SealedContent {
  if (isRecordLog(bytes)) return { format: 2, ...openLog(key, binding, bytes, path) };
  return { format: 1, ...decryptFile(key, binding, bytes, path) };
}

/** The same content sealed again, under `key` and as `generation` (a key rotation, a restore). */
export function resealed(key: Buffer, binding: FileBinding, generation: number, content: SealedContent): Buffer {
  return content.format === 1
    ? encryptFile(key, binding, generation, content.payload)
    : sealLog(key, binding, generation, content.records);
}

/** Zero-fills the decrypted bytes. */
export function wipeContent(content: SealedContent): void {
  if (content.format === 1) content.payload.fill(0);
  else for (const record of content.records) record.fill(0);
}

/** True when the bytes start like a record log (unauthenticated: opening it checks). */
export function isRecordLog(bytes: Buffer): boolean {
  return (
    bytes.length > fileMagic.length &&
    bytes.subarray(0, fileMagic.length).equals(fileMagic) &&
    bytes[fileMagic.length] === recordLogFormat
  );
}
