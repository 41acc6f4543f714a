/**
 * Public holidays from `date-holidays`, which keeps each country's rules (moving holidays such as
 * Easter, holidays moved to a Monday by law, regional ones) up to date. Only `public` holidays
 * are days off here: observances, bank and school holidays are ordinary working days.
 */
import Holidays from 'date-holidays';
import type { PublicHolidays } from '../domain/report/workingDays';
import { holidayChoiceId, type HolidayChoice } from './holidayChoice';

const listing = new Holidays();

/** Countries the library has holidays for, by code, named in `language`. */
export function holidayCountries(language: string): Record<string, string> {
  return listing.getCountries(language);
}

/** The regions of `country` that have holidays of their own, by code; empty when it has none. */
export function holidayRegions(country: string, language: string): Record<string, string> {
  return listing.getStates(country, language) ?? {};
}

/** "Chile" or "Chile, Arica y Parinacota"; a country the library does not know by its usual name. */
export function holidayChoiceName(choice: HolidayChoice, language: string): string {
  if (choice === 'none') return '';
  const country =
    holidayCountries(language)[choice.country] ??
    new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(choice.country) ??
    choice.country;
  if (choice.region === undefined) return country;
  return `${country}, ${holidayRegions(choice.country, language)[choice.region] ?? choice.region}`;
}

const cache = new Map<string, PublicHolidays>();

/** The public holidays of a choice, named in `language`. */
export function publicHolidays(choice: HolidayChoice, language: string): PublicHolidays {
  const id = holidayChoiceId(choice);
  const key = `${id}/${language}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const holidays = build(choice, id, language);
  cache.set(key, holidays);
  return holidays;
}

function build(choice: HolidayChoice, id: string, language: string): PublicHolidays {
  if (choice === 'none') return { id, known: false, nameOn: () => undefined };
  if (!(choice.country in holidayCountries('en'))) return { id, known: false, nameOn: () => undefined };
  const options = { types: ['public' as const], languages: [language] };
  const rules =
    choice.region === undefined
      ? new Holidays(choice.country, options)
      : new Holidays(choice.country, choice.region, options);
  const years = new Map<number, Map<string, string>>();
  const yearOf = (year: number): Map<string, string> => {
    let days = years.get(year);
    if (days === undefined) {
      days = new Map();
      for (const holiday of rules.getHolidays(year, language)) {
        if (holiday.type !== 'public') continue;
        const date = holiday.date.slice(0, 10);
        days.set(date, days.has(date) ? `${days.get(date)} / ${holiday.name}` : holiday.name);
      }
      years.set(year, days);
    }
    return days;
  };
  return { id, known: true, nameOn: (date) => yearOf(Number(date.slice(0, 4))).get(date) };
}
