/**
 * Working days between two calendar dates, Monday to Friday. Public holidays are not known to
 * the app (they differ by country and region), so they count as working days; the review-window
 * check says so in its details.
 */

function dayNumber(date: string): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** 0 is Sunday, 6 Saturday (1970-01-01, day 0, was a Thursday). */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * The working days after `from` up to and including `to`: shared on a Monday for a hearing on
 * Thursday gives 3 (Tuesday, Wednesday and the hearing day). Negative when `to` comes first.
 */
export function workingDaysBetween(from: string, to: string): number {
  const start = dayNumber(from);
  const end = dayNumber(to);
  if (end < start) return -workingDaysBetween(to, from);
  const weeks = Math.floor((end - start) / 7);
  let count = weeks * 5;
  for (let day = start + weeks * 7 + 1; day <= end; day += 1) {
    const current = weekday(day);
    if (current !== 0 && current !== 6) count += 1;
  }
  return count;
}

/**
 * The latest working day that still leaves `days` working days before `date`, as
 * `workingDaysBetween` counts them (a Monday is 3 working days before the Thursday): the last
 * day to share a review copy, and the day the caregiver's comments are asked for. Never a
 * weekend day: nobody should be told to share on a Sunday.
 */
export function workingDaysBefore(date: string, days: number): string {
  let day = dayNumber(date);
  const end = day;
  const isWeekend = (candidate: number) => weekday(candidate) === 0 || weekday(candidate) === 6;
  while (workingDaysBetween(dateOf(day), dateOf(end)) < days || isWeekend(day)) day -= 1;
  return dateOf(day);
}

function dateOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
