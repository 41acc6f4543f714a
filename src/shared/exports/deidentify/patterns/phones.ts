/**
 * Phone numbers: Chilean mobiles and landlines ("9 8765 4321", "22 345 6789", "8123 4567"), UK
 * ("07700 900123", "(0161) 496 0000") and US ("(555) 123-4567", "1-800-555-0199") numbers, with a
 * country code or not, an extension or not. Times, dates, spans of years, amounts, percentages,
 * scores and counts have other shapes, and the vetoes catch the few that share one.
 */
import {
  aDigit,
  atWordStart,
  dash,
  dashes,
  digitCount,
  digitsCloseTogether,
  end,
  looksLikeDate,
  looksLikeMoney,
  looksLikeYearsOrRange,
  start,
  threeDigitsInARow,
  type DetailPattern,
} from './shared';

const sep = `[\\s.${dashes}]`;
/** "ext. 123", "x123", "anexo 45" after a number. */
const extension = '(?:(?:\\s{0,6},)?\\s{0,6}(?:ext\\.?|extension|x|anexo|int\\.)\\s{0,6}\\d{1,5}(?![\\p{L}\\p{N}]))?';
const digitWords =
  'cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|zero|oh|one|two|three|four|five|six|seven|eight|nine';
const digitValues: Record<string, number> = Object.fromEntries(
  digitWords.split('|').map((word, index) => [word, word === 'oh' ? 0 : index % 10]),
);
/** "uno, dos, tres, cuatro…": counting up is not a phone number. */
function isCounting(match: string): boolean {
  const values = (match.toLowerCase().match(/\p{L}+/gu) ?? []).map((word) => digitValues[word] ?? -1);
  return values.every((value, index) => value === (values[0] ?? 0) + index) && (values[0] ?? 9) <= 1;
}
/** Two digits in words side by side, as every phone number in words has ("nueve ocho"). */
const aPairOfDigitWords = new RegExp(`${atWordStart(digitWords)}[\\s,.${dashes}]{1,3}(?:${digitWords})`, 'iu');
const extensionAtEnd = /\s*,?\s*(?:ext\.?|extension|x|anexo|int\.)\s*\d{1,5}$/i;
const labels =
  'tel[ée]fonos?|tel[ée]f\\.?|tel\\.?|tlf\\.?|tfno\\.?|fono|cel(?:ular)?\\.?|m[óo]vil|whats?app|wsp|wasap|phone|mobile|cell(?:phone)?|landline|fax|contact\\s{1,6}number|n[úu]mero\\s{1,6}de\\s{1,6}contacto';

/** A "+" or "00", which every number with a country code starts with. */
const aPlusOrDoubleZero = /\+|00/;
/** An opening bracket before a digit: "(2)", "( 555)", which an area code in brackets starts with. */
const aBracketThenDigit = /\(\s?\d/;
/** A phone's label, for a quick look before the pattern that needs one. */
const aPhoneLabel = new RegExp(`(?:${labels})(?![\\p{L}])`, 'iu');

/** What a range of numbers counts or measures: "250-1500 gramos", "1530-1600 hrs". */
const unitAfter =
  /^\s*(?:hrs?|h|horas|hours|min(?:utos|utes)?|d[íi]as|days|a[ñn]os|years|personas|people|ni[ñn]os|children|gr?|gramos|grams|kg|km|m|cm|metros|meters|metres|%|pesos|d[óo]lares|dollars|uf|usd|clp)(?![\p{L}])/iu;

/** "0900-1030", "1530-1600", "930-1030": a time range as a 24-hour clock writes it. */
function looksLikeTimeRange(match: string): boolean {
  const times = /^((?:[01]?\d|2[0-3])[0-5]\d)\s*[-‐‑‒–—−]\s*((?:[01]?\d|2[0-3])[0-5]\d)$/.exec(match);
  return times !== null && Number(times[1]) < Number(times[2]);
}

/** Too few or too many digits, or a date, a span of years, an amount of money or a time range. */
function notAPhone(minimum: number, maximum: number) {
  return (match: string, before: string, after: string): boolean => {
    const number = match.replace(extensionAtEnd, '');
    const digits = digitCount(number);
    return (
      digits < minimum ||
      digits > maximum ||
      looksLikeDate(number) ||
      looksLikeYearsOrRange(number) ||
      looksLikeTimeRange(number) ||
      looksLikeMoney(before, after) ||
      unitAfter.test(after)
    );
  };
}

export const phonePatterns: readonly DetailPattern[] = [
  {
    kind: 'phone',
    pattern: new RegExp(
      `${start}(?:${labels})(?![\\p{L}])(?:\\s{0,6}(?:n[°º]\\.?|#|no\\.?|number))?(?:\\s{0,6}[:.])?\\s{0,6}(?:\\+\\s?)?\\(?\\d[\\d\\s().${dashes}]{5,24}\\d${end}${extension}`,
      'giu',
    ),
    needs: [aDigit, aPhoneLabel],
    keep: (match, before, after) => digitCount(match) < 7 || looksLikeMoney(before, after),
  },
  {
    kind: 'phone',
    // With a country code: "+56 9 8765 4321", "+569 87654321", "(+56) 2 2345 6789", "+44 (0)20 7946 0958".
    pattern: new RegExp(
      `(?:\\(\\s?\\+\\s?\\d{1,3}\\s?\\)|\\+\\s?\\d{1,3}|${start}00\\d{2,3})(?:\\s?\\(0\\))?(?:[\\s.${dashes}]{0,2}\\(?\\d{1,12}(?!\\d)\\)?){1,5}${end}${extension}`,
      'gu',
    ),
    needs: [aDigit, aPlusOrDoubleZero],
    keep: notAPhone(8, 15),
  },
  {
    kind: 'phone',
    // An area code in brackets: "(2) 2345 6789", "(555) 123-4567", "(0161) 496 0000".
    pattern: new RegExp(
      `${start}(?:1\\s?[\\s.-]?\\s?)?\\(\\s?\\d{1,5}(?:[\\s-]\\d{1,3})?\\s?\\)\\s?${sep}?\\s?\\d{3,4}${sep}?\\d{3,4}${end}${extension}`,
      'gu',
    ),
    needs: [threeDigitsInARow, aBracketThenDigit],
    keep: notAPhone(7, 13),
  },
  {
    kind: 'phone',
    // US: "555-123-4567", "555.123.4567", "1-800-555-0199", "555 123 4567".
    pattern: new RegExp(`${start}(?:1${sep})?\\d{3}${sep}\\d{3}${sep}\\d{4}${end}${extension}`, 'gu'),
    needs: [threeDigitsInARow, digitsCloseTogether],
    keep: notAPhone(10, 11),
  },
  {
    kind: 'phone',
    // UK: "07700 900123", "07700900123", "020 7946 0958", "0161 496 0000".
    pattern: new RegExp(`${start}0\\d{2,4}${sep}?\\d{3,4}${sep}?\\d{3,4}${end}${extension}`, 'gu'),
    needs: [threeDigitsInARow, digitsCloseTogether],
    keep: notAPhone(10, 11),
  },
  {
    kind: 'phone',
    // Chilean mobiles: "9 8765 4321", "987654321", "56 9 8765 4321".
    pattern: new RegExp(`${start}(?:56${sep}?)?9${sep}?\\d{4}${sep}?\\d{4}${end}${extension}`, 'gu'),
    needs: [threeDigitsInARow, digitsCloseTogether],
    keep: notAPhone(9, 11),
  },
  {
    kind: 'phone',
    // Chilean mobiles in threes: "987 654 321".
    pattern: new RegExp(`${start}9\\d{2}${sep}\\d{3}${sep}\\d{3}${end}${extension}`, 'gu'),
    needs: [threeDigitsInARow, digitsCloseTogether],
    keep: notAPhone(9, 9),
  },
  {
    kind: 'phone',
    // Chilean landlines: "2 2345 6789", "22 345 6789", "32 234 5678", "2 234 5678".
    pattern: new RegExp(
      `${start}(?:56${sep}?)?\\d{1,2}(?:${sep}\\d{3,4}${sep}?|${sep}?\\d{3,4}${sep})\\d{4}${end}${extension}`,
      'gu',
    ),
    needs: [threeDigitsInARow, digitsCloseTogether],
    keep: notAPhone(8, 11),
  },
  {
    kind: 'phone',
    // Eight digits in two groups: "8123 4567", "9456-7812".
    pattern: new RegExp(`${start}\\d{4}${sep}\\d{4}${end}${extension}`, 'gu'),
    needs: [threeDigitsInARow, digitsCloseTogether],
    keep: (match, before, after) => match.startsWith('0') || notAPhone(8, 8)(match, before, after),
  },
  {
    kind: 'phone',
    // A US local number without its area code: "555-0142".
    pattern: new RegExp(`${start}[2-9]\\d{2}${dash}\\d{4}${end}${extension}`, 'gu'),
    needs: [threeDigitsInARow, digitsCloseTogether],
    keep: notAPhone(7, 7),
  },
  {
    kind: 'phone',
    // In words: "nueve ocho siete seis cinco cuatro tres dos uno", "five five five, oh one four two".
    pattern: new RegExp(`${start}(?:${digitWords})(?:[\\s,.${dashes}]{1,3}(?:${digitWords})){6,14}${end}`, 'giu'),
    needs: [aPairOfDigitWords],
    keep: isCounting,
  },
  {
    kind: 'phone',
    // Digit by digit: "9 8 7 6 5 4 3 2 1", "9-8-7-6-5-4-3-2-1".
    pattern: new RegExp(`${start}\\d(?:(?: \\d){7,14}|(?:-\\d){7,14}|(?:\\.\\d){7,14})${end}`, 'gu'),
    needs: [aDigit, digitsCloseTogether],
  },
];
