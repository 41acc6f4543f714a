/**
 * The case as every rule reads it: entries in session order, attendance in date order, and the
 * thresholds. Sorting here, once, is what makes the warnings the same whatever order the caller
 * passes things in.
 */
import type { AllianceEntry, AttendanceRecord, WarningInput } from './input';
import type { WarningThresholds } from './thresholds';
import type { WarningSession } from './warning';

export interface CaseView {
  /** By session date, then by when the entry was written, then by id. */
  entries: readonly AllianceEntry[];
  parties: WarningInput['parties'];
  /** By date, then by id. */
  attendance: readonly AttendanceRecord[];
  thresholds: WarningThresholds;
}

export function caseView(input: WarningInput, thresholds: WarningThresholds): CaseView {
  const written = new Map(input.entries.map((entry) => [entry, Date.parse(entry.createdAt)]));
  const entries = [...input.entries].sort(
    (a, b) =>
      compare(a.sessionDate, b.sessionDate) || compare(written.get(a) ?? 0, written.get(b) ?? 0) || compare(a.id, b.id),
  );
  const attendance = [...(input.attendance ?? [])].sort(
    (a, b) => compare(a.plannedOn, b.plannedOn) || compare(a.id, b.id),
  );
  return { entries, parties: input.parties, attendance, thresholds };
}

/** The latest sessions that count as "now" for R3, R4, R6 and R7. */
export function recentEntries(view: CaseView): readonly AllianceEntry[] {
  return view.entries.slice(-view.thresholds.recentSessions);
}

export function sessionOf(entry: AllianceEntry): WarningSession {
  return { entryId: entry.id, date: entry.sessionDate };
}

// Plain comparison, not localeCompare: ids and ISO dates sort the same in every locale.
export function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
