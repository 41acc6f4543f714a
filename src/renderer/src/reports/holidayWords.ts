import type { SkippedHoliday } from '../../../shared/domain/report/workingDays';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "18 Sep Fiestas Patrias, 19 Sep Army Day": the holidays a count skipped, day and name. */
export function skippedHolidaysText(skipped: readonly SkippedHoliday[], language: string): string {
  let formatter = formatters.get(language);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    formatters.set(language, formatter);
  }
  const day = formatter;
  return skipped.map((holiday) => `${day.format(Date.parse(`${holiday.date}T00:00:00Z`))} ${holiday.name}`).join(', ');
}
