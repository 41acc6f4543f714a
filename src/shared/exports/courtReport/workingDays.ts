/** The last day for the caregiver's comments, counted as the review-window check counts. */
import { workingDaysBetween } from '../../domain/report/workingDays';

function utcDate(date: string): Date {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

function isWeekend(date: string): boolean {
  const weekday = utcDate(date).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function dayBefore(date: string): string {
  const moment = utcDate(date);
  moment.setUTCDate(moment.getUTCDate() - 1);
  return moment.toISOString().slice(0, 10);
}

/**
 * The latest working day that is `days` working days before `date`, as `workingDaysBetween`
 * counts them (a Monday is 3 working days before the Thursday). Public holidays are not known
 * to the app and count as working days.
 */
export function workingDaysBefore(date: string, days: number): string {
  if (days <= 0) return date;
  let day = date;
  while (workingDaysBetween(day, date) < days || isWeekend(day)) day = dayBefore(day);
  return day;
}
