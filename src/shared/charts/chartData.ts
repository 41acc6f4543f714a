/**
 * What the charts read from a case: session dates, phases, ratings and tensions. Pure data, so
 * the app's tables and the exports show the same numbers as the pictures.
 */
import type { Entry } from '../domain/entry';
import type { AllianceElement } from '../domain/ratings';
import type { Tension } from '../domain/reflexivity';
import { phases, tensionTypes, type Phase, type RuptureKind, type TensionType } from '../domain/taxonomy';

/** The part of an entry the charts use: of its tensions, only the type and whether it became a rupture. */
export type ChartEntry = Pick<Entry, 'id' | 'sessionDate' | 'phase' | 'ratings'> & {
  tensions: readonly Pick<Tension, 'type' | 'rupture'>[];
};

/** A case, or anything with entries. */
export interface ChartSource {
  entries: readonly ChartEntry[];
}

export type Rupture = Exclude<RuptureKind, 'none'>;
export const ruptures: readonly Rupture[] = ['withdrawal', 'confrontation'];

export type ElementRatings = Record<AllianceElement, number>;

/** One session on the alliance chart. */
export interface AlliancePoint {
  entryId: string;
  sessionDate: string;
  phase: Phase;
  practitioner?: ElementRatings;
  caregiver?: ElementRatings & { partyId?: string };
  /** The kinds of rupture noted in the session, each once. */
  ruptures: Rupture[];
}

/** Every session, oldest first (same-day sessions keep their order in the case). */
export function allianceTimeline(source: ChartSource): AlliancePoint[] {
  return [...source.entries]
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.sessionDate.localeCompare(b.entry.sessionDate) || a.index - b.index)
    .map(({ entry }) => {
      const { practitioner, caregiver } = entry.ratings;
      const point: AlliancePoint = {
        entryId: entry.id,
        sessionDate: entry.sessionDate,
        phase: entry.phase,
        ruptures: ruptures.filter((kind) => entry.tensions.some((tension) => tension.rupture === kind)),
      };
      if (practitioner !== undefined) point.practitioner = { ...practitioner };
      if (caregiver !== undefined) point.caregiver = { ...caregiver };
      return point;
    });
}

/** A run of consecutive sessions in one phase, by position in the timeline (inclusive). */
export interface PhaseBand {
  phase: Phase;
  first: number;
  last: number;
}

/** The runs of sessions by phase, in timeline order. A case that goes back to a phase gets a new band. */
export function phaseBands(points: readonly Pick<AlliancePoint, 'phase'>[]): PhaseBand[] {
  const bands: PhaseBand[] = [];
  points.forEach((point, index) => {
    const current = bands.at(-1);
    if (current !== undefined && current.phase === point.phase) current.last = index;
    else bands.push({ phase: point.phase, first: index, last: index });
  });
  return bands;
}

export interface TensionRow {
  type: TensionType;
  counts: Record<Phase, number>;
  /** How many of those tensions became a rupture. */
  ruptures: number;
  total: number;
}

export interface TensionCounts {
  /** Tension types in taxonomy order; only those noted at least once unless `allTypes`. */
  rows: TensionRow[];
  totals: Record<Phase, number>;
  total: number;
}

const zeroByPhase = (): Record<Phase, number> => ({ start: 0, evaluation: 0, intervention: 0, closure: 0 });

/** How often each tension type was noted, by the phase of the session it was noted in. */
export function tensionCounts(source: ChartSource, options: { allTypes?: boolean } = {}): TensionCounts {
  const byType = new Map<TensionType, TensionRow>();
  const totals = zeroByPhase();
  for (const entry of source.entries) {
    for (const tension of entry.tensions) {
      let row = byType.get(tension.type);
      if (row === undefined) {
        row = { type: tension.type, counts: zeroByPhase(), ruptures: 0, total: 0 };
        byType.set(tension.type, row);
      }
      row.counts[entry.phase] += 1;
      row.total += 1;
      if (tension.rupture !== 'none') row.ruptures += 1;
      totals[entry.phase] += 1;
    }
  }
  const rows = tensionTypes
    .filter((type) => options.allTypes === true || byType.has(type))
    .map((type) => byType.get(type) ?? { type, counts: zeroByPhase(), ruptures: 0, total: 0 });
  return { rows, totals, total: phases.reduce((sum, phase) => sum + totals[phase], 0) };
}
