/**
 * Working days between two calendar dates: Monday to Friday, less the public holidays of the
 * practitioner's calendar (see `shared/calendar/publicHolidays.ts`). Pure: the calendar is passed in.
 */

/** The public holidays that are days off, as the working-day count sees them. */
export interface PublicHolidays {
  /** `CL`, `CL-AP`, or `none` when no country is chosen (see `holidayChoiceId`). */
  id: string;
  /** False when a country is chosen but there are no holiday rules for it: only weekends are skipped. */
  known: boolean;
  /** The holiday's name on this `YYYY-MM-DD` date, or undefined on an ordinary day. */
  nameOn(date: string): string | undefined;
}

/** No public holidays: weekends only. */
export const weekendsOnly: PublicHolidays = { id: 'none', known: false, nameOn: () => undefined };

function dayNumber(date: string): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

function dateOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** 0 is Sunday, 6 Saturday (1970-01-01, day 0, was a Thursday). */
function isWeekend(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

/** A public holiday on a weekday: the days a count skips beyond weekends. */
function skippedHolidayOn(day: number, holidays: PublicHolidays): string | undefined {
  return isWeekend(day) ? undefined : holidays.nameOn(dateOf(day));
}

/**
 * The working days after `from` up to and including `to`: shared on a Monday for a hearing on
 * Thursday gives 3 (Tuesday, Wednesday and the hearing day). Negative when `to` comes first.
 */
export function workingDaysBetween(from: string, to: string, holidays: PublicHolidays = weekendsOnly): number {
  const start = dayNumber(from);
  const end = dayNumber(to);
  if (end < start) return -workingDaysBetween(to, from, holidays);
  let count = 0;
  for (let day = start + 1; day <= end; day += 1) {
    if (!isWeekend(day) && skippedHolidayOn(day, holidays) === undefined) count += 1;
  }
  return count;
}

export interface SkippedHoliday {
  date: string;
  name: string;
}

/** The weekday public holidays after `from` up to and including `to`, that a count left out. */
export function holidaysSkipped(from: string, to: string, holidays: PublicHolidays): SkippedHoliday[] {
  const [start, end] = [dayNumber(from), dayNumber(to)].sort((a, b) => a - b) as [number, number];
  const skipped: SkippedHoliday[] = [];
  for (let day = start + 1; day <= end; day += 1) {
    const name = skippedHolidayOn(day, holidays);
    if (name !== undefined) skipped.push({ date: dateOf(day), name });
  }
  return skipped;
}

/**
 * The latest working day that still leaves `days` working days before `date`, as
 * `workingDaysBetween` counts them (a Monday is 3 working days before the Thursday): the last
 * day to share a review copy, and the day the caregiver's comments are asked for. Never a
 * weekend day or a public holiday: nobody should be told to share on a Sunday or on Christmas.
 */
export function workingDaysBefore(date: string, days: number, holidays: PublicHolidays = weekendsOnly): string {
  const end = dayNumber(date);
  const isDayOff = (candidate: number) => isWeekend(candidate) || skippedHolidayOn(candidate, holidays) !== undefined;
  let day = end;
  while (isDayOff(day) || workingDaysBetween(dateOf(day), date, holidays) < days) day -= 1;
  return dateOf(day);
}
