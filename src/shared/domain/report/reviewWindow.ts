/**
 * Whether the caregiver gets the review copy early enough: the warning on the report screen and
 * in the coming hearings, before the checks. Working days are counted as the checks count them
 * (public holidays unknown).
 */
import type { CourtReport, ReportVersion } from './report';
import { workingDaysBefore, workingDaysBetween } from './workingDays';

/** The newest version the caregiver was given to read: their comments are about it. */
export function reviewedVersion(report: CourtReport): ReportVersion | undefined {
  return report.versions.findLast((version) => version.sharedWith !== undefined);
}

export type ReviewWindowNotice =
  | { kind: 'no-hearing-date' }
  /** Not shared yet, and there is still time: the last day to share it. */
  | { kind: 'share-by'; date: string }
  /** Not shared yet, and even today leaves fewer working days than set. */
  | { kind: 'too-late'; days: number }
  /** Shared, with fewer working days than set. */
  | { kind: 'short'; days: number }
  | { kind: 'met' };

export function reviewWindowNotice(report: CourtReport, today: string): ReviewWindowNotice {
  const hearing = report.hearing.date;
  if (hearing === undefined) return { kind: 'no-hearing-date' };
  const required = report.reviewWorkingDays;
  const shared = reviewedVersion(report)?.sharedWith;
  if (shared !== undefined) {
    const days = workingDaysBetween(shared.date, hearing);
    return days >= required ? { kind: 'met' } : { kind: 'short', days: Math.max(0, days) };
  }
  const last = workingDaysBefore(hearing, required);
  return last >= today
    ? { kind: 'share-by', date: last }
    : { kind: 'too-late', days: Math.max(0, workingDaysBetween(today, hearing)) };
}
