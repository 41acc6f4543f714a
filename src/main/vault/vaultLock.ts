/**
 * `vault.lock`: one opener at a time (the app or the CLI). Created with O_EXCL, so two openers
 * cannot both win. A lock left by a crashed process on this machine is detected and taken over.
 * When the lock file cannot be written at all (a full or read-only disk) and nobody holds it, an
 * opener that only needs to read may go on without it (`readOnlyFallback`): it holds no lock and
 * must write nothing. Taking the lock also settles a key rotation a killed process left
 * (rotationStaging.ts), so no holder ever reads a vault half re-encrypted.
 *
 * A vault shared by devices through a sync engine (`shared`) keeps processes apart per machine
 * only: each machine has its own lock file, `locks/<host key>.lock`, which processes of that
 * machine contend for as above. Another machine's lock, synced here, cannot be checked (its
 * process is not ours to see) and must not stop this device, which writes only its own files:
 * it is returned as information (`others`). A `vault.lock` of this machine (an older Alianza
 * here) is still honoured.
 */
import { randomBytes } from 'node:crypto';
import { hostname as osHostname, uptime } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/ipc/result';
import { isErrorCode, toStorageError } from './durableFile';
import { nodeVaultFileSystem, type VaultFileSystem } from './vaultFileSystem';
import { hasUnfinishedRotation, settleRotation } from './rotationStaging';
import { hostLockName, hostLockPattern, lockFileName, locksFolder } from './vaultLayout';

export type LockHolder = 'app' | 'cli';

const lockRecordSchema = z.strictObject({
  pid: z.int().positive(),
  hostname: z.string(),
  startedAt: z.iso.datetime(),
  holder: z.enum(['app', 'cli']),
});

export type LockRecord = z.infer<typeof lockRecordSchema>;

export interface LockOptions {
  holder: LockHolder;
  fileSystem?: VaultFileSystem;
  clock?: () => Date;
  /** Whether a process exists; by default `process.kill(pid, 0)`. */
  isProcessAlive?: (pid: number) => boolean;
  /** Go on without a lock, read-only, when the lock file cannot be written (never when it is held). */
  readOnlyFallback?: boolean;
  /** A vault shared by devices through a sync engine: one lock per machine, others' only reported. */
  shared?: boolean;
}

export interface VaultLock {
  readonly record: LockRecord;
  /** True when no lock file could be written: the opener holds no lock and must not write. */
  readonly readOnly: boolean;
  /** Why the lock could not be written, when `readOnly`. */
  readonly reason?: AppError;
  /**
   * In a shared vault, the locks of other machines found when it was taken: the journal is open
   * there too (or was, when that machine stopped). Information, never a refusal.
   */
  readonly others: readonly LockRecord[];
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): Promise<void>;
}

/**
 * Lock files this process released but could not remove (path -> text): still its own, so its
 * next opener takes them over instead of reporting the journal as open elsewhere.
 */
const leftBehind = new Map<string, string>();

/** Failures that mean the folder cannot be written now, rather than that someone holds the lock. */
const unwritable = ['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO'];

/** A lock file with unreadable content younger than this may still be being written. */
const unreadableLockGrace = 10_000;
/** A lock older than the last boot by more than this is stale even if its pid was reused. */
const bootMargin = 10 * 60_000;

/** Takes the vault's lock or throws `vault-in-use` naming the holder. */
export async function acquireVaultLock(directory: string, options: LockOptions): Promise<VaultLock> {
  const fileSystem = options.fileSystem ?? nodeVaultFileSystem;
  const clock = options.clock ?? (() => new Date());
  const isAlive = options.isProcessAlive ?? isProcessAlive;
  const record: LockRecord = {
    pid: process.pid,
    hostname: osHostname(),
    startedAt: clock().toISOString(),
    holder: options.holder,
  };
  const shared = options.shared === true;
  const file = shared
    ? path.join(directory, locksFolder, hostLockName(record.hostname))
    : path.join(directory, lockFileName);
  const text = `${JSON.stringify(record)}\n`;
  const isLive = (existing: ExistingLock) => !isStale(existing, record.hostname, clock().getTime(), isAlive);

  if (shared) {
    // An older Alianza on this machine holds the vault by the old name.
    const old = await readLock(fileSystem, path.join(directory, lockFileName));
    if (old !== undefined && old.record?.hostname === record.hostname && isLive(old)) {
      throw inUse(old.record, path.join(directory, lockFileName));
    }
  }

  for (let attempt = 0; attempt < 3; attempt++) {
    let created: boolean;
    try {
      if (shared) await makeLocksFolder(fileSystem, path.dirname(file));
      created = await tryCreate(fileSystem, file, text);
    } catch (error) {
      const cause = error instanceof AppError ? error.cause : error;
      if (options.readOnlyFallback !== true || !unwritable.some((code) => isErrorCode(cause, code))) throw error;
      // Never beside a live writer, whatever the disk answered first.
      const existing = await readLock(fileSystem, file);
      if (existing !== undefined && isLive(existing)) throw inUse(existing.record, file);
      if (await hasUnfinishedRotation(directory, fileSystem)) throw unfinishedRotation(cause, directory);
      return {
        record,
        readOnly: true,
        reason: toStorageError(cause, file),
        others: shared ? await otherMachines(fileSystem, directory, record.hostname) : [],
        release: () => Promise.resolve(),
      };
    }
    if (created) {
      const lock: VaultLock = {
        record,
        readOnly: false,
        others: [],
        release: () => release(fileSystem, file, text),
      };
      try {
        // Before anyone reads a file: a killed key rotation is finished or rolled back, never seen half-done.
        await settleRotation(directory, fileSystem);
        return shared ? { ...lock, others: await otherMachines(fileSystem, directory, record.hostname) } : lock;
      } catch (error) {
        await lock.release().catch(() => undefined);
        throw error;
      }
    }
    const existing = await readLock(fileSystem, file);
    if (existing === undefined) continue;
    const ours = leftBehind.get(file) === existing.text;
    if (!ours && isLive(existing)) throw inUse(existing.record, file);
    await takeOver(fileSystem, file, existing.text);
    if (ours) leftBehind.delete(file);
  }
  throw inUse(undefined, file);
}

async function makeLocksFolder(fileSystem: VaultFileSystem, folder: string): Promise<void> {
  try {
    await fileSystem.mkdir(folder, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw toStorageError(error, folder);
  }
}

/**
 * The locks of other machines in a shared vault (and an older Alianza's `vault.lock` of another
 * machine), oldest first. Unreadable ones are left out: they tell nothing, and block nothing.
 */
async function otherMachines(fileSystem: VaultFileSystem, directory: string, hostname: string): Promise<LockRecord[]> {
  const folder = path.join(directory, locksFolder);
  const names = await fileSystem.readdir(folder).catch(() => [] as string[]);
  const files = [
    path.join(directory, lockFileName),
    ...names.filter((name) => hostLockPattern.test(name)).map((name) => path.join(folder, name)),
  ];
  const others: LockRecord[] = [];
  for (const file of files) {
    const found = await readLock(fileSystem, file).catch(() => undefined);
    if (found?.record !== undefined && found.record.hostname !== hostname) others.push(found.record);
  }
  return others.sort((left, right) => left.startedAt.localeCompare(right.startedAt));
}

/** False only when the process certainly does not exist (ESRCH); EPERM means it exists. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return !isErrorCode(error, 'ESRCH');
  }
}

async function tryCreate(fileSystem: VaultFileSystem, file: string, text: string): Promise<boolean> {
  let handle;
  try {
    handle = await fileSystem.open(file, 'wx', 0o600);
  } catch (error) {
    if (isErrorCode(error, 'EEXIST')) return false;
    throw toStorageError(error, file);
  }
  try {
    await handle.writeFile(text);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fileSystem.rm(file, { force: true }).catch(() => undefined);
    throw toStorageError(error, file);
  }
  await handle.close();
  return true;
}

interface ExistingLock {
  text: string;
  record: LockRecord | undefined;
  modifiedAt: number;
}

async function readLock(fileSystem: VaultFileSystem, file: string): Promise<ExistingLock | undefined> {
  try {
    const [text, stats] = await Promise.all([fileSystem.readFile(file, 'utf8'), fileSystem.stat(file)]);
    return { text, record: parseRecord(text), modifiedAt: stats.mtimeMs };
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return undefined;
    throw toStorageError(error, file);
  }
}

function parseRecord(text: string): LockRecord | undefined {
  try {
    const parsed = lockRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function isStale(existing: ExistingLock, hostname: string, now: number, isAlive: (pid: number) => boolean): boolean {
  const { record } = existing;
  // A crash between creating the file and writing it leaves it empty; give a live writer time.
  if (record === undefined) return now - existing.modifiedAt > unreadableLockGrace;
  // On another machine (a shared folder) we cannot see the process: never steal that lock.
  if (record.hostname !== hostname) return false;
  if (!isAlive(record.pid)) return true;
  // The pid is alive but the lock predates this boot: the number was reused by another process.
  const bootedAt = now - uptime() * 1000;
  return Date.parse(record.startedAt) < bootedAt - bootMargin;
}

/**
 * Moves the stale lock aside under a unique name, so of two processes taking over at once only
 * one wins. If what we moved is not the lock we judged stale, we put it back.
 */
async function takeOver(fileSystem: VaultFileSystem, file: string, staleText: string): Promise<void> {
  const aside = `${file}.stale-${randomBytes(6).toString('hex')}`;
  try {
    await fileSystem.rename(file, aside);
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return;
    throw toStorageError(error, file);
  }
  const moved = await fileSystem.readFile(aside, 'utf8').catch(() => undefined);
  if (moved !== staleText) {
    await fileSystem.rename(aside, file).catch(() => undefined);
    return;
  }
  await fileSystem.rm(aside, { force: true }).catch(() => undefined);
}

async function release(fileSystem: VaultFileSystem, file: string, text: string): Promise<void> {
  const current = await fileSystem.readFile(file, 'utf8').catch(() => undefined);
  if (current !== text) return;
  await fileSystem.rm(file, { force: true }).catch((error: unknown) => {
    leftBehind.set(file, text);
    throw new AppError(
      'io-failure',
      `Alianza could not remove its lock (vault.lock: ${String((error as { code?: unknown }).code)}). The journal is locked and its keys are gone; ` +
        'the lock file is left behind, and is taken over by the next unlock here or once this process has ended.',
      { file, cause: error },
    );
  });
}

function inUse(record: LockRecord | undefined, file: string): AppError {
  const who =
    record === undefined
      ? 'another Alianza process'
      : `${record.holder === 'app' ? 'the Alianza app' : 'the Alianza command line'} (process ${record.pid} on ${record.hostname}, since ${record.startedAt})`;
  return new AppError('vault-in-use', `This journal is already open in ${who}. Close it there first.`, { file });
}

function unfinishedRotation(cause: unknown, directory: string): AppError {
  return new AppError(
    'read-only',
    "A change of the journal's key was interrupted and must be finished before the journal can be read, " +
      `but the disk cannot be written (${String((cause as { code?: unknown }).code)}). Free some space or make the disk writable, then open the journal again.`,
    { file: directory },
  );
}
