import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireVaultLock, isProcessAlive } from '../../../src/main/vault/vaultLock';
import { hostLockName } from '../../../src/main/vault/vaultLayout';
import { nodeVaultFileSystem, type VaultFileSystem } from '../../../src/main/vault/vaultFileSystem';
import { exists, rejection, removeFolder, systemError, temporaryFolder } from './fixtures';

let directory: string;
let lockFile: string;
beforeEach(async () => {
  directory = await temporaryFolder('alianza-lock-');
  lockFile = path.join(directory, 'vault.lock');
});
afterEach(async () => {
  await removeFolder(directory);
});

/** A disk that is full: no file can be created, though existing ones still open. */
const full: VaultFileSystem = {
  ...nodeVaultFileSystem,
  open: (async (file: string, flags?: string, mode?: number) => {
    if (flags === 'wx') throw systemError('ENOSPC');
    return nodeVaultFileSystem.open(file, flags, mode);
  }) as VaultFileSystem['open'],
};

/** The pid of a process that has certainly exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  if (child.pid === undefined) throw new Error('no pid');
  return child.pid;
}

function lockText(record: Partial<{ pid: number; hostname: string; startedAt: string; holder: string }>): string {
  return JSON.stringify({
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    holder: 'app',
    ...record,
  });
}

describe('the vault lock', () => {
  it('holds pid, hostname, start time and holder, and is removed on release', async () => {
    const lock = await acquireVaultLock(directory, { holder: 'cli' });
    const record = JSON.parse(await readFile(lockFile, 'utf8')) as Record<string, unknown>;
    expect(record).toEqual({ pid: process.pid, hostname: hostname(), startedAt: lock.record.startedAt, holder: 'cli' });
    await lock.release();
    await lock.release();
    expect(await exists(lockFile)).toBe(false);
  });

  it('refuses a second opener with vault-in-use naming the holder', async () => {
    const first = await acquireVaultLock(directory, { holder: 'cli' });
    const error = await rejection(acquireVaultLock(directory, { holder: 'app' }));
    expect(error.code).toBe('vault-in-use');
    expect(error.message).toContain('command line');
    expect(error.message).toContain(String(process.pid));
    await first.release();
    const second = await acquireVaultLock(directory, { holder: 'app' });
    await second.release();
  });

  it('lets only one of many simultaneous openers win', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => acquireVaultLock(directory, { holder: 'app' })),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
  });

  it('takes over a stale lock left by a dead process on this machine', async () => {
    const pid = await deadPid();
    expect(isProcessAlive(pid)).toBe(false);
    await writeFile(lockFile, lockText({ pid, holder: 'cli' }));
    const lock = await acquireVaultLock(directory, { holder: 'app' });
    expect(JSON.parse(await readFile(lockFile, 'utf8'))).toMatchObject({ pid: process.pid, holder: 'app' });
    expect(await readdir(directory)).toEqual(['vault.lock']);
    await lock.release();
  });

  it('takes over a lock from before the last boot even if its pid is now used by another process', async () => {
    await writeFile(lockFile, lockText({ pid: 1, startedAt: '2000-01-01T00:00:00.000Z' }));
    const lock = await acquireVaultLock(directory, { holder: 'app', isProcessAlive: () => true });
    await lock.release();
  });

  it('never takes over a lock held from another machine', async () => {
    const pid = await deadPid();
    await writeFile(lockFile, lockText({ pid, hostname: `${hostname()}-other` }));
    expect((await rejection(acquireVaultLock(directory, { holder: 'app' }))).code).toBe('vault-in-use');
  });

  it('treats an unreadable lock as in use while young and as stale when old', async () => {
    await writeFile(lockFile, '');
    expect((await rejection(acquireVaultLock(directory, { holder: 'app' }))).code).toBe('vault-in-use');
    const old = new Date(Date.now() - 60_000);
    await utimes(lockFile, old, old);
    const lock = await acquireVaultLock(directory, { holder: 'app' });
    await lock.release();
  });

  it('does not remove a lock that is no longer its own', async () => {
    const lock = await acquireVaultLock(directory, { holder: 'app' });
    await writeFile(lockFile, lockText({ holder: 'cli' }));
    await lock.release();
    expect(await exists(lockFile)).toBe(true);
  });

  it('goes on read-only, holding nothing, when the lock file cannot be written and nobody holds it', async () => {
    expect((await rejection(acquireVaultLock(directory, { holder: 'cli', fileSystem: full }))).code).toBe('disk-full');
    const lock = await acquireVaultLock(directory, { holder: 'cli', fileSystem: full, readOnlyFallback: true });
    expect(lock.readOnly).toBe(true);
    expect(lock.reason?.code).toBe('disk-full');
    expect(await exists(lockFile)).toBe(false);
    await lock.release();

    await writeFile(lockFile, lockText({ holder: 'app' }));
    const held = await rejection(
      acquireVaultLock(directory, { holder: 'cli', fileSystem: full, readOnlyFallback: true }),
    );
    expect(held.code).toBe('vault-in-use');
  });

  it('reports a lock file it cannot remove as a typed error, and takes its own over next time', async () => {
    const stuck: VaultFileSystem = {
      ...nodeVaultFileSystem,
      rm: (async () => {
        throw systemError('EIO');
      }) as VaultFileSystem['rm'],
    };
    const lock = await acquireVaultLock(directory, { holder: 'app', fileSystem: stuck });
    const error = await rejection(lock.release());
    expect(error.code).toBe('io-failure');
    expect(error.message).toContain('keys are gone');
    expect(await exists(lockFile)).toBe(true);
    // The same process, alive, would otherwise be told the journal is open elsewhere.
    const next = await acquireVaultLock(directory, { holder: 'app' });
    expect(JSON.parse(await readFile(lockFile, 'utf8'))).toMatchObject({ startedAt: next.record.startedAt });
    await next.release();
    expect(await exists(lockFile)).toBe(false);
  });
});

describe('the lock of a vault shared by devices through a sync engine', () => {
  let locks: string;
  let ownLock: string;
  beforeEach(() => {
    locks = path.join(directory, 'locks');
    ownLock = path.join(locks, hostLockName(hostname()));
  });

  async function otherMachineLock(name: string, startedAt = '2026-03-02T09:12:00.000Z'): Promise<string> {
    await mkdir(locks, { recursive: true });
    const text = lockText({ pid: 4242, hostname: name, startedAt });
    await writeFile(path.join(locks, hostLockName(name)), text);
    return text;
  }

  it('is one file per machine, named without the host name, holding the usual record', async () => {
    const lock = await acquireVaultLock(directory, { holder: 'app', shared: true });
    expect(path.basename(ownLock)).toMatch(/^[0-9a-f]{16}\.lock$/);
    expect(path.basename(ownLock)).not.toContain(hostname());
    expect(JSON.parse(await readFile(ownLock, 'utf8'))).toEqual({
      pid: process.pid,
      hostname: hostname(),
      startedAt: lock.record.startedAt,
      holder: 'app',
    });
    expect(lock.others).toEqual([]);
    expect(await exists(lockFile)).toBe(false);
    await lock.release();
    expect(await readdir(locks)).toEqual([]);
  });

  it('still keeps two processes of this machine apart, and lets only one of many win', async () => {
    const first = await acquireVaultLock(directory, { holder: 'cli', shared: true });
    const error = await rejection(acquireVaultLock(directory, { holder: 'app', shared: true }));
    expect(error.code).toBe('vault-in-use');
    expect(error.message).toContain('command line');
    await first.release();
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => acquireVaultLock(directory, { holder: 'app', shared: true })),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
  });

  it('does not let another machine’s lock stop it, and reports it as information', async () => {
    const laptop = await otherMachineLock(`${hostname()}-laptop`, '2026-03-02T09:12:00.000Z');
    await otherMachineLock(`${hostname()}-office`, '2026-03-01T08:00:00.000Z');
    const lock = await acquireVaultLock(directory, { holder: 'app', shared: true });
    expect(lock.readOnly).toBe(false);
    expect(lock.others.map((other) => other.hostname)).toEqual([`${hostname()}-office`, `${hostname()}-laptop`]);
    await lock.release();
    // Theirs is theirs: left exactly as it was.
    expect(await readFile(path.join(locks, hostLockName(`${hostname()}-laptop`)), 'utf8')).toBe(laptop);
  });

  it('reports an older Alianza’s vault.lock of another machine, and honours one of this machine', async () => {
    await writeFile(lockFile, lockText({ pid: 4242, hostname: `${hostname()}-laptop` }));
    const lock = await acquireVaultLock(directory, { holder: 'app', shared: true });
    expect(lock.others.map((other) => other.hostname)).toEqual([`${hostname()}-laptop`]);
    await lock.release();

    await writeFile(lockFile, lockText({ holder: 'cli' }));
    expect((await rejection(acquireVaultLock(directory, { holder: 'app', shared: true }))).code).toBe('vault-in-use');
    // Left by a process of this machine that has ended: no longer in the way.
    await writeFile(lockFile, lockText({ pid: await deadPid() }));
    const after = await acquireVaultLock(directory, { holder: 'app', shared: true });
    await after.release();
  });

  it('takes over a lock of this machine left by a dead process', async () => {
    await mkdir(locks, { recursive: true });
    await writeFile(ownLock, lockText({ pid: await deadPid(), holder: 'cli' }));
    const lock = await acquireVaultLock(directory, { holder: 'app', shared: true });
    expect(JSON.parse(await readFile(ownLock, 'utf8'))).toMatchObject({ pid: process.pid, holder: 'app' });
    await lock.release();
  });

  it('keeps the lock of an unshared vault as it was: another machine’s lock still refuses', async () => {
    await otherMachineLock(`${hostname()}-laptop`);
    await writeFile(lockFile, lockText({ pid: 4242, hostname: `${hostname()}-laptop` }));
    expect((await rejection(acquireVaultLock(directory, { holder: 'app' }))).code).toBe('vault-in-use');
  });

  it('goes on read-only, still reporting other machines, when this machine’s lock cannot be written', async () => {
    await otherMachineLock(`${hostname()}-laptop`);
    const lock = await acquireVaultLock(directory, {
      holder: 'cli',
      fileSystem: full,
      readOnlyFallback: true,
      shared: true,
    });
    expect(lock.readOnly).toBe(true);
    expect(lock.reason?.code).toBe('disk-full');
    expect(lock.others.map((other) => other.hostname)).toEqual([`${hostname()}-laptop`]);
    expect(await exists(ownLock)).toBe(false);
  });
});
