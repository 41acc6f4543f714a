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
  /** The command did what it says, but something around it did not go as it should (said on stderr too). */
  warnings?: string[];
}

export function printResult(result: CommandResult, json: boolean, stdout: Writable, stderr?: Writable): number {
  const exitCode = result.exitCode ?? 0;
  const warnings = result.warnings ?? [];
  for (const warning of warnings) stderr?.write(`warning: ${warning}\n`);
  if (json) {
    stdout.write(
      `${JSON.stringify({ ok: exitCode === 0, ...result.json, ...(warnings.length === 0 ? {} : { warnings }) })}\n`,
    );
  } else for (const line of result.lines) stdout.write(`${line}\n`);
  return exitCode;
}

export function printError(error: unknown, json: boolean, stdout: Writable, stderr: Writable): number {
  const shape =
    error instanceof AppError
      ? error.toShape()
      : { code: 'internal' as const, message: error instanceof Error ? error.message : String(error) };
  if (json) stdout.write(`${JSON.stringify({ ok: false, error: shape })}\n`);
  else stderr.write(`alianza: ${shape.message}${shape.file ? ` (${shape.file})` : ''}\n`);
  return 1;
}
