/** The alliance part of a brief: mean ratings per phase and the data the chart draws. */
import { allianceTimeline, type ChartEntry, type ElementRatings } from '../../charts/chartData';
import { allianceElements } from '../../domain/ratings';
import { phases } from '../../domain/taxonomy';
import type { AllianceRow, AllianceSection } from './briefModel';
import type { SharedEntry } from './sharedContent';

/** Ratings, tension types and rupture kinds only: tension notes and parties never reach the chart. */
export function chartSourceOf(entries: readonly SharedEntry[]): ChartEntry[] {
  return entries.map((entry) => ({
    id: entry.id,
    sessionDate: entry.sessionDate,
    phase: entry.phase,
    ratings: entry.ratings,
    tensions: entry.tensions.map(({ type, rupture }) => ({ type, rupture })),
  }));
}

function mean(ratings: readonly ElementRatings[]): ElementRatings | undefined {
  if (ratings.length === 0) return undefined;
  const average = (element: keyof ElementRatings) =>
    Math.round((ratings.reduce((sum, rating) => sum + rating[element], 0) / ratings.length) * 10) / 10;
  return Object.fromEntries(allianceElements.map((element) => [element, average(element)])) as ElementRatings;
}

function row(points: ReturnType<typeof allianceTimeline>, phase?: AllianceRow['phase']): AllianceRow {
  const practitioner = mean(points.flatMap((point) => (point.practitioner === undefined ? [] : [point.practitioner])));
  const caregiver = mean(points.flatMap((point) => (point.caregiver === undefined ? [] : [point.caregiver])));
  return {
    ...(phase === undefined ? {} : { phase }),
    sessions: points.filter((point) => point.practitioner !== undefined || point.caregiver !== undefined).length,
    ...(practitioner === undefined ? {} : { practitioner }),
    ...(caregiver === undefined ? {} : { caregiver }),
    ruptures: points.reduce((sum, point) => sum + point.ruptures.length, 0),
  };
}

/** One row per phase with sessions, then the whole period; `caregiverOf` names who rated. */
export function allianceSection(
  entries: readonly SharedEntry[],
  caregiverOf: (partyId: string) => string | undefined,
): AllianceSection {
  const chartSource = chartSourceOf(entries);
  const points = allianceTimeline({ entries: chartSource });
  const rows = phases
    .map((phase) =>
      row(
        points.filter((point) => point.phase === phase),
        phase,
      ),
    )
    .filter((item) => item.sessions > 0 || item.ruptures > 0);
  const raters = new Set(
    entries.flatMap((entry) => (entry.ratings.caregiver ? [entry.ratings.caregiver.partyId] : [])),
  );
  const [only] = [...raters];
  const caregiver = raters.size === 1 && only !== undefined ? caregiverOf(only) : undefined;
  return {
    rows: rows.length > 1 ? [...rows, row(points)] : rows,
    chartSource,
    ...(caregiver === undefined ? {} : { caregiver }),
  };
}
