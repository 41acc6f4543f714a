/**
 * Court file references. Chilean family courts: RIT ("C-2345-2024"), RUC ("2410012345-6"), rol
 * and causa numbers. US dockets ("Case No. 2:24-cv-01234", "Docket # 24-JV-0123", "Index No.
 * 123456/2024") and UK case and claim numbers ("ZW24C00123", "Claim No. K12AB345").
 */
import {
  aCapitalThenDigit,
  aDigit,
  dash,
  dashes,
  digitsCloseTogether,
  end,
  numberLabel,
  start,
  threeDigitsInARow,
  type DetailPattern,
} from './shared';

/** "C-2345-2024", "C 2345-2024", "1234-2023", "2410012345-6", "12-1-2024". */
const chileanCode = `(?:[A-Z]{1,2}(?:\\s{0,6}[.${dashes}]\\s{0,6}|\\s{1,6}))?\\d[\\d.]{0,13}\\s{0,6}[/${dashes}]\\s{0,6}(?:\\d{4}|\\d{1,2}\\s{0,6}[/${dashes}]\\s{0,6}\\d{4}|[\\dkK])`;
const chileanLabel =
  '(?:(?:causa\\s{1,6})?(?:R\\.?\\s?I\\.?\\s?T\\.?|R\\.?\\s?U\\.?\\s?C\\.?|rol(?:\\s{1,6}(?:corte|ica|cs))?)|causa|expediente|exp\\.)';
/** A docket or case number: letters, digits and the marks between them, with a digit somewhere. */
const docketCode = '(?=[A-Z/:.-]{0,12}\\d)[A-Z0-9](?:[A-Z0-9]|[/:.-](?=[A-Z0-9])){2,40}';
const englishNumber = `(?:no\\.?|nos\\.?|number|num\\.?|#|n[°º])`;
const englishLabel =
  '(?:case|file|claim|petition|index|cause|matter|complaint|indictment|reference|ref\\.?|proceedings?|court\\s{1,6}file)';

/** The labels, for a quick look before the patterns that need them. */
const aChileanLabel = new RegExp(`${chileanLabel}(?![\\p{L}])`, 'iu');
const anEnglishLabel = new RegExp(`${englishLabel}\\s{0,6}${englishNumber}|docket`, 'iu');
/** A number, a dash and a year: "1234-2024", the end of a reference without a label. */
const aDashThenYear = new RegExp(`\\d\\s?${dash}\\s?(?:19|20)\\d{2}`);

export const courtPatterns: readonly DetailPattern[] = [
  {
    kind: 'court-reference',
    // "N° de causa 1234-2023", "número RIT C-12-2024".
    pattern: new RegExp(
      `${start}${numberLabel}\\s{0,6}(?:de\\s{1,6}(?:la\\s{1,6})?)?${chileanLabel}(?![\\p{L}])(?:\\s{0,6}:)?\\s{0,6}${chileanCode}${end}`,
      'giu',
    ),
    needs: [aDigit, aChileanLabel],
  },
  {
    kind: 'court-reference',
    pattern: new RegExp(
      `${start}${chileanLabel}(?![\\p{L}])(?:\\s{0,6}${numberLabel})?(?:\\s{0,6}:)?\\s{0,6}${chileanCode}${end}`,
      'giu',
    ),
    needs: [aDigit, aChileanLabel],
  },
  {
    kind: 'court-reference',
    pattern: new RegExp(
      `${start}(?:${englishLabel}\\s{0,6}${englishNumber}|docket(?![\\p{L}])(?:\\s{0,6}${englishNumber})?)(?:\\s{0,6}:)?\\s{0,6}${docketCode}${end}`,
      'giu',
    ),
    needs: [aDigit, anEnglishLabel],
  },
  // Without a label: shapes no other number has.
  {
    kind: 'court-reference',
    pattern: new RegExp(`${start}[A-Z]{1,2}\\s?${dash}\\s?\\d{1,6}\\s?${dash}\\s?(?:19|20)\\d{2}${end}`, 'giu'),
    needs: [threeDigitsInARow, aDashThenYear],
  },
  {
    kind: 'court-reference',
    pattern: new RegExp(`${start}[A-Z]{1,2}-\\d{1,6}-\\d{4}${end}`, 'gu'),
    needs: [threeDigitsInARow, digitsCloseTogether, aCapitalThenDigit],
  },
  {
    kind: 'court-reference',
    pattern: new RegExp(`${start}\\d{10}\\s?${dash}\\s?[\\dkK]${end}`, 'gu'),
    needs: [threeDigitsInARow, digitsCloseTogether],
  },
  // US federal and state dockets: "2:24-cv-01234", "24-JV-0123", "FD-2024-001234".
  {
    kind: 'court-reference',
    pattern: new RegExp(`${start}\\d:\\d{2}-[a-z]{2,4}-\\d{3,6}(?:-[a-z]{2,4})?${end}`, 'giu'),
    needs: [threeDigitsInARow, digitsCloseTogether],
  },
  {
    kind: 'court-reference',
    pattern: new RegExp(`${start}\\d{2,4}-[A-Z]{1,4}-\\d{3,8}${end}`, 'gu'),
    needs: [threeDigitsInARow, aCapitalThenDigit],
  },
  {
    kind: 'court-reference',
    pattern: new RegExp(`${start}[A-Z]{1,4}-\\d{4}-\\d{3,8}${end}`, 'gu'),
    needs: [threeDigitsInARow, digitsCloseTogether, aCapitalThenDigit],
  },
  // Cook County juvenile numbers: "24 JA 873", "24JD0457"; in lower case with dashes: "jd-24-0457".
  {
    kind: 'court-reference',
    pattern: new RegExp(`${start}\\d{2}\\s?J[A-Z]\\s?\\d{3,6}${end}`, 'gu'),
    needs: [threeDigitsInARow, digitsCloseTogether, aCapitalThenDigit],
  },
  {
    kind: 'court-reference',
    pattern: new RegExp(`${start}[A-Z]{1,4}${dash}\\d{2}${dash}\\d{3,8}${end}`, 'giu'),
    needs: [threeDigitsInARow, digitsCloseTogether],
  },
  // England and Wales family court numbers: "ZW24C00123", "LS24P01234".
  {
    kind: 'court-reference',
    pattern: new RegExp(`${start}[A-Z]{2}\\d{2}[A-Z]\\d{5}${end}`, 'giu'),
    needs: [threeDigitsInARow, digitsCloseTogether],
  },
];
