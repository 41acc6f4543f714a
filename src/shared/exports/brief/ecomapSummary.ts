/**
 * The ecomap part of a brief: the family's ecomap drawn over the brief's sessions only (its period
 * and phases), each party named by the pseudonym de-identification gave it. What reaches the map
 * from a session is which relationships were noted strong or strained and which parties a
 * tension in a relationship names: no note, no tension text.
 */
import type { CaseWithEntries } from '../../domain/case';
import { buildEcomap } from '../../ecomap/buildEcomap';
import type { BriefEcomap } from './briefModel';
import type { SharedEntry } from './sharedContent';

export function ecomapSection(
  journalCase: Pick<CaseWithEntries, 'openedAt' | 'closedAt' | 'parties'>,
  entries: readonly SharedEntry[],
  party: (partyId: string) => string | undefined,
): BriefEcomap | undefined {
  if (!journalCase.parties.some((each) => each.role !== 'child')) return undefined;
  const map = buildEcomap({
    openedAt: journalCase.openedAt,
    closedAt: journalCase.closedAt,
    parties: journalCase.parties.map(({ id, role }) => ({ id, role })),
    entries,
  });
  // Every party has a pseudonym (one is assigned to each on building the de-identifier); an empty
  // label would only ever stand for a party the model no longer knows, never for a name.
  return { map, parties: journalCase.parties.map((each) => ({ partyId: each.id, label: party(each.id) ?? '' })) };
}
