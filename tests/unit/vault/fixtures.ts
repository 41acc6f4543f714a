/** Shared helpers for the vault tests: temp folders, raw keys, typed-error capture, a faulty fs. */
import { randomBytes, randomUUID } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createFileStore, type FileStore } from '../../../src/main/vault/fileStore';
import { headerChecksum } from '../../../src/main/vault/vaultHeader';
import { nodeVaultFileSystem, type VaultFileSystem } from '../../../src/main/vault/vaultFileSystem';
import { AppError } from '../../../src/shared/ipc/result';

/** A fresh temporary folder; remove it with `removeFolder`. */
export function temporaryFolder(prefix = 'alianza-vault-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

export function removeFolder(folder: string): Promise<void> {
  return rm(folder, { recursive: true, force: true });
}

/** A 32-byte random key. */
export function randomKey(): Buffer {
  return randomBytes(32);
}

/** A file store over a real folder with a random key: the encrypted-file layer without any KDF. */
export function storeFor(
  directory: string,
  options: { vaultId?: string; key?: Buffer; fileSystem?: VaultFileSystem } = {},
): FileStore & { key: Buffer; vaultId: string } {
  const key = options.key ?? randomKey();
  const vaultId = options.vaultId ?? randomUUID();
  const store = createFileStore({
    directory,
    vaultId,
    key,
    fileSystem: options.fileSystem ?? nodeVaultFileSystem,
    clock: () => new Date(),
  });
  return Object.assign(store, { key, vaultId });
}

/** The AppError a promise rejects with (fails the test if it resolves or throws anything else). */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw new Error(`Expected an AppError, got ${String(error)}`, { cause: error });
  }
  throw new Error('Expected a rejection, but the promise resolved.');
}

/** The AppError a function throws synchronously. */
export function thrown(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw new Error(`Expected an AppError, got ${String(error)}`, { cause: error });
  }
  throw new Error('Expected an AppError, but nothing was thrown.');
}

/** Every file under a folder, recursively, as absolute paths. */
export async function allFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await allFiles(full)));
    else found.push(full);
  }
  return found.sort();
}

export async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * The text of a header changed on purpose: its checksum made again, as anyone can, so what is
 * tested is what comes after the checksum (the KDF cap, the wraps, the MAC).
 */
export function withChecksum(header: Record<string, unknown>): string {
  const { checksum: _checksum, ...content } = header;
  return JSON.stringify({ ...content, checksum: headerChecksum(content) });
}

/** An Error like Node's, with a code. */
export function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: injected`), { code });
}

export interface FaultyFileSystem {
  fileSystem: VaultFileSystem;
  /** Every call since the last `failAt`, by name. */
  steps: string[];
  /**
   * Starts counting again; the `occurrence`-th call (1-based) named `step` will fail with `code`.
   * By name, not by position: the vault writes the new bytes while it keeps the old file, so the
   * order of calls from the two may interleave differently from one run to the next.
   */
  failAt(step: { name: string; occurrence: number } | undefined, code?: string): void;
}

/**
 * A file system that counts every call (including calls on the handles it opens) as a step and
 * can fail one of them. A failing `writeFile` writes a few bytes first, like a disk filling up.
 */
export function faultyFileSystem(): FaultyFileSystem {
  const steps: string[] = [];
  let failing: { name: string; occurrence: number; code: string } | undefined;
  const step = (name: string) => {
    steps.push(name);
    if (failing?.name !== name) return;
    if (steps.filter((each) => each === name).length === failing.occurrence) throw systemError(failing.code);
  };
  const base = nodeVaultFileSystem;
  const wrapHandle = (handle: FileHandle, label: string): FileHandle =>
    Object.assign(Object.create(handle) as FileHandle, {
      writeFile: async (data: Uint8Array | string) => {
        try {
          step(`${label}.writeFile`);
        } catch (error) {
          await handle.writeFile(typeof data === 'string' ? data.slice(0, 3) : data.subarray(0, 3));
          throw error;
        }
        return handle.writeFile(data);
      },
      sync: async () => {
        step(`${label}.sync`);
        return handle.sync();
      },
      read: async (...args: Parameters<FileHandle['read']>) => {
        step(`${label}.read`);
        return (handle.read as (...values: unknown[]) => unknown)(...args);
      },
      close: async () => {
        try {
          step(`${label}.close`);
        } finally {
          await handle.close();
        }
      },
    });
  type AnyCall = (...args: unknown[]) => Promise<unknown>;
  const call =
    (name: string, describe: (...args: unknown[]) => string, run: unknown): AnyCall =>
    async (...args) => {
      step(`${name}(${describe(...args)})`);
      return (run as AnyCall)(...args);
    };
  // Random parts of temporary names are replaced, so two runs give the same step names.
  const base1 = (value: unknown) => path.basename(String(value)).replace(/[0-9a-f]{12}/g, '*');
  const fileSystem = {
    open: async (file: string, flags?: string, mode?: number) => {
      const label = `open(${base1(file)},${flags ?? 'r'})`;
      step(label);
      return wrapHandle(await base.open(file, flags, mode), label);
    },
    rename: call('rename', (from, to) => `${base1(from)}->${base1(to)}`, base.rename),
    link: call('link', (from, to) => `${base1(from)}->${base1(to)}`, base.link),
    rm: call('rm', base1, base.rm),
    readFile: call('readFile', base1, base.readFile),
    readdir: call('readdir', base1, base.readdir),
    mkdir: call('mkdir', base1, base.mkdir),
    stat: call('stat', base1, base.stat),
    chmod: call('chmod', base1, base.chmod),
  } as unknown as VaultFileSystem;
  return {
    fileSystem,
    steps,
    failAt: (target, code = 'EIO') => {
      steps.length = 0;
      failing = target === undefined ? undefined : { ...target, code };
    },
  };
}
