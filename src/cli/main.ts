/** The `alianza` command: the app's own services from a terminal, no Electron. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import { usageError, type CommandContext } from './context';
import { printError, printResult, type CommandResult } from './output';
import { terminalProgress } from './progress';
import { lineSecrets, terminalSecrets } from './secrets';
import { actions } from './commands/actions';
import { backup, restore } from './commands/backup';
import { brief } from './commands/brief';
import { changePassphrase } from './commands/changePassphrase';
import { courtReport } from './commands/courtReport';
import { init } from './commands/init';
import { exportJournal, importJournal } from './commands/interchange';
import { newRecoveryKey } from './commands/newRecoveryKey';
import { recover } from './commands/recover';
import { restoreHeader } from './commands/restoreHeader';
import { rotateKeys } from './commands/rotateKeys';
import { verify } from './commands/verify';

type Command = (context: CommandContext) => Promise<CommandResult>;

const commands: Record<string, Command> = {
  init,
  verify,
  backup,
  restore,
  'restore-header': restoreHeader,
  'change-passphrase': changePassphrase,
  'rotate-keys': rotateKeys,
  'new-recovery-key': newRecoveryKey,
  recover,
  import: importJournal,
  'export-json': exportJournal,
  brief,
  'court-report': courtReport,
  actions,
};

export const usage = `Usage: alianza <command> [--vault DIR] [--json] [--passphrase-stdin] [options]

Commands:
  init                       create a vault; prints the recovery key once
  verify                     decrypt and check every file and the case list against the files;
                             lists each bad, missing or orphaned file
  backup --out FILE          one archive of the vault (still encrypted)
  restore FILE               restore an archive into --vault DIR (new or empty folder)
  restore-header             put back the copy of a damaged vault.json (no passphrase needed)
  import FILE                add the cases of a JSON interchange file (all or nothing)
  export-json --out FILE     every case as JSON interchange (NOT encrypted)
  brief --case ALIAS_OR_ID --format docx|md|html --out FILE
                             a de-identified supervision brief, recorded in the case's export log;
                             [--from DATE|all --to DATE] (default: since the last brief)
                             [--phases start,evaluation,…] [--parts questions,alliance,…]
                             [--language en|es] [--recipient TEXT]
  court-report --case ALIAS_OR_ID --kind review|final --format docx|md --out FILE
                             the caregiver's review copy (default: the newest shared version) or the
                             final report (the newest final version) of a court report, recorded in
                             the export log and kept with its version; it names the family;
                             [--report ID_OR_TITLE] (default: the newest) [--version N]
                             [--language en|es] [--holidays CL|CL-AP|none] (public holidays the
                             comment deadline skips; default: Chile for Spanish, none for English)
  actions [--case ALIAS_OR_ID]
                             the actions agreed in supervision that are still open, soonest due
                             first, in every open case or in the one named

--out must be outside the vault folder and is never overwritten unless --force is given.
  change-passphrase          old passphrase, then the new one (re-wraps the key; no file is rewritten)
  rotate-keys                passphrase, then a new one: a new key, every file and backup
                             re-encrypted (all or nothing; about as long as a backup and a verify),
                             and a new recovery key printed once; an old vault.json opens nothing
  new-recovery-key           passphrase; prints a new recovery key once, the previous one stops working
  recover                    recovery key, then a new passphrase; prints a new recovery key once

The vault is --vault DIR, else $ALIANZA_VAULT. Secrets are asked on the terminal without echo,
or read one per line from standard input with --passphrase-stdin; never from an argument.
With --json, exactly one JSON object is printed on stdout; the exit code is non-zero on error.
On a terminal, verify, backup, restore, import, export-json and rotate-keys show a progress line on stderr
(counts only); never with --json, nor when stderr is a pipe or a file.`;

export interface Streams {
  stdin: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => void };
  stdout: Writable;
  /** A terminal (`isTTY`) gets a progress line for long work; a pipe or a file never does. */
  stderr: Writable & { isTTY?: boolean };
  environment: Readonly<Record<string, string | undefined>>;
}

export async function runCli(argv: readonly string[], streams: Streams): Promise<number> {
  const json = argv.includes('--json');
  /** What a command noticed along the way: said also when it fails. */
  const notices: string[] = [];
  // Scripts and CI read stdout and stderr: progress only on a terminal, and never with --json.
  const progress = !json && streams.stderr.isTTY === true ? terminalProgress(streams.stderr) : undefined;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        vault: { type: 'string' },
        json: { type: 'boolean' },
        'passphrase-stdin': { type: 'boolean' },
        out: { type: 'string' },
        force: { type: 'boolean' },
        case: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string' },
        language: { type: 'string' },
        phases: { type: 'string' },
        parts: { type: 'string' },
        recipient: { type: 'string' },
        report: { type: 'string' },
        version: { type: 'string' },
        kind: { type: 'string' },
        holidays: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [name, ...rest] = positionals;
    if (values.help || name === undefined || name === 'help') {
      streams.stdout.write(`${usage}\n`);
      return name === undefined && !values.help ? 1 : 0;
    }
    const command = commands[name];
    if (command === undefined) throw usageError(`Unknown command "${name}".`);
    // A stray argument may be a secret typed in the wrong place: refuse it rather than ignore it.
    const expected = name === 'import' || name === 'restore' ? 1 : 0;
    if (rest.length !== expected) {
      throw usageError(
        rest.length > expected
          ? `"${name}" takes ${expected === 0 ? 'no' : 'one'} argument; secrets are never passed as arguments.`
          : `"${name}" needs a file.`,
      );
    }
    const vault = values.vault ?? streams.environment['ALIANZA_VAULT'];
    if (vault === undefined || vault === '') throw usageError('Say which vault with --vault DIR or ALIANZA_VAULT.');
    const context: CommandContext = {
      vaultDirectory: path.resolve(vault),
      secrets: values['passphrase-stdin'] ? lineSecrets(streams.stdin) : terminalSecrets(streams.stdin, streams.stderr),
      positionals: rest,
      options: values,
      stderr: streams.stderr,
      now: () => new Date(),
      notices,
      ...(progress === undefined ? {} : { onProgress: progress.listener }),
    };
    const result = await command(context);
    progress?.clear();
    return printResult(
      { ...result, notices: [...notices, ...(result.notices ?? [])] },
      json,
      streams.stdout,
      streams.stderr,
    );
  } catch (error) {
    progress?.clear();
    const known = error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
    return printError(known ? usageError(error.message) : error, json, streams.stdout, streams.stderr, notices);
  }
}
