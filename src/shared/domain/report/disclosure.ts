/**
 * Information one family member gave about another is flagged for a decision before the other
 * reads it (in the review copy, or later in court). The suggestion is deliberately simple: an
 * allegation by a family member whose text names another family member.
 */
import { escapeRegExp, fold } from '../../text/normalize';
import { nameVariants } from '../../exports/deidentify/names';
import type { Party } from '../party';
import type { PartyRole } from '../taxonomy';
import type { Disclosure, ReportSection, Statement } from './report';

/** The people in the family: everyone but professionals and the court. */
export const familyRoles: readonly PartyRole[] = ['child', 'parent', 'caregiver', 'relative'];

function isFamily(party: Party): boolean {
  return familyRoles.includes(party.role);
}

/** Whether folded `text` holds the folded `name` as whole words ("Ana" is not in "Mariana"). */
function holds(text: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** The flag a statement should carry, or undefined when it is not one family member's word about another. */
export function suggestDisclosure(statement: Statement, parties: readonly Party[]): Disclosure | undefined {
  if (statement.type !== 'allegation' || statement.by === undefined || !('partyId' in statement.by)) return undefined;
  const speakerId = statement.by.partyId;
  const speaker = parties.find((party) => party.id === speakerId);
  if (speaker === undefined || !isFamily(speaker)) return undefined;
  const text = fold(statement.text).replace(/\s+/g, ' ');
  // The same ways of naming someone the supervision brief replaces: full name, aliases, given
  // names and surnames alone. A surname two of them share flags both: a decision, not a guess.
  const others = parties.filter((party) => party.id !== speakerId && isFamily(party));
  const named = new Set(
    nameVariants(others.map((party) => ({ ...party, pseudonym: party.id })))
      .filter((variant) => holds(text, variant.folded))
      .flatMap((variant) => variant.candidates),
  );
  const about = others.filter((party) => named.has(party.id)).map((party) => party.id);
  return about.length === 0 ? undefined : { aboutPartyIds: about, decision: 'pending' };
}

/** Statements with a flag added where one is suggested; a flag already there (decided or not) is kept. */
export function withSuggestedDisclosures(statements: readonly Statement[], parties: readonly Party[]): Statement[] {
  return statements.map((statement) => {
    if (statement.disclosure !== undefined) return statement;
    const disclosure = suggestDisclosure(statement, parties);
    return disclosure === undefined ? statement : { ...statement, disclosure };
  });
}

/** How many statements still wait for a disclosure decision. */
export function pendingDisclosureCount(sections: readonly ReportSection[]): number {
  return sections.flatMap((section) => section.statements).filter((each) => each.disclosure?.decision === 'pending')
    .length;
}
