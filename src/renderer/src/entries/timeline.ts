/**
 * The case timeline as rows: reflections newest first, a heading row where the phase changes,
 * after the filters. Pure, so filtering and grouping thousands of entries is tested without a DOM.
 */
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
  { kind: 'phase'; key: string; phase: Phase; count: number } | { kind: 'entry'; key: string; entry: T };

/** Rows for the list: a phase heading before each run of entries in one phase, then the entries. */
export function timelineRows<T extends TimelineEntry>(
  entries: readonly T[],
  filters: TimelineFilters = {},
): TimelineRow<T>[] {
  const rows: TimelineRow<T>[] = [];
  let heading: { kind: 'phase'; key: string; phase: Phase; count: number } | undefined;
  for (const entry of newestFirst(entries.filter((candidate) => matchesFilters(candidate, filters)))) {
    if (heading === undefined || heading.phase !== entry.phase) {
      heading = { kind: 'phase', key: `phase-${rows.length}-${entry.phase}`, phase: entry.phase, count: 0 };
      rows.push(heading);
    }
    heading.count += 1;
    rows.push({ kind: 'entry', key: entry.id, entry });
  }
  return rows;
}

/** Whether any filter is set. */
export function isFiltered(filters: TimelineFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}
