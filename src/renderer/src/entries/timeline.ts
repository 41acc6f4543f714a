/**
 * The case timeline as rows: reflections and recorded sessions (missed, cancelled, moved) newest
 * first, a heading row where the phase changes, after the filters. Pure, so filtering and grouping
 * thousands of entries is tested without a DOM.
 */
import type { AttendanceRecord } from '../../../shared/domain/attendance';
import type { Entry } from '../../../shared/domain/entry';
import type { Phase, SectionVisibility, TensionType } from '../../../shared/domain/taxonomy';
import type { Rupture } from '../../../shared/charts/chartData';
import type { EntryOverview } from '../../../shared/journal/caseOverview';

export type TimelineEntry = Pick<
  EntryOverview,
  'id' | 'sessionDate' | 'phase' | 'visibilities' | 'tensions' | 'createdAt'
>;

export interface TimelineFilters {
  phase?: Phase;
  tensionType?: TensionType;
  /** A kind of rupture, or `any` for any rupture. */
  rupture?: Rupture | 'any';
  /** Entries with at least one section of this visibility. */
  visibility?: SectionVisibility;
}

export function matchesFilters(entry: TimelineEntry, filters: TimelineFilters): boolean {
  if (filters.phase !== undefined && entry.phase !== filters.phase) return false;
  if (filters.tensionType !== undefined && !entry.tensions.some((tension) => tension.type === filters.tensionType))
    return false;
  const { rupture } = filters;
  if (
    rupture !== undefined &&
    !entry.tensions.some((tension) => (rupture === 'any' ? tension.rupture !== 'none' : tension.rupture === rupture))
  )
    return false;
  if (filters.visibility !== undefined && !entry.visibilities.includes(filters.visibility)) return false;
  return true;
}

/** Newest session first; on the same day, the one written last first. */
export function newestFirst<T extends Pick<Entry, 'sessionDate' | 'createdAt'>>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => b.sessionDate.localeCompare(a.sessionDate) || b.createdAt.localeCompare(a.createdAt),
  );
}

export type TimelineRow<T extends TimelineEntry = TimelineEntry> =
  | { kind: 'phase'; key: string; phase: Phase; count: number }
  | { kind: 'entry'; key: string; entry: T }
  | { kind: 'attendance'; key: string; record: AttendanceRecord };

/** The case's recorded sessions, each with the phase the case was in on its planned day. */
export interface TimelineAttendance {
  records: readonly AttendanceRecord[];
  phaseOn: (date: string) => Phase;
}

/** A recorded session shows while only the phase is filtered: the other filters are about what a reflection says. */
function attendanceShown(filters: TimelineFilters): boolean {
  return filters.tensionType === undefined && filters.rupture === undefined && filters.visibility === undefined;
}

type Dated<T> =
  | { kind: 'entry'; date: string; phase: Phase; entry: T }
  | { kind: 'attendance'; date: string; phase: Phase; record: AttendanceRecord };

/**
 * Rows for the list: a phase heading before each run of rows in one phase, then the rows. The
 * heading counts reflections; on the same day a reflection comes before a recorded session.
 */
export function timelineRows<T extends TimelineEntry>(
  entries: readonly T[],
  filters: TimelineFilters = {},
  attendance?: TimelineAttendance,
): TimelineRow<T>[] {
  const dated: Dated<T>[] = newestFirst(entries.filter((candidate) => matchesFilters(candidate, filters))).map(
    (entry) => ({ kind: 'entry', date: entry.sessionDate, phase: entry.phase, entry }),
  );
  if (attendance !== undefined && attendanceShown(filters)) {
    const records = [...attendance.records]
      .sort((a, b) => b.plannedOn.localeCompare(a.plannedOn) || b.createdAt.localeCompare(a.createdAt))
      .map((record): Dated<T> => ({
        kind: 'attendance',
        date: record.plannedOn,
        phase: attendance.phaseOn(record.plannedOn),
        record,
      }))
      .filter((row) => filters.phase === undefined || row.phase === filters.phase);
    dated.push(...records);
    // Stable: entries keep their order, and on one day stay before the records.
    dated.sort((a, b) => b.date.localeCompare(a.date) || (a.kind === b.kind ? 0 : a.kind === 'entry' ? -1 : 1));
  }
  const rows: TimelineRow<T>[] = [];
  let heading: { kind: 'phase'; key: string; phase: Phase; count: number } | undefined;
  for (const row of dated) {
    if (heading === undefined || heading.phase !== row.phase) {
      heading = { kind: 'phase', key: `phase-${rows.length}-${row.phase}`, phase: row.phase, count: 0 };
      rows.push(heading);
    }
    if (row.kind === 'entry') {
      heading.count += 1;
      rows.push({ kind: 'entry', key: row.entry.id, entry: row.entry });
    } else rows.push({ kind: 'attendance', key: `attendance-${row.record.id}`, record: row.record });
  }
  return rows;
}

/** Whether any filter is set. */
export function isFiltered(filters: TimelineFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}
