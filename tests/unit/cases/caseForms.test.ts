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
import { aliasProblem, dateProblem, goalProblems, partyProblems } from '../../../src/renderer/src/cases/caseProblems';
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

describe('form problems', () => {
  it('need an alias that no other case has, compared as a reader would', () => {
    expect(aliasProblem('  ', [])).toBe('alias-missing');
    expect(aliasProblem('family r. ', ['Family R.'])).toBe('alias-taken');
    expect(aliasProblem('Family R.', ['Family S.'])).toBeUndefined();
  });

  it('need real dates, not before a given day', () => {
    expect(dateProblem('')).toBe('date-missing');
    expect(dateProblem('2025-02-30')).toBe('date-invalid');
    expect(dateProblem('2025-03-01', { date: '2025-03-02', problem: 'date-before-opening' })).toBe(
      'date-before-opening',
    );
    expect(dateProblem('2025-03-02', { date: '2025-03-02', problem: 'date-before-last-change' })).toBeUndefined();
  });

  it('need a name for each party and a description for each goal', () => {
    expect([...partyProblems([newPartyDraft('a'), { ...newPartyDraft('b'), name: 'B' }])]).toEqual([
      ['party:a', 'party-name-missing'],
    ]);
    expect([
      ...goalProblems([newGoalDraft('g'), { ...newGoalDraft('h'), description: 'x', agreedAt: '2025-13-01' }]),
    ]).toEqual([
      ['goal:g', 'goal-description-missing'],
      ['goal-date:h', 'date-invalid'],
    ]);
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
