/**
 * A stable pseudonym per party: its role and a number (children) or a letter (everyone else),
 * "Caregiver A", "Child 1". The assignment is kept with the case's export log, so the same
 * person has the same pseudonym in every brief, whatever parties are added or removed later.
 */
import { z } from 'zod';
import { idSchema } from '../../domain/primitives';
import { partyRoles, type PartyRole } from '../../domain/taxonomy';
import type { BriefLanguage } from '../language';

export const pseudonymAssignmentSchema = z.strictObject({
  partyId: idSchema,
  role: z.enum(partyRoles),
  /** 1 for the first party of this role, 2 for the second… */
  ordinal: z.int().min(1),
});
export type PseudonymAssignment = z.infer<typeof pseudonymAssignmentSchema>;

/** Role words: neutral in gender in Spanish, because the role alone does not say it. */
const roleWords: Record<BriefLanguage, Record<PartyRole, string>> = {
  en: {
    child: 'Child',
    parent: 'Parent',
    caregiver: 'Caregiver',
    relative: 'Relative',
    professional: 'Professional',
    court: 'Court',
    other: 'Person',
  },
  es: {
    child: 'NNA',
    parent: 'Madre/padre',
    caregiver: 'Cuidador/a',
    relative: 'Familiar',
    professional: 'Profesional',
    court: 'Tribunal',
    other: 'Persona',
  },
};

/** Every word a pseudonym can be made of, in both languages, so warnings never flag one. */
export const pseudonymWords: readonly string[] = Object.values(roleWords).flatMap((words) =>
  Object.values(words).flatMap((word) => word.split(/[\s/]+/)),
);

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

/** The pseudonym of an assignment in a language. */
export function pseudonymLabel(assignment: Pick<PseudonymAssignment, 'role' | 'ordinal'>, language: BriefLanguage) {
  const mark = assignment.role === 'child' ? String(assignment.ordinal) : letters(assignment.ordinal);
  return `${roleWords[language][assignment.role]} ${mark}`;
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
