import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryDocument } from '../../../src/main/search/entryDocument';
import { packTexts, unpackTexts } from '../../../src/main/search/packedTexts';
import { searchWorkerFile, startSearchWorker } from '../../../src/main/search/searchWorkerClient';
import { entryTexts } from '../../../src/shared/journal/entryTexts';
import { entryContent, storedEntry } from './journalFixtures';

const entry = storedEntry(
  'e-1',
  entryContent({
    sections: [
      { title: 'Lo que pasó', visibility: 'supervision', text: 'La abuela llegó "tarde".\nMaría José no.' },
      { title: '  ', visibility: 'reportable', text: 'Sin título — con guion largo y ñandú.' },
    ],
    supervisionQuestions: ['¿Cómo sigo?'],
  }),
);

describe('the texts the index keeps for excerpts', () => {
  it('come back from their packed form exactly as the reflection gave them', () => {
    const texts = entryTexts(entry);
    const packed = packTexts(texts);
    expect(unpackTexts(packed)).toEqual(texts);
    expect(packed.byteLength).toBeLessThan(JSON.stringify(texts).length);
    // Its own small buffer, not a view on zlib's output chunk.
    expect(packed.buffer.byteLength).toBe(packed.byteLength);
  });
});

describe('the search worker', () => {
  it('starts from the sources when there is no build beside them', () => {
    expect(searchWorkerFile()).toBe(
      path.resolve(import.meta.dirname, '../../../src/main/search/searchWorkerFromSources.mjs'),
    );
  });

  it('indexes and answers in the order it was asked, with its counts, and refuses everything once stopped', async () => {
    const worker = startSearchWorker();
    const put = worker.send({ kind: 'put-case', caseId: 'c-1', alias: 'Familia R.', entries: [entryDocument(entry)] });
    const reply = await worker.send({ kind: 'search', request: { query: 'nandu' } });
    expect(await put).toMatchObject({ kind: 'done' });
    expect(reply).toMatchObject({ kind: 'answer', counts: { cases: 1, entries: 1 } });
    expect(reply.kind === 'answer' && reply.response.hits.map((hit) => [hit.caseAlias, hit.field])).toEqual([
      ['Familia R.', 'section'],
    ]);
    expect(worker.counts).toEqual({ cases: 1, entries: 1 });
    const pending = worker.send({ kind: 'search', request: { query: 'abuela' } });
    worker.terminate();
    await expect(pending).rejects.toThrow('dropped');
    await expect(worker.send({ kind: 'search', request: { query: 'abuela' } })).rejects.toThrow('dropped');
  });

  it('turns a request the index cannot follow into a rejection, and goes on answering', async () => {
    const worker = startSearchWorker();
    try {
      const broken = { kind: 'put-entry', caseId: 'c-1', entry: { entryId: 'e-9' } } as never;
      await expect(worker.send(broken)).rejects.toThrow('The search index failed');
      expect(await worker.send({ kind: 'search', request: { query: 'abuela' } })).toMatchObject({ kind: 'answer' });
    } finally {
      worker.terminate();
    }
  });
});
