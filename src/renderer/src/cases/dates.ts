/** Calendar dates (`YYYY-MM-DD`) as the journal stores them: no time, no zone. */

const dayMilliseconds = 86_400_000;

/** Today on this computer's calendar, which is what a practitioner means by "today". */
export function todayDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** The calendar date `days` before `date` (negative goes forward). */
export function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * dayMilliseconds).toISOString().slice(0, 10);
}

// Building a formatter is costly next to using one; the case list formats hundreds of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A calendar date in the reader's language, e.g. "3 Mar 2025" or "3 mar 2025". */
export function formatCalendarDate(date: string, language: string): string {
  let formatter = formatters.get(language);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    formatters.set(language, formatter);
  }
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? date : formatter.format(time);
}
