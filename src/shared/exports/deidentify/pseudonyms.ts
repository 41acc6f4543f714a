/**
 * A stable pseudonym per party: a word for who they are and a number (children) or a letter
 * (everyone else), "Grandmother A", "Child 1". The assignment is kept with the case's export log, so the same
 * person has the same pseudonym in every brief, whatever parties are added or removed later.
 */
import { z } from 'zod';
import { idSchema } from '../../domain/primitives';
import { partyRoles, type PartyRole } from '../../domain/taxonomy';
import type { BriefLanguage } from '../language';
import { kinshipText, kinshipWord, kinshipWords } from './kinship';

export const pseudonymAssignmentSchema = z.strictObject({
  partyId: idSchema,
  role: z.enum(partyRoles),
  /** 1 for the first party of this role, 2 for the second… */
  ordinal: z.int().min(1),
});
export type PseudonymAssignment = z.infer<typeof pseudonymAssignmentSchema>;

/** Every word a pseudonym can be made of, in both languages, so warnings never flag one. */
export const pseudonymWords: readonly string[] = kinshipWords;

/** "A"… "Z", then "AA", "AB"… */
function letters(ordinal: number): string {
  let text = '';
  let rest = ordinal;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    text = String.fromCharCode(65 + digit) + text;
    rest = Math.floor((rest - 1) / 26);
  }
  return text;
}

/** The mark after the word: a number for children, a letter for everyone else. */
export function pseudonymMark(assignment: Pick<PseudonymAssignment, 'role' | 'ordinal'>): string {
  return assignment.role === 'child' ? String(assignment.ordinal) : letters(assignment.ordinal);
}

/**
 * The pseudonym of an assignment in a language: the word from the party's relationship when it
 * says who they are ("Abuela A", "Father B", "Niña 1"), else from the role ("Caregiver A").
 */
export function pseudonymLabel(
  assignment: Pick<PseudonymAssignment, 'role' | 'ordinal'>,
  language: BriefLanguage,
  relationship?: string,
) {
  return `${kinshipText(kinshipWord(assignment.role, relationship), language)} ${pseudonymMark(assignment)}`;
}

/**
 * The assignments for the parties now in the case, added to the earlier ones: a party keeps its
 * pseudonym; a new party, or one whose role changed, gets the next ordinal of its role, in case
 * order. Earlier assignments are never dropped, so an ordinal is never given to someone else.
 */
export function assignPseudonyms(
  parties: readonly { id: string; role: PartyRole }[],
  existing: readonly PseudonymAssignment[],
): PseudonymAssignment[] {
  const assignments = [...existing];
  for (const party of parties) {
    if (assignmentFor(assignments, party) !== undefined) continue;
    const taken = assignments.filter((assignment) => assignment.role === party.role).map((item) => item.ordinal);
    assignments.push({ partyId: party.id, role: party.role, ordinal: Math.max(0, ...taken) + 1 });
  }
  return assignments;
}

/** The assignment of a party in its current role. */
export function assignmentFor(
  assignments: readonly PseudonymAssignment[],
  party: { id: string; role: PartyRole },
): PseudonymAssignment | undefined {
  return assignments.find((assignment) => assignment.partyId === party.id && assignment.role === party.role);
}

/** A party's pseudonym as the app derives it from its assignment, in a language; none without one. */
export function derivedLabelOf(
  assignments: readonly PseudonymAssignment[],
  party: { id: string; role: PartyRole; relationship?: string | undefined },
  language: BriefLanguage,
): string | undefined {
  const assignment = assignmentFor(assignments, party);
  return assignment === undefined ? undefined : pseudonymLabel(assignment, language, party.relationship);
}

/** The pseudonyms the practitioner wrote, in a language, by party id (a map: an id may be "__proto__"). */
export function customLabelsOf(
  custom: readonly { partyId: string; language: BriefLanguage; label: string }[],
  language: BriefLanguage,
): Map<string, string> {
  return new Map(custom.filter((each) => each.language === language).map((each) => [each.partyId, each.label]));
}
