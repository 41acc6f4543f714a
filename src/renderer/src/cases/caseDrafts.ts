/**
 * The case forms' state: text as typed, turned into domain records only on save, so a half-typed
 * party never reaches the journal and a blank line is never stored as a name.
 */
import type { Goal } from '../../../shared/domain/goal';
import type { Party } from '../../../shared/domain/party';
import type { GoalStatus, PartyRole } from '../../../shared/domain/taxonomy';

export interface PartyDraft {
  id: string;
  role: PartyRole;
  name: string;
  /** Other names, one per line, as typed. */
  otherNames: string;
  relationship: string;
}

export interface GoalDraft {
  id: string;
  description: string;
  agreedWith: string[];
  status: GoalStatus;
  /** `YYYY-MM-DD`, or empty when not known. */
  agreedAt: string;
}

export function newPartyDraft(id: string): PartyDraft {
  return { id, role: 'caregiver', name: '', otherNames: '', relationship: '' };
}

export function newGoalDraft(id: string): GoalDraft {
  return { id, description: '', agreedWith: [], status: 'proposed', agreedAt: '' };
}

/** Other names from a text box: one per line (commas also separate), trimmed, without repeats. */
export function parseOtherNames(text: string): string[] {
  const names = text
    .split(/[\n,;]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function partyFromDraft(draft: PartyDraft): Party {
  const relationship = draft.relationship.trim();
  return {
    id: draft.id,
    role: draft.role,
    name: draft.name.trim(),
    aliases: parseOtherNames(draft.otherNames),
    ...(relationship === '' ? {} : { relationship }),
  };
}

export function draftFromParty(party: Party): PartyDraft {
  return {
    id: party.id,
    role: party.role,
    name: party.name,
    otherNames: party.aliases.join('\n'),
    relationship: party.relationship ?? '',
  };
}

/** A goal record; agreements with parties that are no longer in the case are dropped. */
export function goalFromDraft(draft: GoalDraft, partyIds: ReadonlySet<string>): Goal {
  return {
    id: draft.id,
    description: draft.description.trim(),
    agreedWith: draft.agreedWith.filter((id) => partyIds.has(id)),
    status: draft.status,
    ...(draft.agreedAt === '' ? {} : { agreedAt: draft.agreedAt }),
  };
}

export function draftFromGoal(goal: Goal): GoalDraft {
  return {
    id: goal.id,
    description: goal.description,
    agreedWith: [...goal.agreedWith],
    status: goal.status,
    agreedAt: goal.agreedAt ?? '',
  };
}

/** Goals with every agreement kept only for parties still in `parties` (after a party is removed). */
export function goalsForParties(goals: readonly Goal[], parties: readonly Party[]): Goal[] {
  const ids = new Set(parties.map((party) => party.id));
  return goals.map((goal) => ({ ...goal, agreedWith: goal.agreedWith.filter((id) => ids.has(id)) }));
}

/** Whether a draft holds anything the user typed (an empty new row is not worth a warning). */
export function isBlankParty(draft: PartyDraft): boolean {
  return draft.name.trim() === '' && draft.otherNames.trim() === '' && draft.relationship.trim() === '';
}

export function isBlankGoal(draft: GoalDraft): boolean {
  return draft.description.trim() === '';
}
