/**
 * Fuzzing de-identification: random families with accented names, their names written into
 * random text in any case, with or without accents, with titles, initials and punctuation, are
 * always replaced; random identifiers are always removed; plain text is left as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Party } from '../../../src/shared/domain/party';
import { createDeidentifier } from '../../../src/shared/exports/deidentify/deidentifier';
import { fold } from '../../../src/shared/text/normalize';
import { titles } from '../../../src/shared/exports/deidentify/names';
import { assignPseudonyms, pseudonymWords } from '../../../src/shared/exports/deidentify/pseudonyms';

const syllables = ['ma', 'rí', 'jo', 'sé', 'ña', 'tó', 'más', 'pé', 'rez', 'lu', 'cía', 'xi', 'me', 'na', 'gon', 'zá'];
const moreSyllables = [
  'lez',
  'ig',
  'ná',
  'cio',
  'ra',
  'mí',
  'ro',
  'bel',
  'én',
  'ü',
  'ké',
  'vin',
  'yá',
  'ño',
  'ul',
  'os',
];
const filler = [
  'la',
  'madre',
  'llegó',
  'tarde',
  'y',
  'el',
  'niño',
  'jugó',
  'en',
  'silencio',
  'the',
  'caregiver',
  'said',
  'that',
  'court',
  'was',
  'far',
  'sesión',
  'con',
  'visita',
  'de',
  'hoy',
  'we',
  'talked',
  'about',
  'school',
];
const reserved = new Set([...filler, ...titles, ...pseudonymWords.map(fold), 'name', 'nombre', 'san', 'santa', 'de']);

const token = fc
  .array(fc.constantFrom(...syllables, ...moreSyllables), { minLength: 2, maxLength: 3 })
  .map((parts) => parts.join(''))
  .filter((word) => fold(word).length >= 3 && !reserved.has(fold(word)))
  .map((word) => word.charAt(0).toUpperCase() + word.slice(1));

const party = (index: number) =>
  fc
    .record({
      role: fc.constantFrom('child', 'parent', 'caregiver', 'relative', 'professional', 'other' as const),
      name: fc.array(token, { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')),
      aliases: fc.array(token, { maxLength: 2 }),
    })
    .map((value): Party => ({ id: `p${index}`, ...value }));

const family = fc.tuple(party(0), party(1), party(2));

/** One way a practitioner might write a name. */
const spelling = fc.record({
  shape: fc.constantFrom('as-is', 'upper', 'lower', 'no-accents', 'lower-no-accents'),
  title: fc.constantFrom('', 'Sra. ', 'Sr. ', 'Don ', 'Doña ', 'Mrs ', 'Mr ', 'Ms ', 'la tía ', 'M. '),
  before: fc.constantFrom('', ' ', '(', '“', '¿', '—', '\n'),
  after: fc.constantFrom('', ' ', ')', '.', ',', '’s', "'s", '?', ':', '\n'),
});

function spell(name: string, how: { shape: string; title: string; before: string; after: string }): string {
  const stripped = name.normalize('NFD').replace(/\p{M}/gu, '');
  const shaped = {
    'as-is': name,
    upper: name.toUpperCase(),
    lower: name.toLowerCase(),
    'no-accents': stripped,
    'lower-no-accents': stripped.toLowerCase(),
  }[how.shape];
  return `${how.before}${how.title}${shaped ?? name}${how.after}`;
}

/** The whole-word occurrences of a folded word in folded text. */
function containsWord(text: string, word: string): boolean {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${word}($|[^\\p{L}\\p{N}])`, 'u').test(fold(text));
}

describe('de-identification, fuzzed', () => {
  it('replaces every name, given name and surname of every party, however it is written', () => {
    fc.assert(
      fc.property(
        family,
        fc.array(fc.tuple(fc.nat(2), fc.nat(4), spelling, fc.array(fc.constantFrom(...filler), { maxLength: 6 })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.constantFrom('en', 'es' as const),
        (parties, mentions, language) => {
          const deidentifier = createDeidentifier({
            parties,
            pseudonyms: assignPseudonyms(parties, []),
            language,
          });
          const text = mentions
            .map(([who, which, how, words]) => {
              const person = parties[who]!;
              const variants = [person.name, ...person.aliases, ...person.name.split(' ')];
              return `${words.join(' ')} ${spell(variants[which % variants.length]!, how)} ${words.join(' ')}`;
            })
            .join(' ');
          const output = deidentifier.text(text);
          for (const person of parties) {
            for (const word of [...person.name.split(' '), ...person.aliases]) {
              if (containsWord(output, fold(word))) {
                throw new Error(`"${word}" is still in:\n${output}\n(from: ${text})`);
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('removes random RUTs, phone numbers and e-mail addresses', () => {
    const rut = fc
      .tuple(fc.integer({ min: 1_000_000, max: 29_999_999 }), fc.constantFrom(...'0123456789kK'), fc.boolean())
      .map(([body, check, dots]) => {
        const digits = String(body);
        return `${dots ? digits.replace(/\B(?=(\d{3})+$)/g, '.') : digits}-${check}`;
      });
    const phone = fc
      .tuple(fc.integer({ min: 10_000_000, max: 99_999_999 }), fc.constantFrom('+56 9 ', '+569', '9 ', '(2) ', 'fono '))
      .map(([number, prefix]) => {
        const digits = String(number);
        return prefix.startsWith('+569') ? `${prefix}${digits}` : `${prefix}${digits.slice(0, 4)} ${digits.slice(4)}`;
      });
    const email = fc.emailAddress();
    fc.assert(
      fc.property(fc.array(fc.oneof(rut, phone, email), { minLength: 1, maxLength: 5 }), (details) => {
        const deidentifier = createDeidentifier({ parties: [], pseudonyms: [], language: 'en' });
        const output = deidentifier.text(`Datos: ${details.join(', y ')}.`);
        expect(output).not.toMatch(/\d{3}/);
        expect(output).not.toContain('@');
      }),
      { numRuns: 300 },
    );
  });

  it('leaves text with no names and no numbers exactly as it was', () => {
    fc.assert(
      fc.property(
        family,
        fc.array(fc.constantFrom(...filler, '.', ',', '\n', '**', '_'), { maxLength: 40 }),
        (parties, words) => {
          const deidentifier = createDeidentifier({
            parties,
            pseudonyms: assignPseudonyms(parties, []),
            language: 'es',
          });
          const text = words.join(' ');
          expect(deidentifier.text(text)).toBe(text);
        },
      ),
      { numRuns: 200 },
    );
  });
});
