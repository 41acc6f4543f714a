/**
 * Dates of birth, in Spanish and English, in words or digits: after a word about birth ("nació
 * el", "F. nac.:", "DOB", "born on the"), before one ("el 3 de julio nació"), or in brackets after
 * an age ("7 años (03/07/2015)"). A birthday without a year goes too ("cumple años el 3 de julio",
 * "her birthday is March 14"): with an age it gives the date of birth. The words stay, so the
 * sentence still reads; a year alone stays, since it says no more than an age.
 */
import { aDigit, dash, dashes, end, start, type DetailPattern } from './shared';

const monthsEs =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|feb|mar|abr|may|jun|jul|ago|sept?|set|oct|nov|dic';
const monthsEn =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const month = `(?:${monthsEs}|${monthsEn})(?![\\p{L}])\\.?`;
const weekdays =
  'lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const dayNumber = '(?:[12]\\d|3[01]|0?[1-9])';
/** A day in words, as notaries and children write it: "tres", "veintidós", "treinta y uno", "first". */
const dayWords =
  'primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[ée]is|diecisiete|dieciocho|diecinueve|veinte|veinti(?:uno|ún|d[óo]s|tr[ée]s|cuatro|cinco|s[ée]is|siete|ocho|nueve)|treinta(?:\\s{1,6}y\\s{1,6}uno)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-?first';
const day = `(?:${dayNumber}(?:st|nd|rd|th|°|º|ro|er)?|${dayWords})`;
/** An age in words, for "turns ten", "cumple ocho años". */
const ageWords =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[ée]is|diecisiete|dieciocho';
/** How a year in words begins: "mil novecientos", "dos mil". */
const thousands = '(?:mil\\s{1,6}novecientos|dos\\s{1,6}mil)';
/** A year in words: "mil novecientos noventa y cuatro", "dos mil quince". */
const yearWords = `${thousands}(?:\\s{1,6}(?:y|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[ée]is|diecisiete|dieciocho|diecinueve|veinte|veinti\\p{L}{2,6}|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)(?![\\p{L}])){0,3}`;
const year = '(?:19|20)\\d{2}';
/** What no birthday is: "born 2-3 weeks early", "nació con 3.5 kg". */
const units =
  'semanas?|weeks?|d[ií]as?|days?|meses|months?|horas?|hours?|hrs?|kg|kilos?|gr?|gramos|grams?|cm|lbs?|pounds?|libras?|oz|%|a[ñn]os|years?|veces|times';

/** "3 de julio", "14th of March", "17-oct", "17 oct." */
const dayMonth = `${day}(?:\\s{1,6}(?:de|of)\\s{1,6}|\\s{0,6}[/.${dashes}]\\s{0,6}|\\s{1,6})${month}`;
/** The year after a day and month: "de 2015", "del año 2015", ", 2017", "-2014", "/15". */
const yearAfter = `(?:(?:\\s{0,6},)?\\s{1,6}(?:(?:de|del)\\s{1,6})?(?:año\\s{1,6})?(?:${year}|${yearWords})|\\s{0,6}[/.${dashes}]\\s{0,6}(?:${year}|\\d{2}))`;
/** "March 14th, 2017", "Mar. 14", "julio 3". */
const monthDay = `${month}(?:\\s{0,6}[/${dashes}])?\\s{0,6}${day}(?:(?:\\s{0,6},)?\\s{1,6}${year})?`;
const monthDayYear = `${month}(?:\\s{0,6}[/${dashes}])?\\s{0,6}${day}(?:\\s{0,6},)?\\s{1,6}${year}`;
/** "julio de 2015", "March 2017". */
const monthYear = `${month}(?:\\s{0,6},)?\\s{0,6}(?:(?:de|del)\\s{1,6})?${year}`;
/** "2015-07-03", "03/07/2015", "11/22/2015", "3.7.15". */
const numericWithYear = `(?:${year}\\s{0,6}[/.${dashes}]\\s{0,6}(?:1[0-2]|0?[1-9])\\s{0,6}[/.${dashes}]\\s{0,6}${dayNumber}|${dayNumber}(?:\\s{0,6}/\\s{0,6}${dayNumber}\\s{0,6}/\\s{0,6}|\\s{0,6}${dash}\\s{0,6}${dayNumber}\\s{0,6}${dash}\\s{0,6}|\\s{0,6}\\.\\s{0,6}${dayNumber}\\s{0,6}\\.\\s{0,6})(?:${year}|\\d{2}))`;
/** "14/03", "3-7", "14.03": a birthday; a dot only between two-digit parts ("born 2.5 kg" is a weight). */
const numericNoYear = `(?:${dayNumber}\\s{0,6}[/${dashes}]\\s{0,6}${dayNumber}|[0-3]\\d\\.[01]\\d)(?![/.${dashes}]\\d)(?!\\s{0,6}(?:${units})(?![\\p{L}]))`;

/** Where a date can start, checked before the words behind it: most places are not one. */
const dateStart = `(?=\\d|(?:${monthsEs}|${monthsEn}|${dayWords})(?![\\p{L}]))`;

/** A date with its year, in any of the forms. */
const fullDate = `(?:${numericWithYear}|${dayMonth}${yearAfter}|${monthDayYear}|${monthYear})`;
/** A date after a word about birth: with a year or, for a birthday, without. */
const birthDate = `(?:${numericWithYear}|${dayMonth}${yearAfter}?|${monthDay}|${monthYear}|${numericNoYear})`;
/** More dates of birth in a list: "DOB: 3/7/2015, 5/8/2017 y 9/1/2020". */
const moreDates = `(?:\\s{0,6}(?:,|;|&|/|y|and|e)\\s{0,6}${fullDate}${end}){0,3}`;

const birthWords = [
  'f(?:ec(?:ha)?)?\\.?\\s{0,6}(?:de\\s{1,6})?nac(?:imiento|\\.)?',
  'nacimiento',
  'nacid[oa](?:/[oa]|\\([oa]\\))?s?',
  'f\\.\\s?n\\.',
  '(?<=\\(\\s?)n\\.',
  'naci[oó]',
  'nace',
  'cumplea[ñn]os',
  'cumple\\s{0,6}a[ñn]os',
  'f\\.?\\s?n(?=\\s{0,6}:)',
  `(?:cumple|cumpli[oó]|cumplir[aá]|turns?|turned|will\\s{1,6}turn)(?:\\s{1,6}(?:\\d{1,2}|${ageWords})(?:\\s{1,6}(?:a[ñn]os|years?(?:\\s{1,6}old)?))?)`,
  'cumple',
  'date\\s{1,6}of\\s{1,6}birth',
  'birth\\s{0,6}date',
  'birth\\s{0,6}day',
  'b-?day',
  "b['’]day",
  'd\\.?\\s?o\\.?\\s?b\\.?',
  'born',
].join('|');
/** "fecha de nacimiento de Tomás:", "DOB for the child:" */
const whose =
  '(?:\\s{1,6}(?:de|del|of|for)\\s{1,6}[\\p{L}\\p{M}]{1,30}(?:\\s{1,6}[\\p{L}\\p{M}]{1,30}){0,2}\\s{0,6}:)?';
const connectorWords =
  'el|la|en|un|on|in|the|d[ií]a|is|es|was|fue|ser[áa]|will\\s{1,6}be|of|de|del|su|sus|his|her|their|pr[óo]ximo|next|this|este|año|herman[oa]|hij[oa]|beb[ée]|guagua|ni[ñn][oa]|child|baby|son|daughter|brother|sister|falls';
const connectors = `(?:['’]s)?\\s{0,6}(?:[:=(\\[\\-–—]\\s{0,6})?(?:(?:${connectorWords})(?![\\p{L}])(?:\\s{0,6}[:,])?\\s{0,6}){0,4}(?:(?:${weekdays}),?\\s{1,6})?`;
/** The words a date of birth may follow on: "fecha de nacimiento", "nacimiento", "nació", "DOB". */
const birthWordsAfter =
  'cumple\\s{1,6}\\d{1,2}\\s{1,6}a[ñn]os|turns\\s{1,6}\\d{1,2}|fecha\\s{1,6}de\\s{1,6}nacimiento|nacimiento|f\\.?\\s{0,6}nac\\.?|nac\\.|naci[oó]|nacid[oa]|d\\.?o\\.?b\\.?|date\\s{1,6}of\\s{1,6}birth|birth\\s{0,6}date|birthday|cumplea[ñn]os|born';
const age = `\\d{1,2}\\s{0,6}(?:a[ñn]os(?:\\s{1,6}de\\s{1,6}edad)?|years?(?:\\s{1,6}old)?|yrs?|y\\.?\\s?o\\.?)`;

/** A Markdown table whose header names a date of birth, up to the cell a date stands in. */
const birthHeader =
  'fecha\\s{1,6}(?:de\\s{1,6})?nac(?:imiento|\\.)?|f\\.?\\s{0,6}(?:de\\s{1,6})?nac(?:imiento|\\.)?|nacimiento|nacid[oa]|f\\.\\s?n\\.|d\\.?\\s?o\\.?\\s?b\\.?|date\\s{1,6}of\\s{1,6}birth|birth\\s{0,6}date|born';
const tableWithBirthColumn = `(?<![^\\n])\\|[^\\n]{0,400}(?<![\\p{L}])(?:${birthHeader})(?![\\p{L}])[^\\n]{0,400}\\n\\|[\\s:|${dashes}]{3,400}\\n(?:\\|[^\\n]{0,600}\\n){0,40}\\|(?:[^\\n|]{0,300}\\|){0,12}[^\\S\\n]{0,6}`;

// What the texts must hold for each pattern, tested before the costly patterns run.
/**
 * What every word about birth holds, before or after a date: quick to look for, and rare in
 * prose, so the exact words are looked for only in the few texts that have it.
 */
const aBirthStem =
  /nac|cumple|cumpli[oó]|cumplir[aá]|turn|birth|born|b-?day|b['’]day|d\.?\s?o\.?\s?b(?!\p{L})|f\.\s?n\.|\(\s?n\.|f\.?\s?n\s{0,6}:/iu;
/** A line of a Markdown table after another. */
const aTableRow = /\n\|/;
/** A date-of-birth column's header. */
const aBirthHeader = new RegExp(`(?:${birthHeader})(?![\\p{L}])`, 'iu');
/** A year in words. */
const aYearInWords = new RegExp(thousands, 'iu');
/** A word about birth before a date: "nació", "DOB", "cumple 8 años". */
const aBirthWordBefore = new RegExp(`(?:${birthWords})(?![\\p{L}])`, 'iu');
/** A word about birth after a date: "nació", "(fecha de nacimiento)". */
const aBirthWordAfter = new RegExp(`(?:${birthWordsAfter})(?![\\p{L}])`, 'iu');
/** "b." for born, as a word. */
const aBornMark = new RegExp(`b\\.(?<=${start}b\\.)`, 'iu');
/** An age in digits before a bracket, a comma or a dash: "7 años (", "7 años,". */
const anAgeBeforeBracket = new RegExp(`${age}\\s{0,6}[(\\[]`, 'iu');
const anAgeBeforeComma = new RegExp(`${age}\\s{0,6}[,–—-]`, 'iu');

export const datePatterns: readonly DetailPattern[] = [
  {
    kind: 'date-of-birth',
    needs: [aTableRow, aBirthHeader],
    // A date alone in a cell of a table with a date-of-birth column: "| Madre | 1994-08-22 | …".
    pattern: new RegExp(
      `(?<=\\|[^\\S\\n]{0,6})${dateStart}(?<=${tableWithBirthColumn})${fullDate}(?=[^\\S\\n]{0,6}\\|)`,
      'giu',
    ),
  },
  {
    kind: 'date-of-birth',
    needs: [aYearInWords],
    // A year in words is how a notary writes a date of birth, and seldom how a session is dated:
    // "veintidós de agosto de mil novecientos noventa y cuatro".
    pattern: new RegExp(
      `${start}${day}\\s{1,6}de\\s{1,6}${month}\\s{1,6}del?\\s{1,6}(?:año\\s{1,6})?${yearWords}`,
      'giu',
    ),
  },
  {
    kind: 'date-of-birth',
    needs: [aBirthStem, aBirthWordBefore],
    // After a word about birth: "nació el día 3 de julio", "DOB: 2015-07-03", "her birthday is March 14".
    pattern: new RegExp(
      `${dateStart}(?<=${start}(?:${birthWords})(?![\\p{L}])${whose}${connectors})${birthDate}${end}${moreDates}`,
      'giu',
    ),
  },
  {
    kind: 'date-of-birth',
    needs: [aBornMark],
    // "b. 11/22/2015": only a full date straight after it, since "b." also letters a list.
    pattern: new RegExp(`${dateStart}(?<=${start}b\\.\\s?)${fullDate}${end}`, 'giu'),
  },
  {
    kind: 'date-of-birth',
    needs: [aBirthStem, aBirthWordAfter],
    // "el 3 de julio de 2015 nació", "03/07/2015 (fecha de nacimiento)".
    pattern: new RegExp(
      `${start}(?:${numericWithYear}|${dayMonth}${yearAfter}?|${monthDay}|${monthYear})${end}(?=(?:\\s{0,6}[,(\\[\\-–—])?\\s{0,6}(?:${birthWordsAfter})(?![\\p{L}]))`,
      'giu',
    ),
  },
  {
    kind: 'date-of-birth',
    needs: [aDigit, anAgeBeforeBracket],
    // An age with a date in brackets is a date of birth: "de 7 años (03/07/2015)".
    pattern: new RegExp(
      `(?=\\d)(?<=${start}${age}\\s{0,6}[(\\[]\\s{0,6}(?:(?:nac(?:id[oa])?|n|b|born|dob|f\\.?\\s{0,6}nac)\\.?(?:\\s{0,6}:)?\\s{0,6})?)${fullDate}${end}`,
      'giu',
    ),
  },
  {
    kind: 'date-of-birth',
    needs: [aDigit, anAgeBeforeComma],
    // Or after a comma or a dash, written with digits: "Tomás, 7 años, 03/07/2015".
    pattern: new RegExp(`(?=\\d)(?<=${start}${age}\\s{0,6}[,–—-]\\s{0,6})${numericWithYear}${end}`, 'giu'),
  },
];
