/**
 * What the case list shows without opening a case file: kept in the encrypted index so the list
 * appears right after unlock, whatever the number of entries.
 */
import { z } from 'zod';
import { calendarDateSchema, idSchema } from '../domain/primitives';
import { attendanceStatuses, caseStatuses, phases } from '../domain/taxonomy';
import type { CaseWithEntries } from '../domain/case';

/** Session dates kept in the summary: enough for "sessions in the last 30 days" at any pace. */
const recentDatesKept = 60;
/** Practitioner alliance averages kept for the trend mark, newest last. */
const recentRatingsKept = 6;
/** Attendance records kept in the summary: enough for "3 of 4 in the last 30 days" at any pace. */
const recentAttendanceKept = 60;

/** What became of one planned session, as the case list counts it (no note, no id). */
export const attendanceMarkSchema = z.strictObject({
  plannedOn: calendarDateSchema,
  status: z.enum(attendanceStatuses),
});
export type AttendanceMark = z.infer<typeof attendanceMarkSchema>;

/** A case's line before case-list format 4: no attendance. Still read, and completed (`indexMigrations/`). */
const earlierCaseSummaryShape = {
  id: idSchema,
  alias: z.string(),
  phase: z.enum(phases),
  status: z.enum(caseStatuses),
  openedAt: calendarDateSchema,
  entryCount: z.number().int().nonnegative(),
  lastSessionDate: calendarDateSchema.optional(),
  /** The newest session dates, newest first. */
  recentSessionDates: z.array(calendarDateSchema),
  /** Mean of bond, goals and tasks as the practitioner rated them, oldest first. */
  recentAllianceScores: z.array(z.number()),
  updatedAt: z.string(),
};
export const earlierCaseSummarySchema = z.strictObject(earlierCaseSummaryShape);
export type EarlierCaseSummary = z.infer<typeof earlierCaseSummarySchema>;

export const caseSummarySchema = z.strictObject({
  ...earlierCaseSummaryShape,
  /** The newest attendance records, newest first. */
  recentAttendance: z.array(attendanceMarkSchema),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

/**
 * The cases whose export log (`exports/<id>.alz`) or court-report file (`reports/<id>.alz`) was
 * made. Each id is added when that file is first written and never removed, so a file listed here
 * that is missing was deleted: an error, never a reason to start an empty one.
 */
export const caseFilesSchema = z.strictObject({
  exports: z.array(idSchema),
  reports: z.array(idSchema),
});
export type CaseFiles = z.infer<typeof caseFilesSchema>;

/** The index as this version writes it. */
export const journalIndexSchema = z.strictObject({
  version: z.literal(2),
  cases: z.array(caseSummarySchema),
  caseFiles: caseFilesSchema,
  /**
   * The ids of the new cases an import is writing, written before their first file and gone
   * from the index that adds them. Still here at the next unlock, they name what an import that
   * was killed left behind: files the index does not name, which are removed then.
   */
  importing: z.array(idSchema).optional(),
});
export type JournalIndex = z.infer<typeof journalIndexSchema>;

/** Version 1 (before `caseFiles`): still read; written as version 2 with the next change. */
export const journalIndexV1Schema = z.strictObject({
  version: z.literal(1),
  cases: z.array(earlierCaseSummarySchema),
});

/** Version 2 as written, one JSON value: its lines have no attendance. */
const journalIndexV2Schema = z.strictObject({
  ...journalIndexSchema.shape,
  cases: z.array(earlierCaseSummarySchema),
});

/** Every index version this app reads; its lines may lack attendance (`indexMigrations/toVersion4.ts`). */
export const storedIndexSchema = z.discriminatedUnion('version', [journalIndexV1Schema, journalIndexV2Schema]);
export type StoredIndex = z.infer<typeof storedIndexSchema>;

export const emptyIndex: JournalIndex = { version: 2, cases: [], caseFiles: { exports: [], reports: [] } };

/**
 * What the case list shows of a case. One pass over the entries, keeping only the newest few
 * (dates newest first, equal dates in the order the entries were written): saving a reflection
 * in a case of thousands summarizes it again without sorting them all.
 */
export function summarizeCase(journalCase: CaseWithEntries): CaseSummary {
  const newest = newestFirst<string>(recentDatesKept);
  const rated = newestFirst<number>(recentRatingsKept);
  // From the last written: entries are mostly written in date order, so most are older than all
  // kept and cost one comparison.
  for (let index = journalCase.entries.length - 1; index >= 0; index -= 1) {
    const entry = journalCase.entries[index] as CaseWithEntries['entries'][number];
    newest.offer(entry.sessionDate, entry.sessionDate);
    const rating = entry.ratings.practitioner;
    if (rating !== undefined) rated.offer(entry.sessionDate, (rating.bond + rating.goals + rating.tasks) / 3);
  }
  const dates = newest.values();
  return {
    recentAttendance: recentAttendanceOf(journalCase),
    id: journalCase.id,
    alias: journalCase.alias,
    phase: journalCase.phase,
    status: journalCase.status,
    openedAt: journalCase.openedAt,
    entryCount: journalCase.entries.length,
    ...(dates[0] === undefined ? {} : { lastSessionDate: dates[0] }),
    recentSessionDates: dates,
    recentAllianceScores: rated.values().reverse(),
    updatedAt: journalCase.updatedAt,
  };
}

/** The case's newest attendance records, newest first, as the case list counts them. */
export function recentAttendanceOf(journalCase: Pick<CaseWithEntries, 'attendance'>): AttendanceMark[] {
  const newest = newestFirst<AttendanceMark>(recentAttendanceKept);
  const records = journalCase.attendance ?? [];
  for (let index = records.length - 1; index >= 0; index -= 1) {
    const { plannedOn, status } = records[index] as NonNullable<CaseWithEntries['attendance']>[number];
    newest.offer(plannedOn, { plannedOn, status });
  }
  return newest.values();
}

/**
 * The `limit` newest of the values offered, by calendar date (YYYY-MM-DD sorts as text), newest
 * first. Values are offered from the last written to the first; of equal dates, the one written
 * first (offered later) goes first, as a stable sort of the entries would leave them.
 */
function newestFirst<T>(limit: number) {
  const kept: { date: string; value: T }[] = [];
  return {
    offer(date: string, value: T): void {
      const last = kept.at(-1);
      if (kept.length === limit && last !== undefined && date < last.date) return;
      // Before every kept date at or before this one.
      let low = 0;
      let high = kept.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((kept[middle] as { date: string }).date > date) low = middle + 1;
        else high = middle;
      }
      kept.splice(low, 0, { date, value });
      if (kept.length > limit) kept.pop();
    },
    values: (): T[] => kept.map((item) => item.value),
  };
}
