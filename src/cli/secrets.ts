/**
 * Passphrases and recovery keys come from the terminal without echo, or from standard input
 * with `--passphrase-stdin`; never from an argument, where they would land in shell history.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { AppError } from '../shared/ipc/result';

export interface SecretSource {
  /** The next secret; `label` is shown on the terminal, never echoed back. */
  next(label: string): Promise<string>;
  /** A new passphrase: on a terminal it is typed twice, since a typo would lock the user out. */
  nextNew(label: string): Promise<string>;
}

/** Reads one secret per line from a stream (standard input with --passphrase-stdin). */
export function lineSecrets(input: Readable): SecretSource {
  const lines: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let ended = false;
  const reader = createInterface({ input, crlfDelay: Infinity, terminal: false });
  reader.on('line', (line) => {
    const resolve = waiting.shift();
    if (resolve) resolve(line);
    else lines.push(line);
  });
  reader.on('close', () => {
    ended = true;
    for (const resolve of waiting.splice(0)) resolve(undefined);
  });
  const next = async (label: string): Promise<string> => {
    const line =
      lines.length > 0
        ? lines.shift()
        : ended
          ? undefined
          : await new Promise<string | undefined>((resolve) => waiting.push(resolve));
    if (line === undefined || line === '') {
      throw new AppError('invalid-request', `Standard input ended before the ${label.toLowerCase()} was given.`);
    }
    return line;
  };
  return { next, nextNew: next };
}

/** Asks on the terminal with echo off. */
export function terminalSecrets(
  input: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => void },
  output: Writable,
): SecretSource {
  const next = (label: string): Promise<string> => {
    if (!input.isTTY || input.setRawMode === undefined) {
      return Promise.reject(
        new AppError(
          'invalid-request',
          'No terminal to ask for the passphrase: use --passphrase-stdin and pipe it in.',
        ),
      );
    }
    return readHidden(input as Readable & { setRawMode: (raw: boolean) => void }, output, `${label}: `);
  };
  const nextNew = async (label: string): Promise<string> => {
    const first = await next(label);
    if ((await next(`${label} again`)) !== first) {
      throw new AppError('invalid-request', 'The two passphrases are not the same. Nothing was changed.');
    }
    return first;
  };
  return { next, nextNew };
}

function readHidden(
  input: Readable & { setRawMode: (raw: boolean) => void },
  output: Writable,
  prompt: string,
): Promise<string> {
  output.write(prompt);
  input.setRawMode(true);
  input.resume();
  let typed = '';
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.removeListener('data', onData);
      output.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (text.startsWith('\u001b')) return; // Arrow and function keys are not part of a passphrase.
      for (const character of text) {
        if (character === '\r' || character === '\n') return finish();
        if (character === '\u0003') return finish(new AppError('invalid-request', 'Cancelled.'));
        if (character === '\u0004') return finish();
        if (character === '\u007f' || character === '\b') typed = [...typed].slice(0, -1).join('');
        else if (character >= ' ') typed += character; // Escape sequences (arrow keys) are not part of it.
      }
    };
    input.on('data', onData);
  });
}
