/**
 * Whether the caregiver gets the review copy early enough: the warning on the report screen,
 * before the checks. Working days are counted as the checks count them (public holidays unknown).
 */
import type { CourtReport } from '../../../shared/domain/report/report';
import { workingDaysBetween } from '../../../shared/domain/report/workingDays';
import { reviewedVersion } from './reportVersions';

export type ReviewWindowNotice =
  | { kind: 'no-hearing-date' }
  /** Not shared yet, and there is still time: the last day to share it. */
  | { kind: 'share-by'; date: string }
  /** Not shared yet, and even today leaves fewer working days than set. */
  | { kind: 'too-late'; days: number }
  /** Shared, with fewer working days than set. */
  | { kind: 'short'; days: number }
  | { kind: 'met' };

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * The latest working day the review copy can be shared on and still leave `required` working
 * days: a Sunday would count the same, but nobody should be told to share on a Sunday.
 */
export function lastDayToShare(hearing: string, required: number): string {
  let day = hearing;
  while (workingDaysBetween(day, hearing) < required || isWeekend(day)) day = addDays(day, -1);
  return day;
}

export function reviewWindowNotice(report: CourtReport, today: string): ReviewWindowNotice {
  const hearing = report.hearing.date;
  if (hearing === undefined) return { kind: 'no-hearing-date' };
  const required = report.reviewWorkingDays;
  const shared = reviewedVersion(report)?.sharedWith;
  if (shared !== undefined) {
    const days = workingDaysBetween(shared.date, hearing);
    return days >= required ? { kind: 'met' } : { kind: 'short', days: Math.max(0, days) };
  }
  const last = lastDayToShare(hearing, required);
  return last >= today
    ? { kind: 'share-by', date: last }
    : { kind: 'too-late', days: Math.max(0, workingDaysBetween(today, hearing)) };
}
