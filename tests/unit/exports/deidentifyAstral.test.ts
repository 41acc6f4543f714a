/**
 * Characters outside the Basic Multilingual Plane (emoji, pasted from WhatsApp; mathematical
 * letters) take two UTF-16 units. An emoji anywhere before a name once shifted the replaced span by
 * one unit, leaving the name's first letter ("😀Tomás vino" → "😀TNNA 1vino").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/shared/text/normalize';
import { deidentifierFor } from './fixtures';

const sentences = [
  'Tomás vino con la abuela Rosa Elvira y con Majo.',
  'La sra. Pérez llamó; María José no contestó. Tomi lloró.',
  'Conversé con Rosa (Tata Rosa) sobre Tomás Pérez Soto.',
  'ignacio larraín, del colegio, dice que tomás faltó.',
];
/** Every name word of the fixture's family, folded. */
const names = new Set(
  ['Tomás', 'Pérez', 'Soto', 'María', 'José', 'Majo', 'Rosa', 'Elvira', 'Tomi', 'Ignacio', 'Larraín'].map((word) =>
    fold(word),
  ),
);
const emoji = ['😀', '👍🏽', '❤️', '🙏', '👨‍👩‍👧', '🇨🇱', '😢😢'];
const withoutEmoji = (text: string) =>
  text.replace(/\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200d|\ufe0f/gu, '');

/** Where an emoji can go without joining or splitting a word: at the start, or before a space or a mark. */
function freePlaces(text: string): number[] {
  const places = [0];
  for (let index = 1; index <= text.length; index++) if (!/\p{L}/u.test(text[index] ?? ' ')) places.push(index);
  return places;
}

describe('de-identification with characters of two units', () => {
  it('leaves no name, and every emoji, wherever they stand between words', () => {
    const deidentify = (text: string) => deidentifierFor('es').text(text);
    fc.assert(
      fc.property(
        fc.constantFrom(...sentences),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...emoji)), { minLength: 1, maxLength: 4 }),
        (sentence, insertions) => {
          const places = freePlaces(sentence);
          let text = sentence;
          // From the end, so earlier places stay where they were.
          const chosen = insertions
            .map(([pick, symbol]) => [places[pick % places.length] ?? 0, symbol] as const)
            .sort((a, b) => b[0] - a[0]);
          for (const [place, symbol] of chosen) text = text.slice(0, place) + symbol + text.slice(place);
          const output = deidentify(text);
          const words = fold(withoutEmoji(output)).split(/[^\p{L}]+/u);
          expect(words.filter((word) => names.has(word))).toEqual([]);
          expect(output.match(/\p{Extended_Pictographic}|\p{Regional_Indicator}/gu)?.length).toBe(
            text.match(/\p{Extended_Pictographic}|\p{Regional_Indicator}/gu)?.length,
          );
          // Emoji at the start or the end change nothing else.
          expect(withoutEmoji(deidentify(`${chosen[0]?.[1] ?? ''}${sentence}😀`))).toBe(
            withoutEmoji(deidentify(sentence)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads mathematical letters as the letters they show', () => {
    expect(deidentifierFor('es').text('𝐓𝐨𝐦á𝐬 vino 😀')).toBe('NNA 1 vino 😀');
  });
});
