import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { CompactIndex, type CompactSearchOptions } from '../../../src/main/search/compactIndex';
import { PostingLists } from '../../../src/main/search/postingLists';
import { editDistance, TermDictionary } from '../../../src/main/search/termDictionary';

/** Levenshtein distance, the textbook way. */
function plainDistance(left: string, right: string): number {
  const table = Array.from({ length: left.length + 1 }, (_, row) =>
    Array.from({ length: right.length + 1 }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)),
  );
  for (let row = 1; row <= left.length; row++)
    for (let column = 1; column <= right.length; column++)
      table[row]![column] = Math.min(
        table[row - 1]![column]! + 1,
        table[row]![column - 1]! + 1,
        table[row - 1]![column - 1]! + (left[row - 1] === right[column - 1] ? 0 : 1),
      );
  return table[left.length]![right.length]!;
}

describe('posting lists', () => {
  it('give back every posting in order, whatever the ids, fields and counts (large ones too)', () => {
    const posting = fc.record({
      term: fc.integer({ min: 0, max: 40 }),
      gap: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 5_000_000 })),
      field: fc.integer({ min: 0, max: 31 }),
      count: fc.oneof(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 8, max: 100_000 })),
    });
    fc.assert(
      fc.property(fc.array(posting, { maxLength: 400 }), (postings) => {
        const lists = new PostingLists();
        const expected = new Map<number, [number, number, number][]>();
        let document = 0;
        for (const { term, gap, field, count } of postings) {
          document += gap;
          lists.add(term, document, field, count);
          expected.set(term, [...(expected.get(term) ?? []), [document, field, count]]);
        }
        for (let term = 0; term <= 41; term++) {
          const read: [number, number, number][] = [];
          lists.forEach(term, (...values) => read.push(values));
          expect(read).toEqual(expected.get(term) ?? []);
        }
      }),
      { seed: 20261202, numRuns: 150 },
    );
  });

  it('refuse a posting out of document order or in a field they cannot name', () => {
    const lists = new PostingLists();
    lists.add(0, 10, 0, 1);
    expect(() => lists.add(0, 9, 0, 1)).toThrow(/document order/);
    expect(() => lists.add(1, 1, 32, 1)).toThrow(/field/);
  });

  it('compact to the postings of the documents kept, in a smaller pool', () => {
    const lists = new PostingLists();
    for (let document = 0; document < 20_000; document++) lists.add(document % 7, document, document % 24, 1);
    const compacted = lists.compact((document) => document % 10 === 0);
    const read: number[] = [];
    for (let term = 0; term < 7; term++) compacted.forEach(term, (document) => read.push(document));
    expect(read.sort((a, b) => a - b)).toEqual(Array.from({ length: 2_000 }, (_, index) => index * 10));
    expect(compacted.byteLength).toBeLessThan(lists.byteLength);
  });
});

describe('the term dictionary', () => {
  it('counts edits as Levenshtein does, and stops past the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ñ'), maxLength: 9 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ñ'), maxLength: 9 }),
        fc.integer({ min: 0, max: 3 }),
        (left, right, limit) => {
          expect(editDistance(left, right, limit)).toBe(Math.min(plainDistance(left, right), limit + 1));
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });

  it('finds every word with a prefix, words added after a search included', () => {
    const dictionary = new TermDictionary();
    for (const word of ['frustracion', 'frustrado', 'fruta', 'tribunal']) dictionary.add(word);
    expect(dictionary.withPrefix('frustr').map(([word]) => word)).toEqual(['frustracion', 'frustrado']);
    dictionary.add('frustrante');
    for (let index = 0; index < 3000; index++) dictionary.add(`palabra${index}`);
    expect(dictionary.withPrefix('frustr').map(([word]) => word)).toEqual(['frustracion', 'frustrado', 'frustrante']);
    dictionary.add('frustra');
    expect(dictionary.withPrefix('frustr').map(([word]) => word)).toEqual([
      'frustra',
      'frustracion',
      'frustrado',
      'frustrante',
    ]);
    expect(dictionary.get('frustra')).toBe(dictionary.add('frustra'));
  });
});

/** Words drawn from a small vocabulary, so queries hit many documents and prefixes overlap. */
const vocabulary = [
  'madre',
  'padre',
  'abuela',
  'abuelo',
  'tribunal',
  'tribuna',
  'audiencia',
  'audiencias',
  'frustracion',
  'frustrado',
  'frustra',
  'visita',
  'visitas',
  'visitar',
  'escuela',
  'escuelas',
  'nino',
  'ninos',
  'nina',
  'miedo',
  'miedos',
  'silencio',
  'confianza',
  'confia',
  'court',
  'courts',
  'grandmother',
  'flat',
  'flats',
  'report',
  'reporte',
  'reported',
  'sleep',
  'sleeps',
  'horario',
  'horarios',
  'casa',
  'casas',
  'caso',
];
const fieldCount = 24;

function searchOptionsOf(
  fields: readonly number[],
  boost: (field: number) => number,
  edits: (word: string) => number,
  boostDocument: ((id: number) => number) | undefined,
): CompactSearchOptions {
  return {
    fields: new Map(fields.map((field) => [field, boost(field)])),
    prefix: (word) => word.length >= 3,
    edits,
    ...(boostDocument === undefined ? {} : { boostDocument }),
  };
}

describe('the compact index beside MiniSearch', () => {
  it('finds what MiniSearch finds: every word required, prefixes from three letters, edits on retry, fields, filters, removals', () => {
    const document = fc.record({
      fields: fc.dictionary(
        fc.integer({ min: 0, max: fieldCount - 1 }).map(String),
        fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 12 }),
        { maxKeys: 4 },
      ),
      removed: fc.boolean(),
    });
    const query = fc.array(
      fc.oneof(
        fc.constantFrom(...vocabulary),
        fc.constantFrom(...vocabulary).map((word) => word.slice(0, 3 + (word.length % 3))),
        fc.constantFrom('tribnal', 'audencia', 'frustacion', 'escuala', 'abuelx', 'madr'),
      ),
      { minLength: 1, maxLength: 3 },
    );
    const searchOptions = fc.record({
      fields: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: fieldCount - 1 }), { minLength: 1, maxLength: 6 })),
      oddOnly: fc.boolean(),
      fuzzy: fc.boolean(),
      limit: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(
      fc.property(
        fc.array(document, { minLength: 1, maxLength: 60 }),
        query,
        searchOptions,
        (documents, words, how) => {
          const compact = new CompactIndex(fieldCount);
          const fieldNames = Array.from({ length: fieldCount }, (_, field) => String(field));
          const mini = new MiniSearch<Record<string, string | number>>({
            fields: fieldNames,
            tokenize: (text) => (text === '' ? [] : text.split(' ')),
            processTerm: (term) => term,
          });
          documents.forEach((each, id) => {
            compact.add(id, new Map(Object.entries(each.fields).map(([field, list]) => [Number(field), list])));
            mini.add({
              id,
              ...Object.fromEntries(Object.entries(each.fields).map(([field, list]) => [field, list.join(' ')])),
            });
          });
          documents.forEach((each, id) => {
            if (!each.removed) return;
            compact.remove(id);
            mini.discard(id);
          });
          const fields = how.fields ?? fieldNames.map(Number);
          const boost = (field: number) => 1 + (field % 3) / 2;
          const boostDocument = how.oddOnly ? (id: number) => (id % 2 === 1 ? 1 : 0) : undefined;
          const edits = (word: string) =>
            how.fuzzy && word.length >= 5 ? Math.min(2, Math.round(word.length * 0.2)) : 0;
          const ours = compact.search(words, searchOptionsOf(fields, boost, edits, boostDocument));
          const theirs = mini.search(words.join(' '), {
            fields: fields.map(String),
            boost: Object.fromEntries(fields.map((field) => [String(field), boost(field)])),
            combineWith: 'AND',
            tokenize: (text) => text.split(' '),
            processTerm: (term) => term,
            prefix: (word) => word.length >= 3,
            fuzzy: (word) => (how.fuzzy && word.length >= 5 ? 0.2 : false),
            maxFuzzy: 2,
            ...(boostDocument === undefined ? {} : { boostDocument }),
          });
          expect(ours.results.map((result) => result.document).sort((a, b) => a - b)).toEqual(
            theirs.map((result) => result.id as number).sort((a, b) => a - b),
          );
          expect(ours.total).toBe(theirs.length);
          expect(compact.documentCount).toBe(mini.documentCount);
          // The best few, chosen without sorting them all, are the first few of the whole list.
          const few = compact.search(words, {
            ...searchOptionsOf(fields, boost, edits, boostDocument),
            limit: how.limit,
          });
          expect(few.total).toBe(ours.total);
          expect(few.results.map((result) => result.score)).toEqual(
            ours.results.slice(0, how.limit).map((result) => result.score),
          );
          // Ties included: the same documents, so a longer limit only adds to the list.
          expect(few.results.map((result) => result.document)).toEqual(
            ours.results.slice(0, how.limit).map((result) => result.document),
          );
        },
      ),
      { seed: 20261202, numRuns: 400 },
    );
  });

  it('ranks as BM25+ does: a rarer word, a shorter field and a boosted field score higher', () => {
    const index = new CompactIndex(2);
    index.add(0, new Map([[0, ['miedo', 'casa', 'casa', 'escuela', 'visita', 'padre']]]));
    index.add(1, new Map([[0, ['miedo']]]));
    index.add(2, new Map([[1, ['miedo']]]));
    const [first, second, third] = index.search(['miedo'], {
      fields: new Map([
        [0, 1],
        [1, 3],
      ]),
    }).results;
    expect([first?.document, second?.document, third?.document]).toEqual([2, 1, 0]);
    expect(
      index.search(['miedo', 'casa'], { fields: new Map([[0, 1]]) }).results.map((result) => result.document),
    ).toEqual([0]);
  });

  it('keeps answering the same after enough removals to drop their postings', () => {
    const index = new CompactIndex(1);
    for (let id = 0; id < 400; id++) index.add(id, new Map([[0, [id % 2 === 0 ? 'par' : 'impar', 'todos']]]));
    for (let id = 0; id < 400; id += 3) index.remove(id);
    for (let id = 400; id < 420; id++) index.add(id, new Map([[0, ['todos', 'nuevos']]]));
    const found = index.search(['todos'], { fields: new Map([[0, 1]]) }).results.map((result) => result.document);
    expect(found.sort((a, b) => a - b)).toEqual([
      ...Array.from({ length: 400 }, (_, id) => id).filter((id) => id % 3 !== 0),
      ...Array.from({ length: 20 }, (_, id) => 400 + id),
    ]);
    expect(index.search(['nuevos'], { fields: new Map([[0, 1]]) }).total).toBe(20);
  });

  it('refuses ids that do not grow, so a changed reflection cannot be put back out of order', () => {
    const index = new CompactIndex(1);
    index.add(5, new Map([[0, ['uno']]]));
    expect(() => index.add(5, new Map([[0, ['dos']]]))).toThrow(/larger ids/);
    expect(() => index.add(6, new Map([[1, ['dos']]]))).toThrow(/No field/);
  });
});
