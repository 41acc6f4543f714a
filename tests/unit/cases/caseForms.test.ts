import { describe, expect, it } from 'vitest';
import {
  draftFromGoal,
  draftFromParty,
  goalFromDraft,
  goalsForParties,
  newGoalDraft,
  newPartyDraft,
  parseOtherNames,
  partyFromDraft,
} from '../../../src/renderer/src/cases/caseDrafts';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import {
  closeCaseSchema,
  detailsSchema,
  newCaseSchema,
  type NewCaseValues,
} from '../../../src/renderer/src/cases/caseFormSchemas';
import { caseProblemOf, dateProblem, rowProblems } from '../../../src/renderer/src/cases/caseProblems';
import { errorCount } from '../../../src/renderer/src/ui/form/errorCount';
import { problemResolver } from '../../../src/renderer/src/ui/form/problemResolver';
import { daysBefore, formatCalendarDate, todayDate } from '../../../src/renderer/src/cases/dates';
import { partiesInUse } from '../../../src/shared/journal/partiesInUse';
import { goalSchema } from '../../../src/shared/domain/goal';
import { partySchema } from '../../../src/shared/domain/party';
import { fixtureCases } from '../domain/fixture';

describe('party drafts', () => {
  it('reads other names one per line, also split by commas, without blanks or repeats', () => {
    expect(parseOtherNames('Caro\n\n  la Negra , caro\nCaro; Carolita ')).toEqual(['Caro', 'la Negra', 'Carolita']);
    expect(parseOtherNames('   ')).toEqual([]);
  });

  it('become valid parties, trimmed, with no empty relationship', () => {
    const party = partyFromDraft({
      ...newPartyDraft('p-1'),
      name: '  Carolina Muñoz ',
      otherNames: 'Caro\nla Negra',
      relationship: ' ',
    });
    expect(party).toEqual({ id: 'p-1', role: 'caregiver', name: 'Carolina Muñoz', aliases: ['Caro', 'la Negra'] });
    expect(partySchema.safeParse(party).success).toBe(true);
  });

  it('round-trip through the form unchanged', () => {
    const party = { id: 'p-2', role: 'child' as const, name: 'Tomás', aliases: ['Tomi'], relationship: 'Son, 7' };
    expect(partyFromDraft(draftFromParty(party))).toEqual(party);
  });
});

describe('goal drafts', () => {
  it('become valid goals, dropping agreements with parties no longer in the case', () => {
    const goal = goalFromDraft(
      { ...newGoalDraft('g-1'), description: ' Tomás goes to school ', agreedWith: ['p-1', 'gone'], status: 'agreed' },
      new Set(['p-1']),
    );
    expect(goal).toEqual({ id: 'g-1', description: 'Tomás goes to school', agreedWith: ['p-1'], status: 'agreed' });
    expect(goalSchema.safeParse(goal).success).toBe(true);
  });

  it('keep the agreement date and round-trip', () => {
    const goal = {
      id: 'g-2',
      description: 'Weekly visits',
      agreedWith: ['p-1'],
      status: 'in-progress' as const,
      agreedAt: '2025-02-03',
    };
    expect(goalFromDraft(draftFromGoal(goal), new Set(['p-1']))).toEqual(goal);
  });

  it('lose agreements with a removed party when the parties are saved', () => {
    const goals = [{ id: 'g', description: 'x', agreedWith: ['a', 'b'], status: 'agreed' as const }];
    expect(goalsForParties(goals, [{ id: 'a', role: 'parent', name: 'A', aliases: [] }])[0]?.agreedWith).toEqual(['a']);
  });
});

/** What a case form shows after a try to save: each field's problem code, by the form's path. */
async function problemsOf<Values extends FieldValues, Output>(
  schema: z.ZodType<Output, Values>,
  values: Values,
): Promise<FieldErrors<Values>> {
  const resolve = problemResolver(schema, caseProblemOf);
  const result = await resolve(values, undefined, { fields: {}, shouldUseNativeValidation: false });
  return result.errors;
}

const newCase: NewCaseValues = {
  alias: 'Familia R.',
  reference: '',
  program: '',
  phase: 'start',
  openedAt: '2025-03-01',
  parties: [],
  goals: [],
};

describe('form problems', () => {
  it('need an alias that no other case has, compared as a reader would', async () => {
    expect((await problemsOf(newCaseSchema([]), { ...newCase, alias: '  ' })).alias?.message).toBe('alias-missing');
    const taken = await problemsOf(newCaseSchema(['Family R.']), { ...newCase, alias: 'family r. ' });
    expect(taken.alias?.message).toBe('alias-taken');
    expect(await problemsOf(newCaseSchema(['Family S.']), { ...newCase, alias: 'Family R.' })).toEqual({});
  });

  it('need real dates, not before a given day', async () => {
    expect((await problemsOf(newCaseSchema([]), { ...newCase, openedAt: '' })).openedAt?.message).toBe('date-missing');
    expect((await problemsOf(newCaseSchema([]), { ...newCase, openedAt: '2025-02-30' })).openedAt?.message).toBe(
      'date-invalid',
    );
    const closing = closeCaseSchema('c-1', '2025-03-02');
    expect((await problemsOf(closing, { closedAt: '2025-03-01' })).closedAt?.message).toBe('date-before-opening');
    expect(await problemsOf(closing, { closedAt: '2025-03-02' })).toEqual({});
    // The rule used by forms not yet on the schemas.
    expect(dateProblem('2025-03-02', { date: '2025-03-02', problem: 'date-before-last-change' })).toBeUndefined();
  });

  it('need a name for each party and a description for each goal, each shown on its row', async () => {
    const parties = [newPartyDraft('a'), { ...newPartyDraft('b'), name: 'B' }];
    const goals = [newGoalDraft('g'), { ...newGoalDraft('h'), description: 'x', agreedAt: '2025-13-01' }];
    const errors = await problemsOf(newCaseSchema([]), { ...newCase, parties, goals });
    expect([...rowProblems(errors, parties, goals)]).toEqual([
      ['party:a', 'party-name-missing'],
      ['goal:g', 'goal-description-missing'],
      ['goal-date:h', 'date-invalid'],
    ]);
    expect(errorCount(errors)).toBe(3);
  });

  it('send the request the shared schema accepts, trimmed and without blank optional text', async () => {
    const parties = [{ ...newPartyDraft('a'), name: ' Ana ', otherNames: 'Anita\nanita' }];
    const parsed = newCaseSchema([]).parse({ ...newCase, reference: '  ', program: ' PPF ', parties });
    expect(parsed).toEqual({
      alias: 'Familia R.',
      program: 'PPF',
      phase: 'start',
      openedAt: '2025-03-01',
      parties: [{ id: 'a', role: 'caregiver', name: 'Ana', aliases: ['Anita'] }],
      goals: [],
    });
  });

  it('refuse a custom session plan without whole days in range, as the plan schema does', async () => {
    const details = detailsSchema('c-1', false, []);
    const values = {
      alias: 'Familia R.',
      reference: '',
      program: '',
      sessionPlan: { frequency: 'custom' as const, everyDays: '2.5' },
    };
    expect((await problemsOf(details, values)).sessionPlan).toBeDefined();
    expect(details.parse({ ...values, sessionPlan: { frequency: 'custom', everyDays: ' 10 ' } })).toMatchObject({
      sessionPlan: { frequency: 'custom', everyDays: 10 },
    });
    // A case that never had a plan is not sent one to clear.
    expect(details.parse({ ...values, sessionPlan: { frequency: '', everyDays: '' } })).not.toHaveProperty(
      'sessionPlan',
    );
  });
});

describe('calendar dates', () => {
  it('use the local calendar for today, and count back across months', () => {
    expect(todayDate(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
    expect(daysBefore('2025-03-01', 1)).toBe('2025-02-28');
    expect(daysBefore('2024-03-01', 1)).toBe('2024-02-29');
  });

  it('format a date in the reader language without shifting the day', () => {
    expect(formatCalendarDate('2025-03-03', 'en')).toContain('3');
    expect(formatCalendarDate('2025-03-03', 'es')).toMatch(/3.*mar/);
    expect(formatCalendarDate('not a date', 'en')).toBe('not a date');
  });
});

describe('partiesInUse', () => {
  it('names every party a reflection points at, in its current and earlier versions', () => {
    const [familyR] = fixtureCases();
    const inUse = partiesInUse(familyR!);
    // Attendees, the caregiver's rating, and whose statement a section is.
    for (const id of ['p-rosa', 'p-tomas', 'p-carolina', 'p-paula']) expect(inUse.has(id), id).toBe(true);
    expect(inUse.has('p-tribunal')).toBe(false);
    expect(partiesInUse({ entries: [] }).size).toBe(0);
  });
});
