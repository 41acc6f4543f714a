/** With --json: exactly one JSON object on stdout. Without: short human lines. */
import type { Writable } from 'node:stream';
import { AppError } from '../shared/ipc/result';

export interface CommandResult {
  /** Fields of the JSON answer (besides `ok`). */
  json: Record<string, unknown>;
  /** What a person reads. */
  lines: string[];
  /** Non-zero when the command ran but found problems (verify). */
  exitCode?: number;
  /**
   * The command did what it says, but something around it did not go as it should: printed on
   * stderr, and as `notices` in the JSON answer.
   */
  notices?: string[];
}

export function printResult(result: CommandResult, json: boolean, stdout: Writable, stderr?: Writable): number {
  const exitCode = result.exitCode ?? 0;
  const notices = result.notices ?? [];
  for (const notice of notices) stderr?.write(`warning: ${notice}\n`);
  if (json) {
    const extra = notices.length === 0 ? {} : { notices };
    stdout.write(`${JSON.stringify({ ok: exitCode === 0, ...result.json, ...extra })}\n`);
  } else for (const line of result.lines) stdout.write(`${line}\n`);
  return exitCode;
}

export function printError(
  error: unknown,
  json: boolean,
  stdout: Writable,
  stderr: Writable,
  notices: readonly string[] = [],
): number {
  const shape =
    error instanceof AppError
      ? error.toShape()
      : { code: 'internal' as const, message: error instanceof Error ? error.message : String(error) };
  for (const notice of notices) stderr.write(`warning: ${notice}\n`);
  const extra = notices.length === 0 ? {} : { notices };
  if (json) stdout.write(`${JSON.stringify({ ok: false, error: shape, ...extra })}\n`);
  else stderr.write(`alianza: ${shape.message}${shape.file ? ` (${shape.file})` : ''}\n`);
  return 1;
}
