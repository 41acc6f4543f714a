/** Small cases for the ecomap tests, built by hand so every count is visible in the test. */
import type { EcomapEntry, EcomapParty, EcomapSource } from '../../../src/shared/ecomap';

export function session(id: string, sessionDate: string, extra: Partial<EcomapEntry> = {}): EcomapEntry {
  return { id, sessionDate, relationships: [], tensions: [], ...extra };
}

export function source(parties: EcomapParty[], entries: EcomapEntry[], openedAt = '2025-01-06'): EcomapSource {
  return { openedAt, parties, entries };
}

/** A child, one mother, one grandmother who cares day to day, a psychologist, an uncle and the court. */
export const family: EcomapParty[] = [
  { id: 'child', role: 'child' },
  { id: 'mother', role: 'parent' },
  { id: 'grandmother', role: 'caregiver' },
  { id: 'psychologist', role: 'professional' },
  { id: 'uncle', role: 'relative' },
  { id: 'court', role: 'court' },
];
