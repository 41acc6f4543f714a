/**
 * R3: in the latest session, among the recent ones, where the practitioner and a caregiver both
 * rated, the caregiver rated an element ≥ `perceptionGap` points below the practitioner, or
 * above (default 3). Clients and therapists see the alliance differently: clients tend to rate it
 * higher and the two agree only moderately (Tryon et al., 2007). One warning per element, per
 * caregiver; a later session rated by both without the gap replaces it.
 */
import { allianceElements } from '../../domain/ratings';
import { buildWarning } from '../buildWarning';
import { recentEntries, sessionOf, type CaseView } from '../caseView';
import type { AllianceEntry } from '../input';
import type { WarningOfRule } from '../warning';

export function perceptionGapWarnings(view: CaseView): WarningOfRule<'perception-gap'>[] {
  // The latest entry rated by both sides, per caregiver ('' when the entry does not say which).
  const latest = new Map<string, AllianceEntry>();
  for (const entry of recentEntries(view)) {
    const { practitioner, caregiver } = entry.ratings;
    if (practitioner !== undefined && caregiver !== undefined) latest.set(caregiver.partyId ?? '', entry);
  }
  const warnings: WarningOfRule<'perception-gap'>[] = [];
  for (const [caregiverKey, entry] of latest) {
    const { practitioner, caregiver } = entry.ratings;
    if (practitioner === undefined || caregiver === undefined) continue;
    for (const element of allianceElements) {
      const gap = caregiver[element] - practitioner[element];
      if (Math.abs(gap) < view.thresholds.perceptionGap) continue;
      warnings.push(
        buildWarning(
          'perception-gap',
          {
            level: 'perception-gap',
            sessions: [sessionOf(entry)],
            details: {
              ...(caregiver.partyId === undefined ? {} : { caregiverId: caregiver.partyId }),
              element,
              caregiver: caregiver[element],
              practitioner: practitioner[element],
              gap,
            },
          },
          [caregiverKey, element, entry.id],
        ),
      );
    }
  }
  return warnings;
}
