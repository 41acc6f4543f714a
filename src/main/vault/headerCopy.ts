/**
 * The copy of `vault.json` kept in `backups/header/vault.json`. The header has no generations:
 * the copy is the header in force, written after each header write and again by an unlock that
 * finds it missing or different. When `vault.json` is damaged the copy is put back in its place
 * (the damaged file is moved aside, never deleted); no key is needed, since the header holds no
 * secret and the next unlock checks the restored one with its MAC. A header a newer Alianza wrote,
 * in `vault.json` or in the copy, is never written over or moved: it is not damaged.
 */
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { isErrorCode, toStorageError, writeFileDurably } from './durableFile';
import { moveAside } from './fileStore';
import { nodeVaultFileSystem, type VaultFileSystem } from './vaultFileSystem';
import {
  isNewerHeader,
  parseVaultHeader,
  refuseNewerHeader,
  serializeVaultHeader,
  type VaultHeader,
} from './vaultHeader';
import { headerBackupPath, headerFileName } from './vaultLayout';
import { acquireVaultLock, type LockHolder } from './vaultLock';
import type { VerifyProblem } from './verifyVault';

function copyPathOf(directory: string): string {
  return path.join(directory, ...headerBackupPath.split('/'));
}

/** Writes the copy of the header. */
export async function writeHeaderCopy(directory: string, text: string, fileSystem: VaultFileSystem): Promise<void> {
  const copy = copyPathOf(directory);
  await fileSystem.mkdir(path.dirname(copy), { recursive: true, mode: 0o700 }).catch((error: unknown) => {
    throw toStorageError(error, copy);
  });
  await writeFileDurably(copy, text, fileSystem);
}

/**
 * After an unlock proved the header (its MAC): writes it again if it lacks its checksum (a header
 * from before it existed), and its copy if that is missing or different, unless a newer Alianza
 * wrote what is there. Best effort: a failure here changes nothing that was there, and the next
 * unlock tries again.
 */
export async function refreshHeaderFiles(directory: string, header: VaultHeader, fileSystem: VaultFileSystem) {
  const text = serializeVaultHeader(header);
  const read = (file: string) => fileSystem.readFile(file, 'utf8').catch(() => undefined);
  const isStale = (found: string | undefined) => found !== text && (found === undefined || !isNewerHeader(found));
  try {
    if (isStale(await read(path.join(directory, headerFileName)))) {
      await writeFileDurably(path.join(directory, headerFileName), text, fileSystem);
    }
    if (isStale(await read(copyPathOf(directory)))) await writeHeaderCopy(directory, text, fileSystem);
  } catch {
    // Kept as it was; `verify` names a copy that is missing or stale.
  }
}

export interface RestoredHeader {
  file: string;
  /** Where the damaged `vault.json` was moved, when there was one. */
  damagedPath: string | undefined;
}

/** Puts the copy back as `vault.json` when that is damaged or missing; refuses while it is readable. */
export async function restoreHeaderFromCopy(
  directory: string,
  options: { holder: LockHolder; fileSystem?: VaultFileSystem; clock?: () => Date },
): Promise<RestoredHeader> {
  const fileSystem = options.fileSystem ?? nodeVaultFileSystem;
  const clock = options.clock ?? (() => new Date());
  const file = path.join(directory, headerFileName);
  const copy = copyPathOf(directory);
  const lock = await acquireVaultLock(directory, { holder: options.holder, fileSystem, clock });
  try {
    const current = await readText(fileSystem, file);
    // A newer header is not damaged: it stays where it is.
    if (current !== undefined) refuseNewerHeader(current, file);
    if (current !== undefined && isReadableHeader(current, file)) {
      throw new AppError(
        'invalid-request',
        'The journal header (vault.json) is readable; there is nothing to restore.',
        {
          file,
        },
      );
    }
    const text = await readText(fileSystem, copy);
    if (text === undefined) {
      throw new AppError('missing-file', 'There is no copy of the journal header to restore.', { file: copy });
    }
    const kept = parseVaultHeader(text, copy);
    if (kept.checksum === undefined) {
      throw new AppError('integrity', 'The copy of the journal header is damaged too.', { file: copy });
    }
    const damagedPath = current === undefined ? undefined : await moveAside(fileSystem, file, clock());
    await writeFileDurably(file, text, fileSystem);
    return { file, damagedPath };
  } catch (error) {
    if (error instanceof AppError && error.file === copy && error.code === 'integrity') {
      throw new AppError('integrity', 'The copy of the journal header is damaged too; nothing was changed.', {
        file: copy,
      });
    }
    throw error;
  } finally {
    await lock.release().catch(() => undefined);
  }
}

/** What `verify` says about the header and its copy. */
export async function checkHeaderFiles(directory: string, fileSystem: VaultFileSystem): Promise<VerifyProblem[]> {
  const file = path.join(directory, headerFileName);
  const current = await readText(fileSystem, file);
  const copy = await readText(fileSystem, copyPathOf(directory));
  const problems: VerifyProblem[] = [];
  const problem = (where: string, code: VerifyProblem['code'], message: string, kind: VerifyProblem['kind']) =>
    problems.push({ path: where, fileId: undefined, kind, code, message });
  if (current !== undefined && isNewerHeader(current)) {
    problem(headerFileName, 'unsupported-format', newerHeaderProblem('The journal header'), 'current');
  } else if (current === undefined || !isReadableHeader(current, file)) {
    problem(headerFileName, 'integrity', 'The journal header is damaged; restore it from its copy.', 'current');
  }
  if (copy !== undefined && isNewerHeader(copy)) {
    problem(headerBackupPath, 'unsupported-format', newerHeaderProblem('The copy of the journal header'), 'backup');
  } else if (copy === undefined) {
    problem(
      headerBackupPath,
      'missing-file',
      'The copy of the journal header is missing; the next unlock writes it.',
      'backup',
    );
  } else if (!isReadableHeader(copy, headerBackupPath) || !copy.includes('"checksum"')) {
    problem(
      headerBackupPath,
      'integrity',
      'The copy of the journal header is damaged; the next unlock writes it again.',
      'backup',
    );
  } else if (current !== undefined && copy !== current) {
    problem(
      headerBackupPath,
      'integrity',
      'The copy of the journal header differs from vault.json; the next unlock writes it again.',
      'backup',
    );
  }
  return problems;
}

function newerHeaderProblem(subject: string): string {
  return `${subject} was written by a newer version of Alianza; it was left as it is. Update Alianza.`;
}

function isReadableHeader(text: string, file: string): boolean {
  try {
    parseVaultHeader(text, file);
    return true;
  } catch {
    return false;
  }
}

async function readText(fileSystem: VaultFileSystem, file: string): Promise<string | undefined> {
  try {
    return await fileSystem.readFile(file, 'utf8');
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return undefined;
    throw toStorageError(error, file);
  }
}
