/**
 * Whether the caregiver gets the review copy early enough: the warning on the report screen and
 * in the coming hearings, before the checks. Working days are counted as the checks count them,
 * with the practitioner's public holidays, and the notice names the holidays it skipped.
 */
import type { CourtReport, ReportVersion } from './report';
import {
  holidaysSkipped,
  weekendsOnly,
  workingDaysBefore,
  workingDaysBetween,
  type PublicHolidays,
  type SkippedHoliday,
} from './workingDays';

/** The newest version the caregiver was given to read: their comments are about it. */
export function reviewedVersion(report: CourtReport): ReportVersion | undefined {
  return report.versions.findLast((version) => version.sharedWith !== undefined);
}

export type ReviewWindowNotice =
  | { kind: 'no-hearing-date' }
  /** Not shared yet, and there is still time: the last day to share it. */
  | { kind: 'share-by'; date: string; skipped: SkippedHoliday[] }
  /** Not shared yet, and even today leaves fewer working days than set. */
  | { kind: 'too-late'; days: number; skipped: SkippedHoliday[] }
  /** Shared, with fewer working days than set. */
  | { kind: 'short'; days: number; skipped: SkippedHoliday[] }
  | { kind: 'met' };

export function reviewWindowNotice(
  report: CourtReport,
  today: string,
  holidays: PublicHolidays = weekendsOnly,
): ReviewWindowNotice {
  const hearing = report.hearing.date;
  if (hearing === undefined) return { kind: 'no-hearing-date' };
  const required = report.reviewWorkingDays;
  const shared = reviewedVersion(report)?.sharedWith;
  if (shared !== undefined) {
    const days = workingDaysBetween(shared.date, hearing, holidays);
    if (days >= required) return { kind: 'met' };
    return { kind: 'short', days: Math.max(0, days), skipped: holidaysSkipped(shared.date, hearing, holidays) };
  }
  const last = workingDaysBefore(hearing, required, holidays);
  if (last >= today) return { kind: 'share-by', date: last, skipped: holidaysSkipped(last, hearing, holidays) };
  return {
    kind: 'too-late',
    days: Math.max(0, workingDaysBetween(today, hearing, holidays)),
    skipped: holidaysSkipped(today, hearing, holidays),
  };
}
