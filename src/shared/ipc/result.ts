/**
 * The envelope every IPC call resolves to. Errors are typed codes with a human message;
 * stack traces never cross the process boundary.
 */
import { z } from 'zod';

/** Error codes the renderer can branch on. Later capabilities extend this list. */
export const errorCodes = [
  'forbidden-sender',
  'unknown-channel',
  'invalid-request',
  'invalid-response',
  'internal',
  'io-failure',
  'disk-full',
  /** The change is in place (its rename was the commit), but the disk did not confirm it is stored. */
  'write-unconfirmed',
  /** The journal was opened without its lock (the disk is full or not writable): it can be read, not changed. */
  'read-only',
  'wrong-passphrase',
  'wrong-recovery-key',
  'invalid-recovery-key',
  'weak-passphrase',
  'integrity',
  'missing-file',
  'vault-in-use',
  'vault-not-found',
  'vault-exists',
  'unsupported-parameters',
  'unsupported-format',
  'locked',
  /** A capability this process lacks, such as printing a PDF without a browser engine. */
  'unavailable',
  /** The version is shared, final or submitted: its text can no longer change. */
  'report-frozen',
  /** The report is not at the step this action needs (sharing a final version, submitting a draft…). */
  'report-step',
  /** A check before "final" did not pass and no reason to go on was given. */
  'report-checks-failed',
  /** Text a document would print holds private or supervision-only journal text; no reason lets it out. */
  'report-private-text',
  'report-not-found',
  /** A brief's written file, read again, still holds something de-identification removes: nothing is written. */
  'deidentification-incomplete',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const errorSchema = z.strictObject({
  code: z.enum(errorCodes),
  message: z.string(),
  file: z.string().optional(),
});

export type AppErrorShape = z.infer<typeof errorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** An error a service throws on purpose: its code and message reach the renderer as they are. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;

  constructor(code: ErrorCode, message: string, options?: { file?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.file = options?.file;
  }

  toShape(): AppErrorShape {
    return this.file === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, file: this.file };
  }
}

export function success<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function failure<T = never>(error: AppErrorShape): Result<T> {
  return { ok: false, error };
}
