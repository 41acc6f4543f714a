/**
 * lowdb v7's `Adapter<T>` over one encrypted vault file, so `new Low(adapter, defaults)` works
 * as usual. A file the caller says exists (`mustExist`, the default) that is missing is
 * `missing-file`: lowdb's habit of starting from defaults is only for files being created.
 */
import type { Adapter } from 'lowdb';
import type { ZodType } from 'zod';
import { AppError } from '../../shared/ipc/result';
import type { StoredFile } from './fileStore';
import type { FileId } from './vaultLayout';
import type { EncryptedFiles } from './vaultSession';

export interface EncryptedAdapterOptions<T> {
  /** Checks what was decrypted; a mismatch is `unsupported-format` naming the file. */
  schema?: ZodType<T>;
  /** False only for a file being created now; then a missing file reads as null (lowdb's defaults). */
  mustExist?: boolean;
}

export class EncryptedAdapter<T> implements Adapter<T> {
  readonly fileId: FileId;
  readonly #files: EncryptedFiles;
  readonly #schema: ZodType<T> | undefined;
  readonly #mustExist: boolean;
  #generation: number | undefined;

  constructor(files: EncryptedFiles, fileId: FileId, options: EncryptedAdapterOptions<T> = {}) {
    this.#files = files;
    this.fileId = fileId;
    this.#schema = options.schema;
    this.#mustExist = options.mustExist ?? true;
  }

  /** The generation last read or written, undefined before the first. */
  get generation(): number | undefined {
    return this.#generation;
  }

  /** The decrypted data, or null for a stored `null` (a fresh index) or a new file. */
  async read(): Promise<T | null> {
    const stored: StoredFile | undefined = this.#mustExist
      ? await this.#files.readFile(this.fileId)
      : await this.#files.readFileIfExists(this.fileId);
    if (stored === undefined) return null;
    this.#generation = stored.generation;
    if (stored.data === null) return null;
    if (this.#schema === undefined) return stored.data as T;
    const parsed = this.#schema.safeParse(stored.data);
    if (!parsed.success) {
      throw new AppError(
        'unsupported-format',
        `The journal file "${this.fileId}" decrypted correctly but its content is not what this version of Alianza expects.`,
      );
    }
    return parsed.data;
  }

  /** Encrypts and durably writes `data` as the next generation, keeping the previous as a backup. */
  async write(data: T): Promise<void> {
    this.#generation = await this.#files.writeFile(this.fileId, data);
  }
}
