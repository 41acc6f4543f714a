import { describe, expect, it } from 'vitest';
import { batchesFor, excerptBatches, mergedExcerpts } from '../../../src/renderer/src/entries/excerptBatches';

const ids = Array.from({ length: 7 }, (_, index) => `e${index}`);

describe('excerpt batches', () => {
  it("cut the case's entries in order into batches of the size, the last one shorter", () => {
    const { batches, batchOf } = excerptBatches(ids, 3);
    expect(batches).toEqual([['e0', 'e1', 'e2'], ['e3', 'e4', 'e5'], ['e6']]);
    expect(batchOf.get('e4')).toBe(1);
    expect(excerptBatches([], 3).batches).toEqual([]);
  });

  it('ask for the batches of the rows in view, each once and in order, whatever order they are wanted in', () => {
    const known = excerptBatches(ids, 3);
    expect(batchesFor(known, ['e4', 'e3'])).toEqual([['e3', 'e4', 'e5']]);
    expect(batchesFor(known, ['e6', 'e2', 'e0'])).toEqual([['e0', 'e1', 'e2'], ['e6']]);
    // A row scrolled by one gives the same requests, so the cached answers serve it.
    expect(batchesFor(known, ['e1', 'e2', 'e3'])).toEqual(batchesFor(known, ['e0', 'e4']));
  });

  it('ask for nothing when no entry is in view or the ids are not of this case', () => {
    const known = excerptBatches(ids, 3);
    expect(batchesFor(known, [])).toEqual([]);
    expect(batchesFor(known, ['other'])).toEqual([]);
  });

  it('merge the answers, an answer not yet there or failed adding nothing', () => {
    const merged = mergedExcerpts([{ e0: 'Opening words' }, undefined, { e3: 'More words', e4: '' }]);
    expect([...merged]).toEqual([
      ['e0', 'Opening words'],
      ['e3', 'More words'],
      ['e4', ''],
    ]);
  });
});
