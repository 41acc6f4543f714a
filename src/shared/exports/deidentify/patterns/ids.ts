/**
 * Personal ID numbers: Chilean RUT/RUN however it is punctuated, US social security and
 * immigration numbers, UK National Insurance and NHS numbers, passports, driving licences,
 * clinical record numbers ("ficha clínica", MRN) and health insurance numbers (FONASA, ISAPRE,
 * Medicaid). A label makes any number after it an ID; a few shapes are IDs without one.
 */
import {
  aCapitalThenDigit,
  aDigit,
  atWordStart,
  dash,
  digitCount,
  digitsCloseTogether,
  end,
  looksLikeMoney,
  numberLabel,
  sixDigitsInARow,
  start,
  threeDigitsInARow,
  type DetailPattern,
} from './shared';

/** "12.345.678", "12,345,678", "12 345 678", "12345678", "9.876.543". */
const rutBody = '\\d{1,2}(?:[.,\\s]?\\d{3}){2}';
const rutCheck = `\\s{0,6}${dash}\\s{0,6}[\\dkK]`;
const rutLabel =
  '(?:R\\.?\\s?U\\.?\\s?[TN]\\.?|C\\.?\\s?I\\.?|c[ée]dula(?:\\s{1,6}de\\s{1,6}identidad)?|carn[ée]t?(?:\\s{1,6}de\\s{1,6}identidad)?)';

/** Labels after which a number identifies a person. */
const idLabels = [
  'pasaporte',
  'passport',
  'DNI',
  'NIE',
  'NIF',
  'SSN',
  'SS#',
  'social\\s{1,6}security(?:\\s{1,6}card)?',
  'NHS',
  'CHI',
  'national\\s{1,6}insurance',
  'NI\\s{1,6}(?:number|no\\.?)',
  'NINO',
  'A-?\\s?number',
  'A#',
  'alien(?:\\s{1,6}registration)?',
  'USCIS',
  'receipt\\s{1,6}number',
  'I-94',
  'licencia\\s{1,6}de\\s{1,6}(?:conducir|manejo|conductor)',
  "driver['’]?s?\\s{1,6}licen[cs]e",
  'driving\\s{1,6}licen[cs]e',
  'licen[cs]e\\s{1,6}(?:number|no\\.?)',
  'DL#?',
  'MRN',
  'medical\\s{1,6}record',
  'hospital\\s{1,6}(?:number|no\\.?|#)',
  'patient\\s{1,6}(?:id|number|no\\.?)',
  'NHC',
  'historia\\s{1,6}cl[ií]nica',
  'ficha(?:\\s{1,6}(?:cl[ií]nica|m[ée]dica|cesfam|cosam|prm|ppf|opd|pie|fae|dam|hospital|consultorio))?',
  'chart',
  'FONASA',
  'ISAPRE(?:\\s{1,6}\\p{L}{2,20}){0,2}',
  'afiliad[oa]',
  'member\\s{1,6}id',
  'medicaid(?:\\s{1,6}id)?',
  'medicare(?:\\s{1,6}id)?',
  'insurance\\s{1,6}(?:id|number|no\\.?)',
  'policy\\s{1,6}(?:number|no\\.?)',
  'ID',
  'identification',
  'tax\\s{1,6}id',
  'I?TIN',
  'EIN',
  'BRP',
  'UPN',
  'unique\\s{1,6}pupil\\s{1,6}number',
  'last\\s{1,6}(?:4|four)(?:\\s{1,6}digits)?\\s{1,6}of\\s{1,6}(?:(?:her|his|their|the)\\s{1,6})?(?:ssn|social(?:\\s{1,6}security)?(?:\\s{1,6}number)?)',
  'documento(?:\\s{1,6}de\\s{1,6}identidad)?',
].join('|');
/** "N° de ficha 33412", "número de pasaporte P1234567". */
const labelsAfterNumber =
  'ficha(?:\\s{1,6}cl[ií]nica)?|afiliad[oa]|pasaporte|licencia(?:\\s{1,6}de\\s{1,6}conducir)?|historia\\s{1,6}cl[ií]nica|carn[ée]t?|documento|identificaci[óo]n|socio|passport|licen[cs]e|record';
/** The labels after "N°", for a quick look before the pattern that needs one. */
const aLabelAfterNumber = new RegExp(`(?:${labelsAfterNumber})(?![\\p{L}])`, 'iu');
/** An ID label as the labelled pattern reads it, for a quick look before that pattern. */
const anIdLabel = new RegExp(`${atWordStart(idLabels)}(?![\\p{L}])`, 'iu');
/** A RUT's label, for a quick look before the pattern that needs one. */
const aRutLabel = new RegExp(`(?:${rutLabel})(?![\\p{L}])`, 'iu');
/** The end of a RUT with its check digit: "678-5", "678 - K". */
const aCheckDigit = new RegExp(`\\d{3}${rutCheck}`, 'u');
/** Six digits in pairs, as a National Insurance number has them: "12 34 56", "123456". */
const sixDigitsInPairs = /\d{2}\s?\d{2}\s?\d{2}/;
/** A letter or three, then digits in groups or in one run, perhaps a letter after: "P1234567", "123-456-789", "485 777 3456". */
const idValue =
  '(?:[A-Z]{1,3}\\s?-?\\s?)?(?:\\d{2,4}(?:[\\s.-]\\d{2,4}){1,4}|\\d(?:[\\d.\\-/]{0,18}\\d)?)(?:[A-Z]{1,2})?';
/** A label before a short number, a year or an amount is not before an ID ("ficha 2", "FONASA 2024", "ID $1.500"). */
function notAnId(match: string, before: string, after: string): boolean {
  const digits = digitCount(match);
  return digits < 3 || (digits === 4 && /(?:19|20)\d{2}$/.test(match)) || looksLikeMoney(before, after);
}

export const idPatterns: readonly DetailPattern[] = [
  {
    kind: 'national-id',
    pattern: new RegExp(
      `${start}${rutLabel}(?![\\p{L}])(?:\\s{0,6}${numberLabel})?(?:\\s{0,6}:)?\\s{0,6}${rutBody}(?:${rutCheck}|\\s?[\\dkK])?${end}`,
      'giu',
    ),
    needs: [threeDigitsInARow, aRutLabel],
  },
  {
    kind: 'national-id',
    pattern: new RegExp(`${start}${rutBody}${rutCheck}${end}`, 'gu'),
    needs: [threeDigitsInARow, aCheckDigit],
  },
  // A RUT with its K glued on: "12345678K", "12.345.678k".
  {
    kind: 'national-id',
    pattern: new RegExp(`${start}\\d{1,2}\\.?\\d{3}\\.?\\d{3}[kK]${end}`, 'gu'),
    needs: [threeDigitsInARow, digitsCloseTogether],
  },
  {
    kind: 'national-id',
    // UK National Insurance numbers: "QQ 12 34 56 C", "qq123456c".
    pattern: new RegExp(
      `${start}(?:(?:national\\s{1,6}insurance|NI|NINO)(?:\\s{0,6}${numberLabel})?(?:\\s{0,6}:)?\\s{0,6})?[A-Z]{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D]${end}`,
      'giu',
    ),
    needs: [aDigit, sixDigitsInPairs],
    // Spaced and in lower case it may be words and numbers ("de 12 34 56 a"); glued or in capitals it is not.
    keep: (match) => /\s/.test(match.slice(-2)) && /[a-d]$/.test(match) && !/^(?:national|ni|nino)/i.test(match),
  },
  {
    kind: 'national-id',
    pattern: new RegExp(
      `${start}${numberLabel}\\s{0,6}(?:de\\s{1,6})?(?:${labelsAfterNumber})(?![\\p{L}])(?:\\s{0,6}:)?\\s{0,6}${idValue}${end}`,
      'giu',
    ),
    needs: [aDigit, aLabelAfterNumber],
    keep: notAnId,
  },
  {
    kind: 'national-id',
    pattern: new RegExp(
      `${start}(?:${idLabels})(?![\\p{L}])(?:\\s{0,6}${numberLabel})?(?:\\s{0,6}[:#])?\\s{0,6}${idValue}${end}`,
      'giu',
    ),
    needs: [aDigit, anIdLabel],
    keep: notAnId,
  },
  // US social security numbers.
  {
    kind: 'national-id',
    pattern: new RegExp(`${start}\\d{3}(?:${dash}\\d{2}${dash}|\\s\\d{2}\\s|\\.\\d{2}\\.)\\d{4}${end}`, 'gu'),
    needs: [threeDigitsInARow, digitsCloseTogether],
  },
  // US alien registration numbers: "A123456789", "A-123-456-789".
  {
    kind: 'national-id',
    pattern: new RegExp(`${start}A\\s?-?\\s?(?:\\d{8,9}|\\d{3}[\\s-]\\d{3}[\\s-]\\d{3})${end}`, 'gu'),
    needs: [threeDigitsInARow, digitsCloseTogether],
  },
  // UK unique pupil numbers: "A801200300010".
  {
    kind: 'national-id',
    pattern: new RegExp(`${start}[A-Z]\\d{12}${end}`, 'gu'),
    needs: [threeDigitsInARow, digitsCloseTogether, aCapitalThenDigit],
  },
  // UK driving licence numbers: "MORGA657054SM9IJ".
  {
    kind: 'national-id',
    pattern: new RegExp(`${start}[A-Z9]{5}\\d{6}[A-Z9]{2}\\d[A-Z]{2}${end}`, 'gu'),
    needs: [threeDigitsInARow, sixDigitsInARow],
  },
  // Spanish DNI and NIE: "12345678Z", "X1234567L".
  {
    kind: 'national-id',
    pattern: new RegExp(`${start}[XYZ]?\\d{7,8}-?[A-Z]${end}`, 'gu'),
    needs: [threeDigitsInARow, digitsCloseTogether],
  },
];
