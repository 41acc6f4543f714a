import { daysBefore } from './dates';

/** The window the case list counts sessions over. */
export const recentWindowDays = 30;

/**
 * How many session dates fall in the last `days` days, today included. Dates after today (a
 * session typed ahead) are not counted: they have not happened yet.
 */
export function sessionsInLastDays(sessionDates: readonly string[], today: string, days = recentWindowDays): number {
  const first = daysBefore(today, days - 1);
  return sessionDates.filter((date) => date >= first && date <= today).length;
}
