/** The small value schemas every record is built from, each with a message that says what was expected. */
import { z } from 'zod';

const idPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/** A record id: a UUID in new records, any short token (`p-1`, `2025-03-entry-4`) in imported files. */
const idMessage = "expected an id: 1 to 128 letters, digits, '.', '_', ':' or '-'";
export const idSchema = z.string({ error: idMessage }).regex(idPattern, { error: idMessage });

/** Whether text is `YYYY-MM-DD` and that day exists in the calendar (no 2025-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date without time or zone, such as a session date: `YYYY-MM-DD`. */
const dateMessage = 'expected a date as YYYY-MM-DD, such as 2025-03-14';
export const calendarDateSchema = z.string({ error: dateMessage }).refine(isCalendarDate, {
  error: (issue) =>
    typeof issue.input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(issue.input)
      ? `expected a date that exists in the calendar; ${issue.input} does not`
      : dateMessage,
});

/** A moment in time, as `Date.prototype.toISOString` writes it (an offset is accepted too). */
export const timestampSchema = z.iso.datetime({
  offset: true,
  error: 'expected a timestamp such as 2025-03-14T16:30:00.000Z',
});

/** Text that must say something: names, aliases, descriptions. */
export const nonBlankSchema = z.string().refine((text) => text.trim() !== '', { error: 'must not be empty' });

/** Free text, markdown where it is shown as such; may be empty. */
export const textSchema = z.string();

/** A whole number on a closed scale, with one message for every way of missing it. */
export function scaleSchema(minimum: number, maximum: number) {
  const message = `expected a whole number from ${minimum} to ${maximum}`;
  return z.int({ error: message }).min(minimum, { error: message }).max(maximum, { error: message });
}

/** An alliance rating: 0 (none) to 10 (the strongest). */
export const ratingSchema = scaleSchema(0, 10);
