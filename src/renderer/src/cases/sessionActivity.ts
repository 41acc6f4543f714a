import type { CaseSummary } from '../../../shared/journal/caseSummary';
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

/** Sessions held of those planned in the window, as the case list says it ("3 of 4"). */
export interface RecentAttendance {
  held: number;
  planned: number;
}

/**
 * Held of planned sessions in the last `days` days: each reflection is a session held, and each
 * attendance record a session held, missed or cancelled (a rescheduled one is planned again on
 * its new date, so it is not counted). Undefined when nothing is recorded in the window.
 */
export function attendanceInLastDays(
  summary: Pick<CaseSummary, 'recentSessionDates' | 'recentAttendance'>,
  today: string,
  days = recentWindowDays,
): RecentAttendance | undefined {
  const first = daysBefore(today, days - 1);
  const marks = summary.recentAttendance.filter(
    (mark) => mark.plannedOn >= first && mark.plannedOn <= today && mark.status !== 'rescheduled',
  );
  const reflections = sessionsInLastDays(summary.recentSessionDates, today, days);
  const held = reflections + marks.filter((mark) => mark.status === 'held').length;
  const planned = reflections + marks.length;
  return planned === 0 ? undefined : { held, planned };
}
