/**
 * Vehicle licence plates. Chilean plates in capitals are caught alone: four letters and two digits
 * ("BBCD12", "BB·CD·12", "GHTK-45") or, in the old form, two letters and four digits ("AB 1234");
 * a Californian plate ("7ABC123") and a British one ("AB12 CDE") too. After a word for a plate
 * ("patente", "placa", "license plate") any plate-like run goes, in any case.
 */
import { aCapitalThenDigit, aDigit, end, looksLikeMoney, start, threeDigitsInARow, type DetailPattern } from './shared';

const mark = '[·•.\\s-]';
/** Letters Chilean plates use since 2007: no vowels, no M, N, Ñ or Q. */
const plateLetter = '[BCDFGHJKLPRSTVWXYZ]';
const labels =
  'patentes?|placas?|placa\\s{1,6}patente|PPU|matr[íi]cula|licen[cs]e\\s{1,6}plates?|number\\s{1,6}plates?|registration(?:\\s{1,6}(?:number|plate))?|reg\\.?\\s{1,6}(?:no\\.?|number)|plate(?:\\s{1,6}(?:number|no\\.?))?|tag(?:\\s{1,6}(?:number|no\\.?))';
/**
 * A plate after its label, in any case: the Chilean, US and UK shapes, or letters and digits
 * glued or joined by dashes and dots ("7-ABC-123"); spaces only inside the known shapes, so the
 * next word is never taken along.
 */
const labelledPlate = [
  `[A-Z]{2}${mark}?[A-Z]{2}${mark}?\\d{2}`,
  `[A-Z]{2}${mark}?\\d{2}${mark}?\\d{2}`,
  `[A-Z]{3}${mark}?\\d{3,4}`,
  `\\d{3}${mark}?[A-Z]{3}`,
  '[A-Z]{2}\\d{2}\\s?[A-Z]{3}',
  '(?=[A-Z]{0,7}\\d)(?=\\d{0,7}[A-Z])[A-Z0-9]{5,8}',
  '(?=[A-Z0-9·•.-]{0,10}\\d)[A-Z0-9]{1,4}(?:[·•.-][A-Z0-9]{1,4}){1,2}',
].join('|');

/** A plate's label, for a quick look before the pattern that needs one. */
const aPlateLabel = new RegExp(`(?:${labels})(?![\\p{L}])`, 'iu');

export const platePatterns: readonly DetailPattern[] = [
  {
    kind: 'licence-plate',
    pattern: new RegExp(
      `(?=[A-Za-z0-9])(?<=${start}(?:${labels})(?![\\p{L}])(?:\\s{0,6}(?:n[°º]\\.?|#|no\\.?))?(?:\\s{0,6}:)?\\s{0,6}(?:(?:es|is|was|era|fue)\\s{1,6})?)(?!(?:es|is|was|era|fue)\\s)(?:${labelledPlate})${end}`,
      'giu',
    ),
    needs: [aDigit, aPlateLabel],
    // "placa 3.5", "patente 12-34": a plate has letters.
    keep: (match) => !/[A-Za-z]/.test(match),
  },
  {
    kind: 'licence-plate',
    pattern: new RegExp(`${start}${plateLetter}{2}${mark}?${plateLetter}{2}${mark}?\\d{2}${end}`, 'gu'),
    needs: [aDigit, aCapitalThenDigit],
  },
  {
    kind: 'licence-plate',
    pattern: new RegExp(`${start}[A-Z]{2}${mark}?\\d{2}${mark}?\\d{2}${end}`, 'gu'),
    needs: [aDigit, aCapitalThenDigit],
    // "UF 1500", "PM 2024": an amount or a year after two capitals.
    keep: (match, before, after) => /(?:19|20)\d{2}$/.test(match) || /^UF/.test(match) || looksLikeMoney(before, after),
  },
  {
    kind: 'licence-plate',
    pattern: new RegExp(`${start}\\d[A-Z]{3}\\d{3}${end}`, 'gu'),
    needs: [threeDigitsInARow, aCapitalThenDigit],
  },
  {
    kind: 'licence-plate',
    pattern: new RegExp(`${start}[A-Z]{2}\\d{2}\\s?[A-Z]{3}${end}`, 'gu'),
    needs: [aDigit, aCapitalThenDigit],
  },
];
