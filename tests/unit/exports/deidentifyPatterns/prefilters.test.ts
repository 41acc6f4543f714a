/**
 * The prefilters of the detail patterns (`needs`) may only save time: a text one of them turns
 * away must hold nothing its pattern would take, or an identifier leaks. Every pattern runs with
 * and without its prefilters over every string of the pattern tests and the adversarial corpus,
 * in every letter case, and over prose with those shapes mixed in; the results must be the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createDeidentifier } from '../../../../src/shared/exports/deidentify/deidentifier';
import { decodeVisibleEntities } from '../../../../src/shared/exports/deidentify/entities';
import { markerFor } from '../../../../src/shared/exports/deidentify/markers';
import {
  createPrefilterCheck,
  detailPatterns,
  referencePatterns,
  type DetailPattern,
} from '../../../../src/shared/exports/deidentify/patterns';
import type { BriefLanguage } from '../../../../src/shared/exports/language';
import { cleanExportText } from '../../../../src/shared/text/normalize';
import { reference } from '../fixtures';

/** The files whose strings are the shapes: the pattern tables, the detail tests, the corpus. */
const sources = [
  ...readdirSync(new URL('.', import.meta.url))
    .filter((name) => name.endsWith('.ts') && name !== 'prefilters.test.ts')
    .map((name) => new URL(name, import.meta.url)),
  new URL('../deidentifyDetails.test.ts', import.meta.url),
  new URL('../deidentifyProperties.test.ts', import.meta.url),
  new URL('../../../fixtures/deidentify/corpus.es.ts', import.meta.url),
  new URL('../../../fixtures/deidentify/corpus.en.ts', import.meta.url),
];

/** Every string literal of a file, and each template literal with a number in its gaps. */
function stringsOf(file: URL): string[] {
  const source = ts.createSourceFile(file.pathname, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    if (ts.isTemplateExpression(node))
      found.push(node.head.text + node.templateSpans.map((span) => `2015 ${span.literal.text}`).join(''));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((text) => text.trim() !== '');
}

/**
 * Each shape as written, in lower and upper case, and with the letters whose case folding is
 * not ASCII ("ſ" folds to "s", the Kelvin sign to "k"), which a pattern's `iu` flags accept.
 */
function variantsOf(text: string): string[] {
  const folded = text.replace(/s/g, 'ſ').replace(/k/g, '\u212a');
  return [...new Set([text, text.toLowerCase(), text.toUpperCase(), folded])];
}

const shapes = [...new Set(sources.flatMap(stringsOf))];
const texts = [...new Set(shapes.flatMap(variantsOf))];
const patterns: readonly DetailPattern[] = [...referencePatterns(reference), ...detailPatterns];

/** The same patterns with no prefilter. */
const unfiltered: readonly DetailPattern[] = patterns.map(({ kind, pattern, keep }) =>
  keep === undefined ? { kind, pattern } : { kind, pattern, keep },
);

/** What a pattern's prefilters turn away and the pattern itself would match there. */
function turnedAwayMatches(text: string): string[] {
  const prefilters = createPrefilterCheck(patterns);
  return patterns.flatMap((detail, index) => {
    if (prefilters.passes(index, text)) return [];
    const match = text.match(detail.pattern);
    return match === null ? [] : [`${detail.pattern.source.slice(0, 60)} … took ${JSON.stringify(match[0])}`];
  });
}

/** The detail phase as the de-identifier runs it, each pattern on what the ones before left. */
function removeDetails(input: string, list: readonly DetailPattern[], language: BriefLanguage): string {
  const prefilters = createPrefilterCheck(list);
  let text = input;
  list.forEach(({ kind, pattern, keep }, index) => {
    if (!prefilters.passes(index, text)) return;
    const replaced = text.replace(pattern, (match: string, offset: number, whole: string) =>
      keep?.(match, whole.slice(Math.max(0, offset - 8), offset), whole.slice(offset + match.length)) === true
        ? match
        : markerFor(kind, language),
    );
    if (replaced !== text) prefilters.forget();
    text = replaced;
  });
  return text;
}

const deidentifiers = (['en', 'es'] as const).map((language) => ({
  language,
  deidentifier: createDeidentifier({ parties: [], pseudonyms: [], reference, language }),
}));

/** The de-identifier (prefilters on, no parties) beside every pattern run unfiltered. */
function expectSameResults(text: string): void {
  expect(turnedAwayMatches(text), JSON.stringify(text)).toEqual([]);
  for (const { language, deidentifier } of deidentifiers) {
    const expected = removeDetails(decodeVisibleEntities(cleanExportText(text)), unfiltered, language);
    expect(deidentifier.text(text), JSON.stringify(text)).toBe(text === '' ? '' : expected);
  }
}

/** Ordinary words of case notes, in both languages, to mix the shapes into. */
const prose = [
  ...['la', 'madre', 'dijo', 'que', 'el', 'niño', 'de', 'en', 'casa', 'con', 'su', 'abuela', 'y', 'no', 'es'],
  ...['sesión', 'tiene', 'años', 'colegio', 'mil', 'dos', 'tres', 'uno', 'at', 'the', 'mother', 'said', 'her'],
  ...['son', 'lives', 'with', 'on', 'of', 'is', 'was', 'born', 'turned', 'cumple', 'cumplió', 'nació', 'vive'],
  ...['calle', 'villa', 'Los', 'Aromos', 'Street', 'Flat', 'depto', 'ficha', 'N°', '#', 'RIT', 'ID', 'IG', '@'],
  ...['.', ',', ':', '-', '(', ')', '|', '/', '9', '12', '345', '2015', '14/03', '9 8765 4321', 'x.com'],
];

describe('pattern prefilters', () => {
  it('harvest enough shapes to mean something', () => {
    expect(shapes.length).toBeGreaterThan(1_000);
  });

  it('have no g or y flag, so a test leaves no lastIndex behind', () => {
    for (const prefilter of patterns.flatMap((detail) => detail.needs ?? [])) {
      expect(prefilter.global || prefilter.sticky, prefilter.source).toBe(false);
    }
  });

  it('turn away no text that a pattern would match, for every shape of the tests', () => {
    const failures = texts.flatMap((text) => turnedAwayMatches(text).map((failure) => `${text}: ${failure}`));
    expect(failures).toEqual([]);
  });

  it('leave every shape of the tests de-identified as the patterns alone would', () => {
    for (const text of texts) expectSameResults(text);
  });

  it('let through the birthdays a looser birth stem once turned away ("cumplió", not "cumple")', () => {
    for (const [sentence, expected] of [
      ['cumplió 8 el 3 de julio', 'cumplió 8 el [date of birth removed]'],
      ['cumplió ocho el 3 de julio', 'cumplió ocho el [date of birth removed]'],
      ['cumplirá diez el 3 de julio', 'cumplirá diez el [date of birth removed]'],
    ] as const) {
      expect(createDeidentifier({ parties: [], pseudonyms: [], language: 'en' }).text(sentence)).toBe(expected);
    }
  });

  it('let through shapes at the edge of what each quick test asks for', () => {
    for (const edge of [
      // Digits five characters apart, the most digits close together allow.
      '(+56 ) -(2) 2345 6789',
      '24 JA 873',
      '2:24-cv-01234',
      'A-123-456-789',
      '9.8.7.6.5.4.3.2.1',
      '12.345.678k',
      // A house number, a letter and a comma before a flat's word; a flat's word with its mark before the number.
      'Los Aromos 345B   ,   depto 12',
      'Los Aromos 345 Of. 12',
      'depto N° 504',
      'block # A-12',
      'Flat nro. 3',
      // Digits in words three marks apart.
      'nueve , ocho , siete , seis , cinco , cuatro , tres',
      '0044 20 7946 0958',
      // An ID's label at the very start, and after a dash or a quote that is no ASCII character.
      'pasaporte P1234567',
      '—DNI 12345678',
      '«NHS 485 777 3456»',
      'ig benja_2017',
      '“insta es benja.leiva”',
    ]) {
      expect(deidentifiers[0]?.deidentifier.text(edge), edge).not.toBe(edge);
      for (const text of variantsOf(edge)) expect(turnedAwayMatches(text), text).toEqual([]);
    }
  });

  it('leave prose with the shapes mixed in de-identified as the patterns alone would', () => {
    const piece = fc.oneof(fc.constantFrom(...shapes), fc.constantFrom(...prose));
    const gap = fc.constantFrom(' ', ' ', ', ', '. ', ': ', '\n', '\n| ', ' (', '');
    const letterCase = fc.constantFrom(
      (text: string) => text,
      (text: string) => text.toLowerCase(),
      (text: string) => text.toUpperCase(),
    );
    const note = fc
      .tuple(fc.array(fc.tuple(piece, gap), { minLength: 1, maxLength: 10 }), letterCase)
      .map(([parts, toCase]) => toCase(parts.map(([text, after]) => text + after).join('')));
    fc.assert(
      fc.property(note, (text) => {
        expectSameResults(text);
      }),
      { numRuns: 500 },
    );
  });
});
