/**
 * Rules that span fields, which the field schemas cannot see: references between records,
 * duplicates, and orderings. They are written against the loosest shape (the interchange one,
 * where most fields are optional) so the journal and the import share one set of rules.
 */
import type { z } from 'zod';
import { strategiesByKind, type Phase, type Strategy, type StrategyKind } from './taxonomy';
import type { StatementBy } from './section';
import { supervisionProblems, type CheckedSupervision } from './supervisionProblems';

/** A rule broken at `path`, relative to the value that was checked. */
export interface Problem {
  path: (string | number)[];
  message: string;
}

interface CheckedContent {
  attendees?: readonly string[];
  sections: readonly { id?: string; statementBy?: StatementBy }[];
  promptAnswers?: readonly { promptId: string; answer?: string; skipped?: boolean }[];
  tensions?: readonly { parties?: readonly string[] }[];
  strategies?: readonly { kind: StrategyKind; strategy: Strategy }[];
  ratings?: { caregiver?: { partyId?: string } };
}

interface CheckedEntry extends CheckedContent {
  id: string;
  history?: readonly { editedAt: string; previous: CheckedContent }[];
}

interface CheckedCase {
  status?: string;
  phase: Phase;
  phaseHistory?: readonly { phase: Phase; changedAt: string }[];
  openedAt?: string;
  closedAt?: string;
  parties: readonly { id: string }[];
  goals?: readonly { id: string; agreedWith?: readonly string[] }[];
  attendance?: readonly { id: string }[];
  warningDecisions?: readonly { id: string }[];
  goalScales?: readonly { goalId: string }[];
  goalReviews?: readonly { id: string; ratings: readonly { goalId: string }[] }[];
  supervisions?: readonly CheckedSupervision[];
  entries: readonly CheckedEntry[];
}

/**
 * Adds every item to `target`, one by one: `target.push(...items)` passes each item as an
 * argument, and a list of a few hundred thousand (attendees, problems) overflows the call stack.
 */
export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}

/** Problems of one entry on its own: everything but references to the case's parties. */
export function entryProblems(entry: CheckedEntry): Problem[] {
  const problems = contentProblems(entry, []);
  entry.history?.forEach((revision, index) => {
    append(problems, contentProblems(revision.previous, ['history', index, 'previous']));
    const before = entry.history?.[index - 1];
    if (before !== undefined && Date.parse(revision.editedAt) < Date.parse(before.editedAt)) {
      problems.push({
        path: ['history', index, 'editedAt'],
        message: `is earlier than the revision before it (${before.editedAt}); history is listed oldest first`,
      });
    }
  });
  return problems;
}

function contentProblems(content: CheckedContent, at: (string | number)[]): Problem[] {
  const problems: Problem[] = [];
  content.strategies?.forEach((use, index) => {
    if (!(strategiesByKind[use.kind] as readonly Strategy[]).includes(use.strategy)) {
      problems.push({
        path: [...at, 'strategies', index, 'strategy'],
        message: `"${use.strategy}" is not a ${use.kind} strategy; expected one of: ${strategiesByKind[use.kind].join(', ')}`,
      });
    }
  });
  content.promptAnswers?.forEach((answer, index) => {
    if (answer.skipped === true && answer.answer !== undefined) {
      problems.push({
        path: [...at, 'promptAnswers', index, 'skipped'],
        message: 'a skipped prompt has no answer; remove "answer" or "skipped"',
      });
    }
  });
  append(
    problems,
    duplicates(content.promptAnswers?.map((answer) => answer.promptId) ?? [], [...at, 'promptAnswers'], 'promptId'),
  );
  append(
    problems,
    duplicates(
      content.sections.map((section) => section.id),
      [...at, 'sections'],
      'id',
    ),
  );
  return problems;
}

/** Every party id an entry's content points at, with where it does so. */
function partyReferences(content: CheckedContent, at: (string | number)[]): { id: string; path: Problem['path'] }[] {
  const found: { id: string; path: Problem['path'] }[] = [];
  content.attendees?.forEach((id, index) => found.push({ id, path: [...at, 'attendees', index] }));
  content.sections.forEach((section, index) => {
    if (section.statementBy !== undefined && 'partyId' in section.statementBy) {
      found.push({ id: section.statementBy.partyId, path: [...at, 'sections', index, 'statementBy', 'partyId'] });
    }
  });
  content.tensions?.forEach((tension, tensionIndex) =>
    tension.parties?.forEach((id, index) =>
      found.push({ id, path: [...at, 'tensions', tensionIndex, 'parties', index] }),
    ),
  );
  const caregiver = content.ratings?.caregiver?.partyId;
  if (caregiver !== undefined) found.push({ id: caregiver, path: [...at, 'ratings', 'caregiver', 'partyId'] });
  return found;
}

/** Problems of a case and all its entries. */
export function caseProblems(journalCase: CheckedCase): Problem[] {
  const problems: Problem[] = [
    ...duplicates(
      journalCase.parties.map((party) => party.id),
      ['parties'],
      'id',
    ),
    ...duplicates(journalCase.goals?.map((goal) => goal.id) ?? [], ['goals'], 'id'),
    ...duplicates(journalCase.attendance?.map((record) => record.id) ?? [], ['attendance'], 'id'),
    ...duplicates(journalCase.warningDecisions?.map((decision) => decision.id) ?? [], ['warningDecisions'], 'id'),
    ...attainmentProblems(journalCase),
    ...supervisionProblems(journalCase.supervisions ?? [], duplicates),
    ...duplicates(
      journalCase.entries.map((entry) => entry.id),
      ['entries'],
      'id',
    ),
    ...phaseProblems(journalCase),
  ];

  const partyIds = new Set(journalCase.parties.map((party) => party.id));
  const references: { id: string; path: Problem['path'] }[] = [];
  journalCase.goals?.forEach((goal, goalIndex) =>
    goal.agreedWith?.forEach((id, index) => references.push({ id, path: ['goals', goalIndex, 'agreedWith', index] })),
  );
  journalCase.entries.forEach((entry, entryIndex) => {
    const at = ['entries', entryIndex];
    append(
      problems,
      entryProblems(entry).map((problem) => ({ ...problem, path: [...at, ...problem.path] })),
    );
    append(references, partyReferences(entry, at));
    entry.history?.forEach((revision, index) =>
      append(references, partyReferences(revision.previous, [...at, 'history', index, 'previous'])),
    );
  });
  for (const reference of references) {
    if (!partyIds.has(reference.id)) {
      problems.push({ path: reference.path, message: unknownParty(reference.id, [...partyIds]) });
    }
  }
  return problems;
}

/** Each scale belongs to one goal of the case; each review rates scaled goals, each once. */
function attainmentProblems(journalCase: CheckedCase): Problem[] {
  const goalIds = new Set(journalCase.goals?.map((goal) => goal.id) ?? []);
  const scales = journalCase.goalScales ?? [];
  const problems = duplicates(
    scales.map((scale) => scale.goalId),
    ['goalScales'],
    'goalId',
  );
  scales.forEach((scale, index) => {
    if (!goalIds.has(scale.goalId)) {
      problems.push({ path: ['goalScales', index, 'goalId'], message: `unknown goal "${scale.goalId}"` });
    }
  });
  const scaled = new Set(scales.map((scale) => scale.goalId));
  const reviews = journalCase.goalReviews ?? [];
  append(
    problems,
    duplicates(
      reviews.map((review) => review.id),
      ['goalReviews'],
      'id',
    ),
  );
  reviews.forEach((review, reviewIndex) => {
    const at = ['goalReviews', reviewIndex, 'ratings'];
    append(
      problems,
      duplicates(
        review.ratings.map((rating) => rating.goalId),
        at,
        'goalId',
      ),
    );
    review.ratings.forEach((rating, index) => {
      if (!scaled.has(rating.goalId)) {
        problems.push({
          path: [...at, index, 'goalId'],
          message: `goal "${rating.goalId}" has no attainment scale; only a scaled goal can be rated`,
        });
      }
    });
  });
  return problems;
}

function phaseProblems(journalCase: CheckedCase): Problem[] {
  const problems: Problem[] = [];
  const history = journalCase.phaseHistory ?? [];
  history.forEach((change, index) => {
    const before = history[index - 1];
    if (before !== undefined && change.changedAt < before.changedAt) {
      problems.push({
        path: ['phaseHistory', index, 'changedAt'],
        message: `is earlier than the phase change before it (${before.changedAt}); phase changes are listed oldest first`,
      });
    }
  });
  const last = history.at(-1);
  if (last !== undefined && last.phase !== journalCase.phase) {
    problems.push({
      path: ['phase'],
      message: `expected "${last.phase}", the phase of the last phase change (phaseHistory[${history.length - 1}])`,
    });
  }
  const { openedAt, closedAt } = journalCase;
  if (closedAt !== undefined && journalCase.status === 'open') {
    problems.push({
      path: ['closedAt'],
      message: 'an open case has no closing date; set status to "closed" or "archived", or remove closedAt',
    });
  }
  if (closedAt !== undefined && openedAt !== undefined && closedAt < openedAt) {
    problems.push({ path: ['closedAt'], message: `is earlier than the opening date (${openedAt})` });
  }
  return problems;
}

/** Problems of a list of cases: each alias, and each id when given, names one case only. */
export function caseListProblems(cases: readonly { alias: string; id?: string }[]): Problem[] {
  return [
    // "Family R." and "family r. " would be the same case to a reader.
    ...duplicates(
      cases.map((journalCase) => journalCase.alias.trim().toLocaleLowerCase()),
      [],
      'alias',
      cases.map((journalCase) => journalCase.alias),
    ),
    ...duplicates(
      cases.map((journalCase) => journalCase.id),
      [],
      'id',
    ),
  ];
}

/** A problem for each value already seen earlier in the list; `shown` is how to quote each value. */
export function duplicates(
  values: readonly (string | undefined)[],
  at: (string | number)[],
  field: string,
  shown: readonly string[] = [],
): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  values.forEach((value, index) => {
    if (value === undefined) return;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else
      problems.push({
        path: [...at, index, field],
        message: `duplicate ${field} "${shown[index] ?? value}": already used at position ${first} of this list`,
      });
  });
  return problems;
}

function unknownParty(id: string, known: string[]): string {
  const listed = known.length === 0 ? 'the case has no parties' : `expected one of: ${known.slice(0, 12).join(', ')}`;
  return `unknown party "${id}"; ${listed}${known.length > 12 ? ', …' : ''}`;
}

/** Adds a check's problems to a zod schema as issues at their paths. It only runs once the fields parse. */
export function withProblems<Schema extends z.ZodType>(
  schema: Schema,
  check: (value: z.output<Schema>) => Problem[],
): Schema {
  return schema.superRefine((value, context) => {
    for (const problem of check(value))
      context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });
}
