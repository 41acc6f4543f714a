/**
 * Months and weekdays in Spanish and English, folded as `fold` folds (lower case, no accents).
 * Several are given names too ("April", "June", "Abril", "Julio", "Domingo"): see
 * `monthUsedAsName` for telling one from the other. Compiled for Alianza, same licence as the project.
 */

export type CalendarLanguage = 'en' | 'es';

export const spanishMonths: readonly string[] = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'setiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

export const spanishWeekdays: readonly string[] = [
  'lunes',
  'martes',
  'miercoles',
  'jueves',
  'viernes',
  'sabado',
  'domingo',
];

export const englishMonths: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export const englishWeekdays: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

export interface CalendarWord {
  language: CalendarLanguage;
  kind: 'month' | 'weekday';
}

const entries = (words: readonly string[], language: CalendarLanguage, kind: CalendarWord['kind']) =>
  words.map((word): [string, CalendarWord] => [word, { language, kind }]);

/** Every month and weekday, folded, with the language it is a calendar word of. */
export const calendarWords: ReadonlyMap<string, CalendarWord> = new Map([
  ...entries(spanishMonths, 'es', 'month'),
  ...entries(spanishWeekdays, 'es', 'weekday'),
  ...entries(englishMonths, 'en', 'month'),
  ...entries(englishWeekdays, 'en', 'weekday'),
]);
