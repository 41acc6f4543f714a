/** Runs the CLI in this process with piped streams, as `alianza … --passphrase-stdin` would run. */
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/cli/main';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** The one JSON object printed with --json. */
  json: Record<string, unknown>;
}

export async function alianza(argv: string[], stdinLines: string[] = []): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: '', stderr: '' };
  stdout.on('data', (chunk: Buffer) => (chunks.stdout += chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => (chunks.stderr += chunk.toString('utf8')));
  const exitCode = await runCli(argv, {
    stdin: Readable.from(stdinLines.map((line) => `${line}\n`)),
    stdout,
    stderr,
    environment: {},
  });
  let json: Record<string, unknown> = {};
  if (argv.includes('--json')) {
    const lines = chunks.stdout.trim().split('\n');
    if (lines.length !== 1) throw new Error(`--json printed ${lines.length} lines:\n${chunks.stdout}`);
    json = JSON.parse(lines[0]!) as Record<string, unknown>;
  }
  return { exitCode, stdout: chunks.stdout, stderr: chunks.stderr, json };
}
