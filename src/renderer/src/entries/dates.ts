/** Session dates (`YYYY-MM-DD`, no zone) and save times, as the practitioner reads them. */

/** Today on this computer's calendar: what a practitioner means by "today". */
export function localDate(moment: Date = new Date()): string {
  const month = String(moment.getMonth() + 1).padStart(2, '0');
  const day = String(moment.getDate()).padStart(2, '0');
  return `${moment.getFullYear()}-${month}-${day}`;
}

/**
 * Whether a revision keeps the earlier version: the entry was written on an earlier day than
 * today (on this computer's calendar), so the reason for the change is worth asking.
 */
export function isEarlierDay(createdAt: string, now: Date = new Date()): boolean {
  const created = new Date(createdAt);
  if (Number.isNaN(created.getTime())) return false;
  return localDate(created) < localDate(now);
}

// Building a formatter costs far more than using one; the timeline formats thousands of dates.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const timeFormatters = new Map<string, Intl.DateTimeFormat>();
const momentFormatters = new Map<string, Intl.DateTimeFormat>();

function cached(cache: Map<string, Intl.DateTimeFormat>, language: string, options: Intl.DateTimeFormatOptions) {
  let formatter = cache.get(language);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(language, options);
    cache.set(language, formatter);
  }
  return formatter;
}

/** "3 Mar 2025" / "3 mar 2025". */
export function formatSessionDate(date: string, language: string): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) return date;
  return cached(dateFormatters, language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    time,
  );
}

/** "14:05" in the practitioner's clock. */
export function formatTime(timestamp: string, language: string): string {
  const time = Date.parse(timestamp);
  if (Number.isNaN(time)) return timestamp;
  return cached(timeFormatters, language, { hour: '2-digit', minute: '2-digit' }).format(time);
}

/** "3 Mar 2025, 14:05". */
export function formatMoment(timestamp: string, language: string): string {
  const time = Date.parse(timestamp);
  if (Number.isNaN(time)) return timestamp;
  return cached(momentFormatters, language, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}
