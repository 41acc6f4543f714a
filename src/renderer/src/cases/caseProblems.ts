/**
 * What stops a case form from being saved, as codes the form translates. The rules are the
 * request schemas' (see `caseFormSchemas.ts`); this file only names what they found, so the user
 * sees every problem at once beside its field instead of one message from main.
 */
import { isCalendarDate } from '../../../shared/domain/primitives';
import type { FoundIssue } from '../ui/form/problemResolver';
import type { GoalDraft, PartyDraft } from './caseDrafts';

export type AliasProblem = 'alias-missing' | 'alias-taken' | 'text-too-long';
export type DateProblem = 'date-missing' | 'date-invalid' | 'date-before-opening' | 'date-before-last-change';
export type Problem = AliasProblem | DateProblem | 'party-name-missing' | 'goal-description-missing' | 'field-invalid';

/** Problems by row key: `party:<id>`, `goal:<id>`, `goal-date:<id>`. */
export type FormProblems = Map<string, Problem>;

const problems: ReadonlySet<string> = new Set<Problem>([
  'alias-missing',
  'alias-taken',
  'text-too-long',
  'date-missing',
  'date-invalid',
  'date-before-opening',
  'date-before-last-change',
  'party-name-missing',
  'goal-description-missing',
  'field-invalid',
]);

function isProblem(message: string): message is Problem {
  return problems.has(message);
}

const dateFields = new Set(['openedAt', 'closedAt', 'changedAt']);
const textFields = new Set(['reference', 'program', 'reason']);

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
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

/** Names an issue a case form's schema found at a path of the form's values. */
export function caseProblemOf({ path, value, message }: FoundIssue): Problem {
  if (isProblem(message)) return message;
  const [field = '', , key] = path.split('.');
  if (field === 'alias') return isBlank(value) ? 'alias-missing' : 'text-too-long';
  if (dateFields.has(field)) return value === '' ? 'date-missing' : 'date-invalid';
  if (textFields.has(field)) return 'text-too-long';
  if (field === 'parties') return key === 'name' && isBlank(value) ? 'party-name-missing' : 'text-too-long';
  if (field === 'goals' && key === 'description') return isBlank(value) ? 'goal-description-missing' : 'text-too-long';
  if (field === 'goals' && key === 'agreedAt') return 'date-invalid';
  return 'field-invalid';
}

/** The first message anywhere under `node` (a row's errors, nested as its request's fields). */
function firstMessage(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  if ('message' in node && typeof node.message === 'string') return node.message;
  for (const [key, child] of Object.entries(node)) {
    const message = key === 'ref' ? undefined : firstMessage(child);
    if (message !== undefined) return message;
  }
  return undefined;
}

interface RowErrors {
  parties?: unknown;
  goals?: unknown;
}

function rowAt(rows: unknown, index: number): Record<string, unknown> | undefined {
  const row: unknown = Array.isArray(rows) ? rows[index] : undefined;
  return typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : undefined;
}

/** The problems of the party and goal rows, by the keys the row editors read. */
export function rowProblems(
  errors: RowErrors,
  parties: readonly PartyDraft[],
  goals: readonly GoalDraft[],
): FormProblems {
  const found: FormProblems = new Map();
  parties.forEach((party, index) => {
    const message = firstMessage(rowAt(errors.parties, index));
    if (message !== undefined) found.set(`party:${party.id}`, message as Problem);
  });
  goals.forEach((goal, index) => {
    const row = rowAt(errors.goals, index);
    const description = firstMessage(row?.description);
    const other = firstMessage(row);
    if (description !== undefined) found.set(`goal:${goal.id}`, description as Problem);
    else if (other !== undefined) found.set(`goal-date:${goal.id}`, other as Problem);
  });
  return found;
}
