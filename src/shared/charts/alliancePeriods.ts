/**
 * The alliance by week or by month, for cases with more sessions than a line can show one by one
 * (past about 60 the per-session chart is a band of zig-zags). Each period gets the median of
 * its sessions' ratings, element by element and side by side: a median, not a mean, so one
 * unusual session does not move a month.
 */
import { allianceElements } from '../domain/ratings';
import type { Phase } from '../domain/taxonomy';
import { ruptures, type AlliancePoint, type ElementRatings, type Rupture } from './chartData';

export type AlliancePeriod = 'session' | 'week' | 'month';
export type GroupingPeriod = Exclude<AlliancePeriod, 'session'>;
export const alliancePeriods: readonly AlliancePeriod[] = ['session', 'week', 'month'];

/** Up to this many points the chart shows each one; past it, a coarser period is suggested. */
export const mostPointsShown = 60;

/** One week (Monday to Sunday) or one calendar month of sessions. */
export interface AllianceGroup {
  period: GroupingPeriod;
  /** The period's first and last day, `YYYY-MM-DD`. */
  start: string;
  end: string;
  sessions: number;
  /** The phase most of its sessions were in (on a tie, the later one). */
  phase: Phase;
  /** Medians of the sessions rated by each side, and how many sessions that was. */
  practitioner?: ElementRatings;
  practitionerSessions: number;
  caregiver?: ElementRatings;
  caregiverSessions: number;
  /** Sessions with a rupture of each kind. */
  ruptures: Record<Rupture, number>;
}

const dayMilliseconds = 86_400_000;

function utcDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function isoDate(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** The first and last day of the week (Monday first) or month holding a date. */
export function periodOf(date: string, period: GroupingPeriod): { start: string; end: string } {
  const day = utcDay(date);
  if (period === 'month') {
    const start = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
    const end = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0));
    return { start: isoDate(start), end: isoDate(end) };
  }
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  const start = new Date(day.getTime() - sinceMonday * dayMilliseconds);
  return { start: isoDate(start), end: isoDate(new Date(start.getTime() + 6 * dayMilliseconds)) };
}

/** The middle value; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

function medians(ratings: readonly ElementRatings[]): ElementRatings | undefined {
  if (ratings.length === 0) return undefined;
  return Object.fromEntries(
    allianceElements.map((element) => [element, median(ratings.map((rating) => rating[element]))]),
  ) as ElementRatings;
}

function mainPhase(points: readonly AlliancePoint[]): Phase {
  const counts = new Map<Phase, number>();
  let chosen: Phase = points[0]?.phase ?? 'start';
  for (const point of points) {
    const count = (counts.get(point.phase) ?? 0) + 1;
    counts.set(point.phase, count);
    if (count >= (counts.get(chosen) ?? 0)) chosen = point.phase;
  }
  return chosen;
}

/** The sessions (oldest first, as `allianceTimeline` gives them) grouped by week or month, oldest first. */
export function groupAlliance(points: readonly AlliancePoint[], period: GroupingPeriod): AllianceGroup[] {
  const byStart = new Map<string, AlliancePoint[]>();
  for (const point of points) {
    const { start } = periodOf(point.sessionDate, period);
    const members = byStart.get(start);
    if (members === undefined) byStart.set(start, [point]);
    else members.push(point);
  }
  return [...byStart.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([start, members]) => {
      const practitioner = members.flatMap((point) => (point.practitioner === undefined ? [] : [point.practitioner]));
      const caregiver = members.flatMap((point) => (point.caregiver === undefined ? [] : [point.caregiver]));
      const group: AllianceGroup = {
        period,
        start,
        end: periodOf(start, period).end,
        sessions: members.length,
        phase: mainPhase(members),
        practitionerSessions: practitioner.length,
        caregiverSessions: caregiver.length,
        ruptures: Object.fromEntries(
          ruptures.map((kind) => [kind, members.filter((point) => point.ruptures.includes(kind)).length]),
        ) as Record<Rupture, number>,
      };
      const practitionerMedians = medians(practitioner);
      const caregiverMedians = medians(caregiver);
      if (practitionerMedians !== undefined) group.practitioner = practitionerMedians;
      if (caregiverMedians !== undefined) group.caregiver = caregiverMedians;
      return group;
    });
}

/** Each group as one point of the chart, dated by the first day of its period. */
export function groupPoints(groups: readonly AllianceGroup[]): AlliancePoint[] {
  return groups.map((group) => {
    const point: AlliancePoint = {
      entryId: `${group.period}:${group.start}`,
      sessionDate: group.start,
      phase: group.phase,
      ruptures: ruptures.filter((kind) => group.ruptures[kind] > 0),
    };
    if (group.practitioner !== undefined) point.practitioner = group.practitioner;
    if (group.caregiver !== undefined) point.caregiver = group.caregiver;
    return point;
  });
}

/**
 * The period a chart of these sessions opens on: each session up to `mostPointsShown`, then
 * weeks while there are no more than that many weeks, else months.
 */
export function suggestedPeriod(points: readonly AlliancePoint[]): AlliancePeriod {
  if (points.length <= mostPointsShown) return 'session';
  const weeks = new Set(points.map((point) => periodOf(point.sessionDate, 'week').start));
  return weeks.size <= mostPointsShown ? 'week' : 'month';
}
