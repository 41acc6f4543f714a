/**
 * Where a case still refers to one of its parties, said so a practitioner can find it: which
 * goal, which reflection (by session date) and which part of it, earlier versions included.
 */
import type { CaseWithEntries } from '../../shared/domain/case';
import type { EntryContent } from '../../shared/domain/entry';

/** At most this many places are named; the rest are counted. */
const placesNamed = 5;

/** The places that refer to `partyId`, such as `the reflection of 2025-03-14 (attendees, a tension)`. */
export function describePartyReferences(journalCase: CaseWithEntries, partyId: string): string[] {
  const places: string[] = [];
  for (const goal of journalCase.goals) {
    if (goal.agreedWith.includes(partyId)) places.push(`the goal "${goal.description}"`);
  }
  for (const entry of journalCase.entries) {
    const parts = referringParts(entry, partyId);
    if (parts.length > 0) places.push(`the reflection of ${entry.sessionDate} (${parts.join(', ')})`);
    const earlier = entry.history.filter((revision) => referringParts(revision.previous, partyId).length > 0);
    if (earlier.length > 0) {
      const versions = earlier.length === 1 ? 'an earlier version' : `${earlier.length} earlier versions`;
      places.push(`${versions} of the reflection of ${entry.sessionDate}`);
    }
  }
  if (places.length <= placesNamed) return places;
  return [...places.slice(0, placesNamed), `${places.length - placesNamed} more`];
}

function referringParts(content: EntryContent, partyId: string): string[] {
  const parts: string[] = [];
  if (content.attendees.includes(partyId)) parts.push('attendees');
  if (
    content.sections.some(
      (section) =>
        section.statementBy !== undefined &&
        'partyId' in section.statementBy &&
        section.statementBy.partyId === partyId,
    )
  ) {
    parts.push('whose statement');
  }
  if (content.tensions.some((tension) => tension.parties.includes(partyId))) parts.push('a tension');
  if (content.ratings.caregiver?.partyId === partyId) parts.push("the caregiver's rating");
  return parts;
}
