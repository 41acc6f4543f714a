/**
 * The ecomap of a case for a period. A line is tied to a party only where the journal says who:
 *
 * 1. A tension placed in a primary relationship ("parent-child") that names the party among its
 *    parties: the party's line was strained in that session.
 * 2. A relationship note ("parent-child: strong") when the party is the case's only one of that
 *    role. With two parents the note could be about either, so it stays off both lines and is
 *    counted as unplaced: guessing from who attended would be inventing.
 *
 * Professional–child notes are never tied to a professional party by role: in the systemic
 * alliance that relationship is first the practitioner's, and the practitioner is no party.
 */
import type { SystemicRelationship } from '../domain/taxonomy';
import { levelOfRelationship } from '../domain/taxonomy';
import type { Ecomap, EcomapLine, LineQuality, UnplacedNotes, UnplacedReason } from './ecomap';
import type { EcomapEntry, EcomapPeriod, EcomapSource } from './input';
import { adultRoleOf, lineRelationship } from './lineRelationship';

interface Tally {
  strong: Set<string>;
  strained: Set<string>;
}

const emptyTally = (): Tally => ({ strong: new Set(), strained: new Set() });

/** Whether a session falls in the period. */
export function inPeriod(entry: Pick<EcomapEntry, 'sessionDate'>, period: EcomapPeriod): boolean {
  return (
    (period.from === undefined || entry.sessionDate >= period.from) &&
    (period.to === undefined || entry.sessionDate <= period.to)
  );
}

export function buildEcomap(source: EcomapSource, period: EcomapPeriod = {}): Ecomap {
  const entries = source.entries.filter((entry) => inPeriod(entry, period));
  const byRole = new Map<string, string[]>();
  for (const party of source.parties) byRole.set(party.role, [...(byRole.get(party.role) ?? []), party.id]);

  const tallies = new Map<string, Tally>();
  const tallyOf = (partyId: string): Tally => {
    let tally = tallies.get(partyId);
    if (tally === undefined) tallies.set(partyId, (tally = emptyTally()));
    return tally;
  };
  const unplaced = new Map<string, Tally & { relationship: SystemicRelationship; reason: UnplacedReason }>();
  const unplace = (relationship: SystemicRelationship, reason: UnplacedReason): Tally => {
    const key = `${relationship}|${reason}`;
    let tally = unplaced.get(key);
    if (tally === undefined) unplaced.set(key, (tally = { ...emptyTally(), relationship, reason }));
    return tally;
  };
  const partyIds = new Set(source.parties.map((party) => party.id));
  const roleOf = new Map(source.parties.map((party) => [party.id, party.role]));

  for (const entry of entries) {
    for (const tension of entry.tensions) {
      if (tension.relationship === undefined || levelOfRelationship(tension.relationship) !== 'primary') continue;
      for (const partyId of tension.parties) {
        const role = roleOf.get(partyId);
        if (role !== undefined && partyIds.has(partyId) && lineRelationship(role) === tension.relationship)
          tallyOf(partyId).strained.add(entry.id);
      }
    }
    for (const note of entry.relationships) {
      const target = noteTarget(note.relationship, byRole);
      const tally = 'partyId' in target ? tallyOf(target.partyId) : unplace(note.relationship, target.reason);
      tally[note.quality].add(entry.id);
    }
  }

  const lines = source.parties
    .filter((party) => party.role !== 'child')
    .map((party): EcomapLine => {
      const relationship = lineRelationship(party.role);
      const tally = tallies.get(party.id) ?? emptyTally();
      const quality = qualityOf(tally);
      const line: EcomapLine = {
        partyId: party.id,
        role: party.role,
        quality,
        strongSessions: tally.strong.size,
        strainedSessions: tally.strained.size,
        sessions: new Set([...tally.strong, ...tally.strained]).size,
      };
      if (relationship !== undefined) line.relationship = relationship;
      if (quality === 'no-data')
        line.noDataReason =
          relationship === undefined
            ? 'no-relationship-for-role'
            : (byRole.get(party.role)?.length ?? 0) > 1 && unplaced.has(`${relationship}|role-shared`)
              ? 'role-shared'
              : 'no-notes';
      return line;
    });

  return {
    period: { ...period },
    sessions: entries.length,
    centre: byRole.get('child') ?? [],
    lines,
    unplaced: [...unplaced.values()].map((tally): UnplacedNotes => ({
      relationship: tally.relationship,
      reason: tally.reason,
      strongSessions: tally.strong.size,
      strainedSessions: tally.strained.size,
    })),
  };
}

/** The party a relationship note belongs to, or why it belongs to none. */
function noteTarget(
  relationship: SystemicRelationship,
  byRole: ReadonlyMap<string, readonly string[]>,
): { partyId: string } | { reason: UnplacedReason } {
  if (levelOfRelationship(relationship) === 'secondary') return { reason: 'secondary' };
  if (relationship === 'professional-child') return { reason: 'practitioner-or-professional' };
  const role = adultRoleOf(relationship);
  const holders = role === undefined ? [] : (byRole.get(role) ?? []);
  const [only] = holders;
  if (holders.length === 1 && only !== undefined) return { partyId: only };
  return { reason: holders.length === 0 ? 'no-party' : 'role-shared' };
}

function qualityOf(tally: Tally): LineQuality {
  if (tally.strong.size > 0 && tally.strained.size > 0) return 'mixed';
  if (tally.strong.size > 0) return 'strong';
  if (tally.strained.size > 0) return 'strained';
  return 'no-data';
}
