import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFileBytes, firstHeapBound, isOutOfHeap, nextHeapBound } from '../../../src/main/search/searchHeap';

describe("the search worker's heap bound", () => {
  it('grows with the case files and doubles until it gives up bounding', () => {
    expect(firstHeapBound(0)).toBe(48);
    expect(firstHeapBound(46 * 2 ** 20)).toBe(152);
    expect(nextHeapBound(152)).toBe(304);
    expect(nextHeapBound(2048)).toBe(4096);
    expect(nextHeapBound(4096)).toBeUndefined();
    expect(nextHeapBound(undefined)).toBeUndefined();
  });

  it('adds up the case files only, and counts a missing folder as empty', async () => {
    const vault = await mkdtemp(path.join(tmpdir(), 'alianza-heap-'));
    try {
      expect(await caseFileBytes(vault)).toBe(0);
      await mkdir(path.join(vault, 'cases', 'nested'), { recursive: true });
      await writeFile(path.join(vault, 'cases', 'a.alz'), Buffer.alloc(1000));
      await writeFile(path.join(vault, 'cases', 'b.alz'), Buffer.alloc(24));
      await writeFile(path.join(vault, 'index.alz'), Buffer.alloc(5000));
      expect(await caseFileBytes(vault)).toBe(1024);
    } finally {
      await rm(vault, { recursive: true, force: true });
    }
  });

  it("knows a worker's out-of-heap error from any other", () => {
    expect(isOutOfHeap(Object.assign(new Error('heap'), { code: 'ERR_WORKER_OUT_OF_MEMORY' }))).toBe(true);
    expect(isOutOfHeap(new Error('The search index stopped (exit code 1).'))).toBe(false);
    expect(isOutOfHeap(undefined)).toBe(false);
  });
});
