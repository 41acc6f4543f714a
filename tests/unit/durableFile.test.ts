import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem, writeFileDurably, type DurableFileSystem } from '../../src/main/vault/durableFile';
import { AppError } from '../../src/shared/ipc/result';

let directory: string;
let target: string;
beforeEach(async () => {
  directory = await fs.mkdtemp(path.join(tmpdir(), 'alianza-durable-'));
  target = path.join(directory, 'file.json');
  await fs.writeFile(target, 'previous');
});
afterEach(async () => {
  await fs.rm(directory, { recursive: true, force: true });
});

function failing(code: string): Error {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/** A file system that fails with `code` at one named step of the write (`folder-sync`: after the rename). */
function failAt(step: 'open' | 'write' | 'sync' | 'rename' | 'folder-sync', code: string): DurableFileSystem {
  return {
    ...nodeFileSystem,
    rename: async (from, to) => {
      if (step === 'rename') throw failing(code);
      return nodeFileSystem.rename(from, to);
    },
    open: (async (file: string, flags: string, mode?: number) => {
      if (step === 'open' && flags === 'wx') throw failing(code);
      if (step === 'folder-sync' && file === directory) throw failing(code);
      const handle = await nodeFileSystem.open(file, flags, mode);
      if (flags !== 'wx') return handle;
      return Object.assign(Object.create(handle) as fs.FileHandle, {
        writeFile: async (data: Uint8Array | string) => {
          if (step === 'write') {
            await handle.writeFile(typeof data === 'string' ? data.slice(0, 3) : data.subarray(0, 3));
            throw failing(code);
          }
          return handle.writeFile(data);
        },
        sync: async () => {
          if (step === 'sync') throw failing(code);
          return handle.sync();
        },
        close: () => handle.close(),
      });
    }) as DurableFileSystem['open'],
  };
}

describe('durable writes', () => {
  it('replaces the file only after the step before it succeeded, and cleans up when it did not', async () => {
    const order: string[] = [];
    await writeFileDurably(target, 'next', nodeFileSystem, {
      beforeReplace: async () => {
        order.push(await fs.readFile(target, 'utf8'));
      },
    });
    expect(order).toEqual(['previous']);
    expect(await fs.readFile(target, 'utf8')).toBe('next');

    const refused = new AppError('io-failure', 'The backup could not be kept.');
    const error = await writeFileDurably(target, 'never', nodeFileSystem, {
      beforeReplace: () => Promise.reject(refused),
    }).catch((caught: unknown) => caught);
    expect(error).toBe(refused);
    expect(await fs.readFile(target, 'utf8')).toBe('next');
    expect(await fs.readdir(directory)).toEqual(['file.json']);
  });

  it('replaces the file and leaves no temp file behind', async () => {
    await writeFileDurably(target, 'next');
    expect(await fs.readFile(target, 'utf8')).toBe('next');
    expect(await fs.readdir(directory)).toEqual(['file.json']);
  });

  for (const code of ['ENOSPC', 'EIO']) {
    it(`says the new file is in place, unconfirmed, when ${code} strikes after the rename`, async () => {
      const error = await writeFileDurably(target, 'next version', failAt('folder-sync', code)).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('write-unconfirmed');
      expect((error as AppError).message).toContain('in place');
      expect((error as AppError).message).not.toContain('intact');
      expect((error as AppError).file).toBe(target);
      expect(await fs.readFile(target, 'utf8')).toBe('next version');
      expect(await fs.readdir(directory)).toEqual(['file.json']);
    });
  }

  for (const step of ['open', 'write', 'sync', 'rename'] as const) {
    for (const code of ['ENOSPC', 'EIO']) {
      it(`keeps the previous file whole when ${code} strikes at ${step}`, async () => {
        const error = await writeFileDurably(target, 'next version', failAt(step, code)).catch(
          (caught: unknown) => caught,
        );
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe(code === 'ENOSPC' ? 'disk-full' : 'io-failure');
        expect((error as AppError).file).toBe(target);
        expect(await fs.readFile(target, 'utf8')).toBe('previous');
        expect(await fs.readdir(directory)).toEqual(['file.json']);
      });
    }
  }
});
