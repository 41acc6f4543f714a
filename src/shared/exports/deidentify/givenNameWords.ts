/**
 * Words that may be someone's given name although they are ordinary words too ("Rosario",
 * "Esperanza", "Will", "Hope"), and the months and weekdays among them: "April said…" and "vino
 * Abril con su hermano" name a person, "in April" and "el 3 de Abril" a date.
 */
import { fold } from '../../text/normalize';
import type { BriefLanguage } from '../language';
import { calendarWords } from './data/calendarWords';
import { givenNames } from './data/givenNames';
import { titles } from './names';

/** True when the folded word is a given name or a nickname in Spanish or English. */
export function isGivenName(folded: string): boolean {
  return givenNames.has(folded);
}

/** True when the folded word is a month or a weekday in Spanish or English. */
export function isCalendarWord(folded: string): boolean {
  return calendarWords.has(folded);
}

/** Words after which a month or weekday is a date: "in April", "el Lunes", "desde Marzo". */
const datePrepositions: Record<BriefLanguage, ReadonlySet<string>> = {
  en: new Set([
    'in',
    'on',
    'since',
    'until',
    'till',
    'til',
    'through',
    'throughout',
    'last',
    'next',
    'every',
    'this',
    'that',
    'each',
    'by',
    'before',
    'after',
    'during',
    'early',
    'late',
    'mid',
    'the',
    'past',
    'coming',
    'following',
    'previous',
    'between',
  ]),
  es: new Set([
    'en',
    'desde',
    'hasta',
    'durante',
    'este',
    'ese',
    'esta',
    'proximo',
    'pasado',
    'cada',
    'entre',
    'hacia',
    'mediados',
    'principios',
    'fines',
    'finales',
  ]),
};

/**
 * A weekday after an article is a date in Spanish ("el Lunes", "del Lunes al Viernes"); a month
 * after one is a person ("el Julio", "la Abril"), as people are named in Chile.
 */
const weekdayArticles = new Set(['el', 'los', 'un', 'al', 'del']);

/** "of" and "de" make a date only after a part of a period: "the end of April", "a fines de Abril". */
const periodOf: Record<BriefLanguage, { words: ReadonlySet<string>; periods: ReadonlySet<string> }> = {
  en: {
    words: new Set(['of']),
    periods: new Set([
      'end',
      'beginning',
      'start',
      'middle',
      'month',
      'week',
      'weeks',
      'rest',
      'half',
      'part',
      'first',
      'second',
      'third',
      'fourth',
      'last',
    ]),
  },
  es: {
    words: new Set(['de', 'del']),
    periods: new Set([
      'mes',
      'fin',
      'fines',
      'finales',
      'mediados',
      'principios',
      'inicio',
      'inicios',
      'comienzo',
      'comienzos',
      'resto',
      'semana',
      'quincena',
      'primera',
      'segunda',
      'tercera',
      'cuarta',
      'ultima',
    ]),
  },
};

/** Words that join two dates ("Lunes y Martes", "April to June"). */
const dateJoiners = new Set(['y', 'e', 'o', 'a', 'al', 'hasta', 'and', 'or', 'to', 'through', 'till', 'until', '-']);

/** Words after a weekday or month that make it a date ("Monday morning", "el Lunes pasado"). */
const dateFollowers = new Set([
  'morning',
  'mornings',
  'afternoon',
  'afternoons',
  'evening',
  'evenings',
  'night',
  'nights',
  'last',
  'next',
  'week',
  'weekend',
  'pasado',
  'proximo',
  'siguiente',
  'anterior',
  'recien',
]);

/** Verbs and words after an English weekday that show it is a person ("Wednesday said"). */
const personFollowers = new Set([
  'said',
  'says',
  'told',
  'tells',
  'asked',
  'asks',
  'came',
  'comes',
  'went',
  'goes',
  'was',
  'is',
  'has',
  'had',
  'called',
  'cried',
  'explained',
  'reported',
  'arrived',
  'wants',
  'wanted',
  'and',
]);

const sentenceEnd = /(?:^|[.!?:;¡¿\n])[\s"'“”‘’«»()[\]*•-]*$/u;
const afterTitle = new RegExp(`(?<![\\p{L}\\p{N}])(?:${titles.join('|')})\\.?\\s+$`, 'iu');
const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The folded words of a short passage, in order. */
function foldedWords(passage: string): string[] {
  return [...passage.matchAll(wordPattern)].map((match) => fold(match[0]));
}

/**
 * Whether a month or weekday at `index` in `text` (the word as written there) reads as a person's
 * name. Only one people are named counts (Abril, Julio, Domingo, April, May, June, August), and
 * only written capitalised mid-sentence; not next to a day number or a year ("5 de Abril", "April
 * 2023"); not after a word that makes it a date (in, on, since, until, last, next, every, this;
 * en, desde, hasta, durante, cada; "el"/"los" before a Spanish weekday; "of"/"de" after a part of
 * a period: "the end of April", "a fines de Julio"); not in a list of dates ("Lunes y Martes",
 * "April to June"); not followed by a time of day ("Monday morning", "el Domingo pasado"). In
 * Spanish, where months and weekdays are written in lower case, that is enough ("vino Abril con su
 * hermano", "la mamá de Julio"); an English weekday also needs a verb or a surname after it, since
 * "see you Monday" is the usual reading. After a title ("Sra. Abril") it is always a name; at the
 * start of a sentence or in capitals the capital tells nothing, so it is not.
 */
export function monthUsedAsName(text: string, index: number, word: string, language: BriefLanguage): boolean {
  const bare = word.replace(/['’]s$/u, '');
  const folded = fold(bare);
  const entry = calendarWords.get(folded);
  // Only a month or weekday that people are named ("Abril", "Julio", "June") can be a name.
  if (entry === undefined || !givenNames.has(folded) || !/^\p{Lu}/u.test(bare)) return false;
  const before = text.slice(Math.max(0, index - 60), index);
  if (afterTitle.test(before)) return true;
  // A heading or a shouted word in capitals tells nothing.
  if (bare.length > 1 && bare === bare.toLocaleUpperCase()) return false;
  if (sentenceEnd.test(before)) return false;
  const after = text.slice(index + word.length, index + word.length + 60);
  // Beside a day or a year: "5 April", "5th of April", "1º de Mayo", "April 5", "Abril de 2023".
  if (/\d[\p{L}º°.]*\s*(?:(?:de|del|of)\s+)?$/iu.test(before)) return false;
  if (/^\s*,?\s*(?:(?:de|del|of)\s+)?\d/iu.test(after)) return false;
  if (/-\s*$/u.test(before)) return false;
  const previous = foldedWords(before).slice(-2);
  const next = foldedWords(after).slice(0, 2);
  const last = previous.at(-1);
  if (last !== undefined && /\s$/u.test(before)) {
    if (datePrepositions[language].has(last)) return false;
    if (language === 'es' && entry.kind === 'weekday' && weekdayArticles.has(last)) return false;
    const period = periodOf[language];
    if (period.words.has(last) && period.periods.has(previous[0] ?? '')) return false;
  }
  // In a list of dates: "Lunes, Miércoles y Viernes", "from April to June".
  if (
    last !== undefined &&
    (calendarWords.has(last) || (dateJoiners.has(last) && calendarWords.has(previous[0] ?? '')))
  )
    return false;
  if (
    next[0] !== undefined &&
    (calendarWords.has(next[0]) || (dateJoiners.has(next[0]) && calendarWords.has(next[1] ?? '')))
  )
    return false;
  if (next[0] !== undefined && dateFollowers.has(next[0])) return false;
  if (entry.language === 'en' && entry.kind === 'weekday' && language === 'en') {
    const following = after.match(/^\s*(['’]s\s+)?([\p{L}]+)/u);
    if (following === null) return false;
    const [, possessive, nextWord = ''] = following;
    if (possessive !== undefined)
      return /^(?:mum|mom|dad|mother|father|brother|sister|son|daughter|teacher)$/iu.test(nextWord);
    return personFollowers.has(fold(nextWord)) || (/^\p{Lu}/u.test(nextWord) && !calendarWords.has(fold(nextWord)));
  }
  return true;
}
