/**
 * Numbers that identify a document rather than a person ("folio 33412", "registro N° 4567"), and
 * long runs of digits nothing else claimed: seven digits or more, or digits in thousands
 * ("12.345.678"), which may be an ID written without its label. Amounts of money stay.
 */
import {
  aDigit,
  dashes,
  digitCount,
  digitsCloseTogether,
  end,
  looksLikeMoney,
  start,
  threeDigitsInARow,
  type DetailPattern,
} from './shared';

/** Numbers that belong to a law, a page or a room, not to a person or a file. */
const notAFile =
  'ley|leyes|decreto|d\\.?f\\.?l\\.?|d\\.?s\\.?|art[íi]culo|art\\.|resoluci[óo]n(?:\\s{1,6}exenta)?|circular|oficio|ord\\.?|ordinario|p[áa]gina|p[áa]g\\.?|p\\.|sesi[óo]n|session|[íi]tem|punto|paso|step|room|sala|piso|floor|year|a[ñn]o|grade|curso|nivel|level|fase|phase|section|secci[óo]n|chapter|cap[íi]tulo|act';

// The marks and words the labelled numbers need, for a quick look before the patterns run.
const aNumberMark = /n[°º]|#|nro|no\./iu;
const aReferenceWord = /ref|report|intake|incident|atenci[óo]n|parte/iu;
const aRecordWord = /folio|record|registro/iu;

export const numberPatterns: readonly DetailPattern[] = [
  {
    kind: 'number',
    // Any number of four digits or more after "N°" or "#": "parte N° 4412", "CPS intake #2024-118733",
    // "N° de matrícula 3345"; not "Ley N° 21.430" nor "sesión N° 1234".
    pattern: new RegExp(
      `(?<!(?:${notAFile})\\s{0,3})${start}(?:n[°º]\\.?|#|nros?\\.?|no\\.)(?:\\s{0,6}de\\s{1,6}\\p{L}{3,20})?\\s{0,6}(?:[A-Z]{1,3}-?)?\\d(?:[\\d./${dashes}]{0,20}\\d)?${end}`,
      'giu',
    ),
    needs: [aDigit, aNumberMark],
    keep: (match, before, after) =>
      digitCount(match) < 4 ||
      /^\D*(?:19|20)\d{2}$/.test(match) ||
      looksLikeMoney(before, after) ||
      /^\s{0,3}(?:%|personas|people|ni[ñn]os|children|familias|families|casos|cases)(?![\p{L}])/iu.test(after),
  },
  {
    kind: 'number',
    // After a reference word: "LA ref LA-558712", "crime ref 01/234567/24", "police report #24-118842".
    pattern: new RegExp(
      `${start}(?:ref(?:erence)?|crime\\s{1,6}ref(?:erence)?|report|intake|incident|atenci[óo]n|parte)\\.?(?:\\s{0,6}(?:no\\.?|number|#|n[°º]))?(?:\\s{0,6}:)?\\s{0,6}(?=[A-Z/.-]{0,12}\\d)[A-Z0-9](?:[A-Z0-9]|[/.${dashes}](?=[A-Z0-9])){3,30}${end}`,
      'giu',
    ),
    needs: [aDigit, aReferenceWord],
    keep: (match) => digitCount(match) < 4 || /^\D*(?:19|20)\d{2}$/.test(match),
  },
  {
    kind: 'number',
    pattern: new RegExp(
      `${start}(?:folio|record|registro)(?:\\s{0,6}(?:n[°ºo]\\.?|#|nro\\.?|number))?(?:\\s{0,6}:)?\\s{0,6}(?!(?:19|20)\\d{2}(?![\\p{L}\\p{N}]))\\d{3,}${end}(?![.,]\\d|\\s{0,3}%)`,
      'giu',
    ),
    needs: [threeDigitsInARow, aRecordWord],
    // "Registro: 100.000 pesos", "registro 2019-2023", "registro 100 %": an amount, a year or a share is no document number.
    keep: (_match, before, after) => looksLikeMoney(before, after),
  },
  {
    kind: 'number',
    pattern: new RegExp(`${start}\\d{1,3}(?:[.\\s]\\d{3}){2,}${end}`, 'gu'),
    needs: [threeDigitsInARow, digitsCloseTogether],
    keep: (match, before, after) => digitCount(match) < 7 || looksLikeMoney(before, after),
  },
  {
    kind: 'number',
    pattern: new RegExp(`${start}\\d{7,}${end}`, 'gu'),
    needs: [threeDigitsInARow, digitsCloseTogether],
    keep: (_match, before, after) => looksLikeMoney(before, after),
  },
];
