/**
 * `texts` (many texts in one batch, pattern by pattern) against `text` one text after another:
 * the same output for every text, the same count of replacements in each, the same tally and the
 * same doubtful words, over every text of the adversarial corpus line by line and over random
 * notes made of its pieces.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createDeidentifier, type DeidentifyOptions } from '../../../src/shared/exports/deidentify/deidentifier';
import { createPrefilterCheck } from '../../../src/shared/exports/deidentify/patterns';
import { assignPseudonyms } from '../../../src/shared/exports/deidentify/pseudonyms';
import { englishCases } from '../../fixtures/deidentify/corpus.en';
import { spanishCases } from '../../fixtures/deidentify/corpus.es';
import type { CorpusCase } from '../../fixtures/deidentify/corpusTypes';

/** Every string in a value, however deep. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** A case's texts as a written brief holds them: line by line, with the planted details and near-misses. */
function linesOf(corpus: CorpusCase): string[] {
  const texts = [
    ...corpus.entries.flatMap((entry) => stringsIn(entry.content)),
    ...corpus.planted.map((item) => item.text),
    ...corpus.nearMisses.map((miss) => miss.text),
  ];
  return texts.flatMap((text) => text.split('\n'));
}

function optionsFor(corpus: CorpusCase): DeidentifyOptions {
  const parties = corpus.request.parties ?? [];
  return {
    parties,
    pseudonyms: assignPseudonyms(parties, []),
    ...(corpus.request.reference === undefined ? {} : { reference: corpus.request.reference }),
    language: corpus.language,
    isOrdinaryWord: (word) => ['rosa', 'paz', 'will', 'grace'].includes(word),
  };
}

/** The batch and the one-by-one runs side by side, each on a de-identifier of its own. */
function expectSameAsOneByOne(options: DeidentifyOptions, lines: readonly string[]): void {
  const batch = createDeidentifier(options);
  const single = createDeidentifier(options);
  const expected = lines.map((line) => {
    const before = single.replacementCount();
    const text = single.text(line);
    return { text, replaced: single.replacementCount() - before };
  });
  expect(batch.texts(lines)).toEqual(expected);
  expect(batch.replacements()).toEqual(single.replacements());
  expect(batch.doubtful()).toEqual(single.doubtful());
  expect(batch.replacementCount()).toBe(single.replacementCount());
}

const cases = [...spanishCases, ...englishCases];

describe('de-identifying texts in one batch', () => {
  it.each(cases.map((corpus) => [corpus.key, corpus] as const))(
    'gives every line of the %s corpus what one text at a time gives it',
    (_key, corpus) => {
      const lines = linesOf(corpus);
      expect(lines.length).toBeGreaterThan(100);
      expectSameAsOneByOne(optionsFor(corpus), lines);
    },
  );

  it('replaces as many details in a batch as one text at a time (the corpus holds hundreds)', () => {
    const corpus = cases[0];
    if (corpus === undefined) throw new Error('No corpus case.');
    const deidentifier = createDeidentifier(optionsFor(corpus));
    const replaced = deidentifier.texts(linesOf(corpus)).filter((result) => result.replaced > 0);
    expect(replaced.length).toBeGreaterThan(50);
  });

  it('gives random notes of corpus pieces, empty ones among them, what one at a time gives them', () => {
    const corpus = fc.constantFrom(...cases);
    const batch = corpus.chain((chosen) => {
      const piece = fc.constantFrom(...linesOf(chosen), '', ' ', '12', '@', 'RIT');
      const line = fc.array(piece, { minLength: 0, maxLength: 4 }).map((pieces) => pieces.join(' '));
      return fc.tuple(fc.constant(chosen), fc.array(line, { minLength: 1, maxLength: 30 }));
    });
    fc.assert(
      fc.property(batch, ([chosen, lines]) => {
        expectSameAsOneByOne(optionsFor(chosen), lines);
      }),
      { numRuns: 60 },
    );
  });
});

describe('prefilter answers kept per text of a batch', () => {
  it('are tested once per text, and again only for the text that was forgotten', () => {
    const aDigit = /\d/;
    const test = vi.spyOn(aDigit, 'test');
    const check = createPrefilterCheck([
      { kind: 'number', pattern: /\d+/g, needs: [aDigit] },
      { kind: 'phone', pattern: /\d{3}/g, needs: [aDigit] },
    ]);
    check.start(2);
    expect([
      check.passes(0, 'a1', 0),
      check.passes(0, 'b', 1),
      check.passes(1, 'a1', 0),
      check.passes(1, 'b', 1),
    ]).toEqual([true, false, true, false]);
    expect(test).toHaveBeenCalledTimes(2);
    check.forget(1);
    expect([check.passes(1, 'a1', 0), check.passes(1, 'b2', 1)]).toEqual([true, true]);
    expect(test).toHaveBeenCalledTimes(3);
    expect(test).toHaveBeenLastCalledWith('b2');
    check.start(3);
    expect(check.passes(0, 'c', 2)).toBe(false);
    expect(check.passes(0, 'c', 0)).toBe(false);
    expect(test).toHaveBeenCalledTimes(5);
  });
});
