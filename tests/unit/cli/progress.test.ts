import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { progressLine, terminalProgress } from '../../../src/cli/progress';
import type { Progress } from '../../../src/shared/progress/progress';

const passphrase = 'correct horse battery staple';
const fixture = path.resolve(import.meta.dirname, '../../fixtures/interchange-full.json');
let root: string;
let vault: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'alianza-cli-progress-'));
  vault = path.join(root, 'vault');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Runs the CLI with stderr as a terminal (`isTTY`) or as a pipe. */
async function run(argv: string[], stdinLines: string[], isTTY: boolean) {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY });
  const text = { stdout: '', stderr: '' };
  stdout.on('data', (chunk: Buffer) => (text.stdout += chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => (text.stderr += chunk.toString('utf8')));
  const exitCode = await runCli(argv, {
    stdin: Readable.from(stdinLines.map((line) => `${line}\n`)),
    stdout,
    stderr,
    environment: {},
  });
  return { exitCode, ...text };
}

const clearLine = '\r\x1b[K';

/** Each line the terminal was shown, in order; the last write must have cleared the line. */
function progressLines(stderr: string, verb: string): { done: number; total: number }[] {
  const pattern = new RegExp(`\\r${verb}… (\\d+)/(\\d+) (?:files?|cases?) \\((\\d+) %\\)\\x1b\\[K`, 'g');
  return [...stderr.matchAll(pattern)].map((match) => ({ done: Number(match[1]), total: Number(match[2]) }));
}

async function vaultWithCases(): Promise<void> {
  expect((await run(['init', '--vault', vault, '--passphrase-stdin'], [passphrase], false)).exitCode).toBe(0);
  expect((await run(['import', fixture, '--vault', vault, '--passphrase-stdin'], [passphrase], false)).exitCode).toBe(
    0,
  );
}

/** The aliases of the fixture's cases: never in a progress line. */
async function aliases(): Promise<string[]> {
  const document = JSON.parse(await readFile(fixture, 'utf8')) as { cases: { alias: string }[] };
  return document.cases.map((each) => each.alias);
}

describe('the progress line', () => {
  it('says the task, the counts, the unit and a percentage that is 100 only when all is done', () => {
    const line = (progress: Partial<Progress>) =>
      progressLine({ task: 'verify', unit: 'files', done: 0, total: 0, finished: false, ...progress });
    expect(line({ done: 120, total: 480 })).toBe('Verifying… 120/480 files (25 %)');
    expect(line({ done: 479, total: 480 })).toBe('Verifying… 479/480 files (99 %)');
    expect(line({ done: 480, total: 480 })).toBe('Verifying… 480/480 files (100 %)');
    expect(line({ done: 0, total: 1 })).toBe('Verifying… 0/1 file (0 %)');
    expect(line({ done: 0, total: 0 })).toBe('Verifying… 0/0 files');
    expect(line({ done: 7, total: 5 })).toBe('Verifying… 7/5 files (100 %)');
    expect(line({ task: 'backup', done: 3, total: 12 })).toBe('Backing up… 3/12 files (25 %)');
    expect(line({ task: 'restore', done: 6, total: 12 })).toBe('Restoring… 6/12 files (50 %)');
    expect(line({ task: 'import', unit: 'cases', done: 1, total: 3 })).toBe('Importing… 1/3 cases (33 %)');
    expect(line({ task: 'export', unit: 'cases', done: 2, total: 3 })).toBe('Exporting… 2/3 cases (66 %)');
    expect(line({ task: 'search-index', unit: 'cases', done: 1, total: 2 })).toBe('Indexing… 1/2 cases (50 %)');
    expect(line({ unit: 'steps', done: 1, total: 4 })).toBe('Verifying… 1/4 steps (25 %)');
  });

  it('rewrites one line in place, skips a line already shown, and clears it when the task finishes', () => {
    const stream = new PassThrough();
    let written = '';
    stream.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
    const { listener, clear } = terminalProgress(stream);
    const progress: Progress = { task: 'backup', unit: 'files', done: 0, total: 4, finished: false };
    void listener(progress);
    void listener(progress);
    void listener({ ...progress, done: 2 });
    void listener({ ...progress, done: 4, finished: true });
    clear();
    expect(written).toBe(`\rBacking up… 0/4 files (0 %)\x1b[K\rBacking up… 2/4 files (50 %)\x1b[K${clearLine}`);
    expect(written).not.toContain('\n');
  });

  it('clears a line left standing when asked, once', () => {
    const stream = new PassThrough();
    let written = '';
    stream.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
    const { listener, clear } = terminalProgress(stream);
    void listener({ task: 'verify', unit: 'files', done: 1, total: 4, finished: false });
    clear();
    clear();
    expect(written).toBe(`\rVerifying… 1/4 files (25 %)\x1b[K${clearLine}`);
  });
});

describe('progress of the alianza CLI on a terminal', () => {
  it('verify shows its counts on stderr, clears the line, and prints the result on stdout', async () => {
    await vaultWithCases();
    const verified = await run(['verify', '--vault', vault, '--passphrase-stdin'], [passphrase], true);
    expect(verified.exitCode).toBe(0);
    const shown = progressLines(verified.stderr, 'Verifying');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown[0]).toEqual({ done: 0, total: shown[0]!.total });
    const total = shown[0]!.total;
    expect(shown.every((line) => line.total === total && line.done <= total)).toBe(true);
    expect(verified.stderr.endsWith(clearLine)).toBe(true);
    expect(verified.stdout).toContain(`Checked ${total} encrypted files in ${vault}.`);
    expect(verified.stdout).not.toContain('\r');
    for (const alias of await aliases()) expect(verified.stderr).not.toContain(alias);
  });

  it('backup and restore show their counts of files', async () => {
    await vaultWithCases();
    const archive = path.join(root, 'backup.alzb');
    const backedUp = await run(['backup', '--vault', vault, '--out', archive], [], true);
    expect(backedUp.exitCode).toBe(0);
    const backupLines = progressLines(backedUp.stderr, 'Backing up');
    expect(backupLines[0]?.done).toBe(0);
    expect(backedUp.stderr.endsWith(clearLine)).toBe(true);
    expect(backedUp.stdout).toContain(`Backed up ${backupLines[0]!.total} encrypted files`);

    const restored = await run(['restore', archive, '--vault', path.join(root, 'restored')], [], true);
    expect(restored.exitCode).toBe(0);
    const restoreLines = progressLines(restored.stderr, 'Restoring');
    expect(restoreLines[0]).toEqual({ done: 0, total: backupLines[0]!.total });
    expect(restored.stderr.endsWith(clearLine)).toBe(true);
    expect(restored.stdout).toContain(`Restored ${backupLines[0]!.total} encrypted files`);
  });

  it('import and export-json count cases, never naming one', async () => {
    expect((await run(['init', '--vault', vault, '--passphrase-stdin'], [passphrase], false)).exitCode).toBe(0);
    const imported = await run(['import', fixture, '--vault', vault, '--passphrase-stdin'], [passphrase], true);
    expect(imported.exitCode).toBe(0);
    const cases = (await aliases()).length;
    expect(progressLines(imported.stderr, 'Importing')[0]).toEqual({ done: 0, total: cases });
    expect(imported.stderr.endsWith(clearLine)).toBe(true);
    expect(imported.stdout).toContain(`Imported ${cases} cases`);

    const out = path.join(root, 'export.json');
    const exported = await run(
      ['export-json', '--vault', vault, '--out', out, '--passphrase-stdin'],
      [passphrase],
      true,
    );
    expect(exported.exitCode).toBe(0);
    expect(progressLines(exported.stderr, 'Exporting')[0]).toEqual({ done: 0, total: cases });
    // The line is cleared before the warning, which stays on a line of its own.
    expect(exported.stderr).toContain(`${clearLine}warning: ${out} is NOT encrypted`);
    expect(exported.stdout).toContain(`Exported ${cases} cases`);
    for (const alias of await aliases()) {
      expect(imported.stderr).not.toContain(alias);
      expect(exported.stderr).not.toContain(alias);
    }
  });

  it('clears the line before an error is printed', async () => {
    await vaultWithCases();
    const archive = path.join(root, 'backup.alzb');
    expect((await run(['backup', '--vault', vault, '--out', archive], [], false)).exitCode).toBe(0);
    // The last file's last byte, with the archive's own checksum made to match again: found
    // damaged half-way through the restore, after its first progress line.
    const bytes = await readFile(archive);
    const body = bytes.subarray(0, bytes.length - 32);
    body[body.length - 1] = body[body.length - 1]! ^ 0xff;
    await writeFile(archive, Buffer.concat([body, createHash('sha256').update(body).digest()]));
    const damaged = await run(['restore', archive, '--vault', path.join(root, 'restored')], [], true);
    expect(damaged.exitCode).toBe(1);
    expect(progressLines(damaged.stderr, 'Restoring')[0]?.done).toBe(0);
    expect(damaged.stderr).toContain(`${clearLine}alianza: `);
    expect(damaged.stderr).toMatch(/does not match its checksum/);
  });
});

describe('no progress where a script reads the output', () => {
  it('prints none with --json, even on a terminal', async () => {
    expect((await run(['init', '--vault', vault, '--passphrase-stdin'], [passphrase], false)).exitCode).toBe(0);
    const imported = await run(
      ['import', fixture, '--vault', vault, '--passphrase-stdin', '--json'],
      [passphrase],
      true,
    );
    expect(imported.exitCode).toBe(0);
    expect(imported.stderr).toBe('');

    const verified = await run(['verify', '--vault', vault, '--passphrase-stdin', '--json'], [passphrase], true);
    expect(verified.exitCode).toBe(0);
    expect(verified.stderr).toBe('');
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, problems: [] });

    const backedUp = await run(['backup', '--vault', vault, '--out', path.join(root, 'b.alzb'), '--json'], [], true);
    expect(backedUp.exitCode).toBe(0);
    expect(backedUp.stderr).toBe('');
  });

  it('prints none when stderr is not a terminal', async () => {
    expect((await run(['init', '--vault', vault, '--passphrase-stdin'], [passphrase], false)).exitCode).toBe(0);
    const imported = await run(['import', fixture, '--vault', vault, '--passphrase-stdin'], [passphrase], false);
    const verified = await run(['verify', '--vault', vault, '--passphrase-stdin'], [passphrase], false);
    const backedUp = await run(['backup', '--vault', vault, '--out', path.join(root, 'b.alzb')], [], false);
    const restored = await run(['restore', path.join(root, 'b.alzb'), '--vault', path.join(root, 'r')], [], false);
    for (const each of [imported, verified, backedUp, restored]) {
      expect(each.exitCode).toBe(0);
      expect(each.stderr).toBe('');
    }
  });
});
