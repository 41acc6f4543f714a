/**
 * What stops a case form from being saved, as codes the form translates. Checked before sending,
 * so the user sees every problem at once beside its field instead of one message from main.
 */
import { isCalendarDate } from '../../../shared/domain/primitives';
import { isBlankGoal, type GoalDraft, type PartyDraft } from './caseDrafts';

export type AliasProblem = 'alias-missing' | 'alias-taken';
export type DateProblem = 'date-missing' | 'date-invalid' | 'date-before-opening' | 'date-before-last-change';
export type Problem = AliasProblem | DateProblem | 'party-name-missing' | 'goal-description-missing';

/** Problems by field key: `party:<id>`, `goal:<id>`, `goal-date:<id>`. */
export type FormProblems = Map<string, Problem>;

/** The alias must say something and name no other case (aliases are compared as a reader would). */
export function aliasProblem(alias: string, otherAliases: readonly string[]): AliasProblem | undefined {
  const wanted = alias.trim().toLocaleLowerCase();
  if (wanted === '') return 'alias-missing';
  return otherAliases.some((other) => other.trim().toLocaleLowerCase() === wanted) ? 'alias-taken' : undefined;
}

/** A required calendar date, optionally not earlier than `notBefore`. */
export function dateProblem(
  date: string,
  notBefore?: { date: string; problem: 'date-before-opening' | 'date-before-last-change' },
): DateProblem | undefined {
  if (date === '') return 'date-missing';
  if (!isCalendarDate(date)) return 'date-invalid';
  if (notBefore !== undefined && date < notBefore.date) return notBefore.problem;
  return undefined;
}

/** Each party needs a name; blank new rows count too, so nothing is dropped silently. */
export function partyProblems(parties: readonly PartyDraft[]): FormProblems {
  const problems: FormProblems = new Map();
  for (const party of parties) if (party.name.trim() === '') problems.set(`party:${party.id}`, 'party-name-missing');
  return problems;
}

/** Each goal needs a description, and a typed agreement date must exist. */
export function goalProblems(goals: readonly GoalDraft[]): FormProblems {
  const problems: FormProblems = new Map();
  for (const goal of goals) {
    if (isBlankGoal(goal)) problems.set(`goal:${goal.id}`, 'goal-description-missing');
    else if (goal.agreedAt !== '' && !isCalendarDate(goal.agreedAt))
      problems.set(`goal-date:${goal.id}`, 'date-invalid');
  }
  return problems;
}
