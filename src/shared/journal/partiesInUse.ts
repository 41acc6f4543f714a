import type { CaseWithEntries } from '../domain/case';
import type { EntryContent } from '../domain/entry';

type ReferringContent = Pick<EntryContent, 'attendees' | 'sections' | 'tensions' | 'ratings'>;

function referencedBy(content: ReferringContent, found: Set<string>): void {
  for (const id of content.attendees) found.add(id);
  for (const section of content.sections) {
    if (section.statementBy !== undefined && 'partyId' in section.statementBy) found.add(section.statementBy.partyId);
  }
  for (const tension of content.tensions) for (const id of tension.parties) found.add(id);
  const caregiver = content.ratings.caregiver?.partyId;
  if (caregiver !== undefined) found.add(caregiver);
}

/**
 * Ids of the parties that a reflection (or an earlier version of one) names. Such a party cannot
 * be removed: the journal would refuse a reflection that points at nobody.
 */
export function partiesInUse(journalCase: Pick<CaseWithEntries, 'entries'>): Set<string> {
  const found = new Set<string>();
  for (const entry of journalCase.entries) {
    referencedBy(entry, found);
    for (const revision of entry.history) referencedBy(revision.previous, found);
  }
  return found;
}
