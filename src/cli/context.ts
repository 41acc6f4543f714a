/** What every command gets: where the vault is, how to ask for secrets, the clock. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { VaultFileSystem } from '../main/vault/vaultFileSystem';
import { AppError } from '../shared/ipc/result';
import type { ProgressListener } from '../shared/progress/progress';
import type { SecretSource } from './secrets';

export interface CommandContext {
  vaultDirectory: string;
  secrets: SecretSource;
  /** Positional arguments after the command name. */
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
  /** For warnings that must not pollute the one JSON object on stdout. */
  stderr: Writable;
  now: () => Date;
  /**
   * What the user must know although the command succeeds (a read-only journal, a lock file
   * that could not be removed): added to the result's `notices`.
   */
  notices: string[];
  /** The vault's file-system calls; only tests set it, to fail one of them. */
  fileSystem?: VaultFileSystem;
  /** Where long work reports its counts: set only when stderr is a terminal and not with --json. */
  onProgress?: ProgressListener;
}

/** The options that pass the context's progress listener on, when it has one. */
export function progressOf(context: CommandContext): { onProgress?: ProgressListener } {
  return context.onProgress === undefined ? {} : { onProgress: context.onProgress };
}

/** A required option's value, or a usage error that names it. */
export function requireOption(context: CommandContext, name: string): string {
  const value = context.options[name];
  if (typeof value !== 'string' || value === '') {
    throw usageError(`--${name} is required.`);
  }
  return value;
}

export function requirePositional(context: CommandContext, index: number, name: string): string {
  const value = context.positionals[index];
  if (value === undefined) throw usageError(`${name} is required.`);
  return value;
}

/** A mistake in how the command was called. */
export function usageError(message: string): AppError {
  return new AppError('invalid-request', `${message} Run \`alianza help\` for usage.`);
}

/**
 * Where a command may write its output: outside the vault (a plaintext export in the vault folder
 * would end up in backups, and a wrong name could replace a vault file), and not over an existing
 * file unless `--force` says so.
 */
export async function outputPath(context: CommandContext): Promise<string> {
  const out = path.resolve(requireOption(context, 'out'));
  const relative = path.relative(context.vaultDirectory, out);
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
    throw usageError('--out must be outside the vault folder.');
  }
  if (context.options['force'] !== true && (await fileExists(out))) {
    throw usageError(`${out} already exists; choose another name or add --force to replace it.`);
  }
  return out;
}

async function fileExists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
