/**
 * The ratings of a case split by who gave them: the practitioner's, and each caregiver's apart,
 * since two caregivers' ratings are not one running series. Entries without a rating from that
 * side are left out, never counted as zero.
 */
import type { AllianceElement } from '../domain/ratings';
import type { AllianceEntry } from './input';
import type { RatingSeries } from './warning';

export type ElementRatings = Record<AllianceElement, number>;

export interface RatedSession {
  entry: AllianceEntry;
  ratings: ElementRatings;
}

export interface Series {
  /** `practitioner`, or `caregiver:` and the caregiver's party id (empty when not said). */
  key: string;
  series: RatingSeries;
  sessions: RatedSession[];
}

/** Every series of the case, each in session order (entries must come sorted). */
export function ratingSeries(entries: readonly AllianceEntry[]): Series[] {
  const found = new Map<string, Series>();
  const add = (key: string, series: RatingSeries, session: RatedSession) => {
    let target = found.get(key);
    if (target === undefined) {
      target = { key, series, sessions: [] };
      found.set(key, target);
    }
    target.sessions.push(session);
  };
  for (const entry of entries) {
    const { practitioner, caregiver } = entry.ratings;
    if (practitioner !== undefined) {
      add('practitioner', { perspective: 'practitioner' }, { entry, ratings: elementsOf(practitioner) });
    }
    if (caregiver !== undefined) {
      const series = caregiverSeries(caregiver.partyId);
      add(seriesKey(series), series, { entry, ratings: elementsOf(caregiver) });
    }
  }
  return [...found.values()];
}

/** A caregiver's series; without `caregiverId` when the entry does not say which caregiver. */
export function caregiverSeries(partyId: string | undefined): RatingSeries {
  return partyId === undefined ? { perspective: 'caregiver' } : { perspective: 'caregiver', caregiverId: partyId };
}

export function seriesKey(series: RatingSeries): string {
  return series.perspective === 'practitioner' ? 'practitioner' : `caregiver:${series.caregiverId ?? ''}`;
}

function elementsOf(ratings: ElementRatings): ElementRatings {
  return { bond: ratings.bond, goals: ratings.goals, tasks: ratings.tasks };
}
