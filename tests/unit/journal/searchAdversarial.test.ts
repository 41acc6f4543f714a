/**
 * The journal's search driven with the text real case notes hold: pasted from Word and e-mail
 * (invisible characters, ligatures, fullwidth letters, decomposed accents), numbers, emoji and
 * other scripts, reflections re-saved hundreds of times, cases replaced, queries of function
 * words or of a few letters. Where the answer is not obvious it is checked against MiniSearch
 * fed the same folded words, or against a fresh index holding only the latest versions.
 */
import fc from 'fast-check';
import MiniSearch, { type SearchResult } from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { EntryDocument } from '../../../src/main/search/entryDocument';
import type { SupervisionDocument } from '../../../src/main/search/supervisionDocument';
import { createSearchIndex, queryTerms, type SearchIndex } from '../../../src/main/search/searchIndex';
import { foldText, indexedTerms } from '../../../src/main/search/textFolding';
import type { Phase, SectionVisibility } from '../../../src/shared/domain/taxonomy';
import type { EntryText } from '../../../src/shared/journal/entryTexts';
import type { SearchRequest, SearchResponse } from '../../../src/shared/journal/requestTypes';

/** A reflection of one private section (or the texts given). */
function reflection(
  entryId: string,
  text: string | readonly EntryText[],
  details: Partial<Omit<EntryDocument, 'entryId' | 'texts'>> = {},
): EntryDocument {
  return {
    entryId,
    sessionDate: '2025-03-14',
    phase: 'start',
    tensionTypes: [],
    ruptures: [],
    ...details,
    texts:
      typeof text === 'string'
        ? [{ kind: 'section', field: 'Notas', title: 'Notas', visibility: 'private', text }]
        : [...text],
  };
}

function indexOf(entries: readonly EntryDocument[]): SearchIndex {
  const index = createSearchIndex();
  index.putCase('case-a', 'Familia A.', entries);
  return index;
}

const ids = (response: SearchResponse) => response.hits.map((hit) => hit.entryId);
const sortedIds = (response: SearchResponse) => ids(response).sort();

describe('text pasted from Word and e-mail', () => {
  it.each([
    ['a ligature', 'El padre ﬁrmó el acta.', 'firmo'],
    ['fullwidth letters', 'ＭＡＤＲＥ llegó tarde.', 'madre'],
    ['non-breaking and narrow spaces', 'El\u00a0padre\u202fllegó\u2009tarde.', 'padre llego'],
    ['a decomposed accent in the text', 'Sentí frustracio\u0301n.', 'frustración'],
    ['a decomposed accent in the query', 'Sentí frustración.', 'frustracio\u0301n'],
    ['curly quotes and apostrophes', '“Mamá” dijo ‘no’ y se fue.', 'mama'],
    ['mathematical bold letters', '𝐌𝐚𝐝𝐫𝐞 llegó.', 'madre'],
    ['a Turkish dotted capital', 'Viaje a İstanbul.', 'istanbul'],
    ['direction marks around a word', 'El \u200epadre\u200f llegó.', 'padre'],
    ['a soft hyphen inside a word', 'La inter\u00adven\u00adción fue breve.', 'intervención'],
    ['a zero-width space inside a word', 'El pa\u200bdre llegó.', 'padre'],
    ['a zero-width joiner inside a word', 'El pa\u200ddre llegó.', 'padre'],
    ['a word joiner inside a word', 'El pa\u2060dre llegó.', 'padre'],
    ['a byte order mark inside a word', 'El pa\ufeffdre llegó.', 'padre'],
  ])('finds a word written with %s', (_, text, query) => {
    const index = indexOf([reflection('e-1', text), reflection('e-2', 'Nada que ver.')]);
    expect(ids(index.search({ query }))).toEqual(['e-1']);
  });

  it('quotes the original text, invisible characters and all, around the word found', () => {
    const text = 'Primero hablamos del colegio. Después la inter\u00adven\u00adción fue breve.';
    const [hit] = indexOf([reflection('e-1', text)]).search({ query: 'intervencion' }).hits;
    expect(hit?.excerpt).toBe(text);
  });
});

describe('numbers, dates, emoji and other scripts', () => {
  it('finds a RUT, a date and a case number by their parts as written', () => {
    const index = indexOf([
      reflection('e-1', 'RUT de la madre: 12.345.678-9. Audiencia el 02/04/2025, causa RIT C-1234-2024.'),
      reflection('e-2', 'RUT del padre: 9.876.543-2.'),
    ]);
    expect(ids(index.search({ query: '12.345.678-9' }))).toEqual(['e-1']);
    expect(ids(index.search({ query: '2025-04-02' }))).toEqual(['e-1']);
    expect(ids(index.search({ query: 'C-1234' }))).toEqual(['e-1']);
    expect(ids(index.search({ query: '876' }))).toEqual(['e-2']);
  });

  it.each([
    ['Chinese', '母亲来了，孩子很高兴。', '母亲来了'],
    ['Arabic', 'الأم جاءت اليوم', 'الأم'],
    ['Cyrillic in capitals', 'МАТЬ пришла', 'мать'],
    ['Greek with a final sigma', 'Η ΟΔΟΣ είναι μακριά', 'οδος'],
    ['Korean', '어머니가 왔다', '어머니가'],
  ])('finds %s words, folded as the query is', (_, text, query) => {
    const index = indexOf([reflection('e-1', text), reflection('e-2', 'Otra cosa.')]);
    expect(ids(index.search({ query }))).toEqual(['e-1']);
  });

  it('treats emoji as spaces: they find nothing and join no words', () => {
    const index = indexOf([reflection('e-1', 'Mamá😡no vino 👨‍👩‍👧 hoy')]);
    expect(index.search({ query: '😡' }).total).toBe(0);
    expect(ids(index.search({ query: 'mama vino' }))).toEqual(['e-1']);
  });

  it('survives lone surrogates in the text and the query', () => {
    const index = indexOf([reflection('e-1', 'ma\ud800dre y pa\udc00dre, abuela\ud83d')]);
    expect(ids(index.search({ query: 'abuela' }))).toEqual(['e-1']);
    expect(ids(index.search({ query: 'abuela\udfff' }))).toEqual(['e-1']);
    expect(index.search({ query: '\ud800' }).total).toBe(0);
  });

  it('never cuts a character of the astral planes in two when an excerpt starts or ends inside a run of them', () => {
    const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    for (let lead = 0; lead < 4; lead++) {
      const text = `${'a'.repeat(lead)}${'😡'.repeat(40)}-madre-${'😢'.repeat(120)} fin`;
      const [hit] = indexOf([reflection('e-1', text)]).search({ query: 'madre' }).hits;
      expect(hit?.excerpt).toContain('madre');
      expect(hit?.excerpt).not.toMatch(loneSurrogate);
    }
  });
});

describe('very long words and fields', () => {
  it('indexes a field of more than 65 535 distinct words, its first and last found, shorter fields ranked first', () => {
    const words = Array.from({ length: 70_000 }, (_, number) => `w${number.toString(36)}`);
    const index = indexOf([reflection('long', `madre ${words.join(' ')} padre`), reflection('short', 'madre y padre')]);
    expect(index.search({ query: words[0] as string }).total).toBe(1);
    expect(index.search({ query: words.at(-1) as string }).total).toBe(1);
    expect(ids(index.search({ query: 'madre padre' }))).toEqual(['short', 'long']);
  });

  it('finds a word of 100 000 letters by its first 500, and not by a longer query that differs', () => {
    const word = 'ab'.repeat(50_000);
    const index = indexOf([reflection('e-1', `${word} fin`)]);
    expect(ids(index.search({ query: word.slice(0, 500) }))).toEqual(['e-1']);
    expect(index.search({ query: `${word.slice(0, 499)}x` }).total).toBe(0);
    expect(index.search({ query: 'fin' }).hits[0]?.excerpt.length).toBeLessThan(200);
  });
});

describe('queries of few letters or only function words', () => {
  const index = indexOf([
    reflection('e-1', 'Para que venga, la madre debe parar de gritar.'),
    reflection('e-2', 'Fue a la escuela con su tía.'),
    reflection('e-3', 'TV y PC en la pieza.'),
  ]);

  it('finds nothing with one letter or an unindexed function word, and no error', () => {
    for (const query of ['a', 'y', 'de', 'la', 'de la', '¿?', '...', '-', ' ']) {
      expect(index.search({ query }).total, query).toBe(0);
    }
  });

  it('looks for a function word alone as a prefix, and two-letter words exactly', () => {
    expect(ids(index.search({ query: 'para' }))).toEqual(['e-1']);
    expect(ids(index.search({ query: 'tv' }))).toEqual(['e-3']);
    expect(index.search({ query: 'pi' }).total).toBe(0);
    expect(ids(index.search({ query: 'pie' }))).toEqual(['e-3']);
  });

  it('drops function words beside a meaningful one, in either language', () => {
    expect(queryTerms('The mother and THE child')).toEqual(['mother', 'child']);
    expect(sortedIds(index.search({ query: 'con la escuela' }))).toEqual(['e-2']);
  });
});

describe('typos at the edit limit', () => {
  const index = indexOf([
    reflection('e-1', 'Llegó al tribunal con la abogada.'),
    reflection('e-2', 'La madre faltó a la audiencia.'),
    reflection('e-3', 'Miedo a la visita.'),
  ]);
  it.each([
    ['miedo', 'miedx', ['e-3']], // five letters: one edit
    ['miedo', 'mxedx', []], // five letters: not two
    ['abogada', 'abgoada', []], // seven letters: one edit, and a swap is two
    ['abogada', 'abogadx', ['e-1']],
    ['tribunal', 'trbunl', []], // six letters: one edit, and this is two
    ['tribunal', 'tribxnxl', ['e-1']], // eight letters: two edits
    ['tribunal', 'trixxnxl', []], // not three
    ['audiencia', 'audiensia', ['e-2']],
    ['madre', 'madr', ['e-2']], // four letters: no edits, but a prefix
    ['madre', 'mdre', []],
  ])('"%s" typed "%s"', (_, query, expected) => {
    expect(ids(index.search({ query }))).toEqual(expected);
  });
});

describe('many matches, limits and filters', () => {
  it('finds every one of thousands of words sharing a three-letter prefix, counting each reflection once', () => {
    const entries = Array.from({ length: 3000 }, (_, number) =>
      reflection(`e-${number}`, `pre${number.toString(36)} pre${(number * 7).toString(36)}x otra`),
    );
    const index = indexOf(entries);
    const response = index.search({ query: 'pre', limit: 200 });
    expect(response.total).toBe(3000);
    expect(new Set(ids(response)).size).toBe(200);
    expect(index.search({ query: 'pre otra' }).total).toBe(3000);
  });

  it('gives as the best few the first of the full list, ties included, whatever the limit', () => {
    // Reflections of the same short text score the same: a real journal has many "Visita suspendida."
    const entries = Array.from({ length: 40 }, (_, number) =>
      reflection(`e-${number}`, number % 3 === 0 ? 'Visita suspendida.' : 'Visita suspendida por la lluvia.'),
    );
    const index = indexOf(entries);
    const all = ids(index.search({ query: 'visita', limit: 200 }));
    expect(all).toHaveLength(40);
    for (let limit = 1; limit <= 45; limit++) {
      const response = index.search({ query: 'visita', limit });
      expect(response.total).toBe(40);
      expect(ids(response), `limit ${limit}`).toEqual(all.slice(0, limit));
    }
  });

  it('counts exactly what a filter leaves, whatever the limit', () => {
    const phases: Phase[] = ['start', 'evaluation', 'intervention', 'closure'];
    const visibilities: SectionVisibility[] = ['private', 'supervision', 'reportable'];
    const index = createSearchIndex();
    for (const caseId of ['case-a', 'case-b'])
      index.putCase(
        caseId,
        caseId,
        Array.from({ length: 60 }, (_, number) =>
          reflection(
            `e-${number}`,
            [
              {
                kind: 'section',
                field: 'Notas',
                title: 'Notas',
                visibility: visibilities[number % 3] as SectionVisibility,
                text: `La madre llegó ${number % 2 === 0 ? 'tarde' : 'temprano'}.`,
              },
            ],
            { phase: phases[number % 4] as Phase, ruptures: number % 5 === 0 ? ['withdrawal'] : [] },
          ),
        ),
      );
    const expectedOf = (request: Partial<SearchRequest>) => {
      let count = 0;
      for (const caseId of ['case-a', 'case-b'])
        for (let number = 0; number < 60; number++)
          if (
            (request.caseId === undefined || request.caseId === caseId) &&
            (request.phase === undefined || request.phase === phases[number % 4]) &&
            (request.visibility === undefined || request.visibility === visibilities[number % 3]) &&
            (request.rupture === undefined || number % 5 === 0) &&
            (request.query !== 'tarde' || number % 2 === 0)
          )
            count++;
      return count;
    };
    const requests: Partial<SearchRequest>[] = [
      { caseId: 'case-b' },
      { phase: 'evaluation' },
      { visibility: 'reportable' },
      { rupture: 'withdrawal' },
      { caseId: 'case-a', phase: 'closure', visibility: 'private' },
      { query: 'tarde', phase: 'intervention', rupture: 'withdrawal' },
    ];
    for (const request of requests)
      for (const limit of [1, 3, 7, 200]) {
        const response = index.search({ query: 'madre', ...request, limit });
        const expected = expectedOf(request);
        expect(response.total, JSON.stringify(request)).toBe(expected);
        expect(response.hits).toHaveLength(Math.min(limit, expected));
        const scores = response.hits.map((hit) => hit.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }
  });
});

/** Words a case note is made of, with the shapes that trouble folding and prefixes. */
const vocabulary = [
  'madre',
  'Madre',
  'MADRE',
  'mádre',
  'padre',
  'niño',
  'nin\u0303o',
  'niños',
  'NIÑA',
  'ﬁrma',
  'firmó',
  'ＭＡＤＲＥ',
  'frustración',
  'frustrado',
  'tribunal',
  'tribuna',
  'audiencia',
  'la',
  'de',
  'que',
  'y',
  '12.345.678-9',
  '2025-04-02',
  '😡',
  '母亲',
  'мать',
  'escuela',
  'escuelas',
  'visita',
  'visitas',
  'court',
  'the',
  'report',
  'reported',
];
const queries = [
  'madre',
  'nino',
  'NIÑOS',
  'fir',
  'frustr',
  'tribnal',
  'audencia',
  'esc',
  'la',
  'de la',
  'que',
  '345',
  '2025',
  'мать',
  'report',
  'madre nino',
  'padre escuela',
  'vis',
  'escuala',
];

const phaseOf = (version: number): Phase =>
  (['start', 'evaluation', 'intervention', 'closure'] as const)[version % 4] as Phase;

function textsOf(words: readonly string[], version: number): EntryText[] {
  const half = Math.ceil(words.length / 2);
  return [
    {
      kind: 'section',
      field: 'Lo que pasó',
      title: version % 2 === 0 ? 'Lo que pasó' : 'Visita',
      visibility: 'supervision',
      text: words.slice(0, half).join(' '),
    },
    { kind: 'question', field: 'question', visibility: 'supervision', text: words.slice(half).join('\u00a0') },
  ];
}

/** Each hit as entry id and score, best first, equal scores in entry order: what two indexes must agree on. */
function answerOf(index: SearchIndex, request: SearchRequest): [string, number][] {
  const response = index.search({ ...request, limit: 200 });
  expect(response.total).toBe(response.hits.length);
  return response.hits
    .map((hit): [string, number] => [`${hit.caseId}/${hit.entryId}`, hit.score])
    .sort(([leftId, left], [rightId, right]) => right - left || leftId.localeCompare(rightId));
}

/** A case's supervision records after a save: `count` parts, the words spread over their kinds of text. */
function supervisionsOf(words: readonly string[], version: number, count: number): SupervisionDocument[] {
  const kinds = ['discussed', 'remarks', 'action', 'update', 'returned'] as const;
  return Array.from({ length: count }, (_, part) => ({
    partId: `s-${part}`,
    heldOn: `2025-0${1 + ((version + part) % 9)}-15`,
    texts: words
      .filter((_, at) => at % count === part)
      .map((word, at) => {
        const kind = kinds[(at + version) % kinds.length] as (typeof kinds)[number];
        const visibility =
          kind === 'discussed' || kind === 'remarks' ? (version % 2 === 0 ? 'private' : 'supervision') : 'supervision';
        return { kind, field: kind, visibility, text: word };
      }),
  }));
}

describe('reflections and supervision records saved again and again', () => {
  it('answers after hundreds of saves (and the compactions they cause) as a fresh index of the latest versions', () => {
    const save = fc.record({
      caseNumber: fc.integer({ min: 0, max: 2 }),
      entryNumber: fc.integer({ min: 0, max: 5 }),
      words: fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 10 }),
      wholeCase: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(save, { minLength: 150, maxLength: 400 }), (saves) => {
        const churned = createSearchIndex();
        const latest = new Map<string, Map<string, EntryDocument>>();
        const latestSupervisions = new Map<string, SupervisionDocument[]>();
        saves.forEach(({ caseNumber, entryNumber, words, wholeCase }, version) => {
          const caseId = `case-${caseNumber}`;
          const document = reflection(`e-${entryNumber}`, textsOf(words, version), { phase: phaseOf(version) });
          const entries = latest.get(caseId) ?? new Map<string, EntryDocument>();
          latest.set(caseId, entries);
          if (version % 5 === 3) {
            // A supervision recorded or an action updated: the case's records replaced, its reflections kept.
            const supervisions = supervisionsOf(words, version, 1 + (entryNumber % 3));
            latestSupervisions.set(caseId, supervisions);
            churned.putSupervisions(caseId, supervisions);
          } else if (wholeCase && version % 7 === 0) {
            // The case file read again: only this reflection is left of it, with its supervision records.
            entries.clear();
            entries.set(document.entryId, document);
            churned.putCase(caseId, caseId, [document], latestSupervisions.get(caseId) ?? []);
          } else {
            entries.set(document.entryId, document);
            if (entries.size === 1 && version % 2 === 0) churned.putCase(caseId, caseId, [document]);
            else churned.putEntry(caseId, document);
          }
        });
        const fresh = createSearchIndex();
        for (const [caseId, entries] of latest)
          fresh.putCase(caseId, caseId, [...entries.values()], latestSupervisions.get(caseId) ?? []);
        expect(churned.entryCount).toBe(fresh.entryCount);
        for (const query of [...queries, ''])
          for (const filter of [
            {},
            { caseId: 'case-1' },
            { phase: 'evaluation' as const },
            { visibility: 'supervision' as const },
            { visibility: 'private' as const },
          ]) {
            const request = { query, ...filter };
            const ours = answerOf(churned, request);
            const theirs = answerOf(fresh, request);
            expect(
              ours.map(([id]) => id),
              JSON.stringify(request),
            ).toEqual(theirs.map(([id]) => id));
            ours.forEach(([, score], at) => expect(score).toBeCloseTo(theirs[at]?.[1] as number, 9));
          }
      }),
      { seed: 20261202, numRuns: 25 },
    );
  });

  it('finds only the latest of a reflection saved 500 times with a new word each time', () => {
    const index = createSearchIndex();
    index.putCase('case-a', 'Familia A.', [reflection('e-other', 'Otra reflexión sobre la madre.')]);
    for (let version = 0; version < 500; version++)
      index.putEntry('case-a', reflection('e-1', `La madre, versión palabra${version}.`));
    expect(index.entryCount).toBe(2);
    expect(index.search({ query: 'palabra499' }).total).toBe(1);
    // An earlier word is found by the typo retry only (one edit from the latest), so none is asked for.
    expect(index.search({ query: 'palabra0' }).total).toBe(0);
    expect(index.search({ query: 'palabra12' }).total).toBe(0);
    expect(index.search({ query: 'palabra' }).total).toBe(1);
    expect(sortedIds(index.search({ query: 'madre' }))).toEqual(['e-1', 'e-other']);
  });
});

describe('the search index beside MiniSearch, over the same folded words', () => {
  it('finds the same reflections for the same queries, filters and typo retry', () => {
    const entry = fc.record({
      caseNumber: fc.integer({ min: 0, max: 1 }),
      words: fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 12 }),
      removedAfter: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 40 }),
        fc.constantFrom(...queries),
        fc.option(fc.constantFrom('case-0', 'case-1')),
        (entries, query, caseId) => {
          const index = createSearchIndex();
          const mini = new MiniSearch<Record<string, string>>({
            fields: ['text', 'title', 'question'],
            storeFields: ['caseId', 'entryId'],
            tokenize: (text) => (text === '' ? [] : text.split(' ')),
            processTerm: (term) => term,
          });
          entries.forEach(({ caseNumber, words, removedAfter }, number) => {
            const texts = textsOf(words, number);
            const document = reflection(`e-${number}`, texts);
            index.putEntry(`case-${caseNumber}`, document);
            const foldedWords = (text: string) => indexedTerms(foldText(text)).join(' ');
            const title = texts[0]?.title ?? '';
            mini.add({
              id: String(number),
              caseId: `case-${caseNumber}`,
              entryId: document.entryId,
              text: foldedWords(texts[0]?.text ?? ''),
              title: title.trim() === '' ? '' : foldedWords(title),
              question: foldedWords(texts[1]?.text ?? ''),
            });
            if (removedAfter) {
              // Replaced by an empty version: found by nothing.
              index.putEntry(`case-${caseNumber}`, reflection(document.entryId, []));
              mini.discard(String(number));
            }
          });
          const terms = queryTerms(query);
          const options = {
            combineWith: 'AND' as const,
            tokenize: (text: string) => text.split(' '),
            processTerm: (term: string) => term,
            prefix: (term: string) => term.length >= 3,
            ...(caseId === null ? {} : { filter: (result: SearchResult) => result.caseId === caseId }),
          };
          let theirs = terms.length === 0 ? [] : mini.search(terms.join(' '), options);
          if (theirs.length === 0 && terms.length > 0)
            theirs = mini.search(terms.join(' '), {
              ...options,
              fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
              maxFuzzy: 2,
            });
          const ours = index.search({ query, limit: 200, ...(caseId === null ? {} : { caseId }) });
          expect(ours.total).toBe(theirs.length);
          expect(sortedIds(ours)).toEqual(theirs.map((result) => result.entryId as string).sort());
        },
      ),
      { seed: 1202, numRuns: 300 },
    );
  });
});
