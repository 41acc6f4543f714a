import { describe, expect, it } from 'vitest';
import { addMonths, compareEcomaps, comparedPeriods } from '../../../src/shared/ecomap';
import { family, session, source } from './ecomapFixtures';

describe('months on the calendar', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-11-15', 3, '2026-02-15'],
    ['2025-05-31', -3, '2025-02-28'],
    ['2025-03-01', -3, '2024-12-01'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('the compare view', () => {
  it.each<[string, { openedAt: string; closedAt?: string; dates: string[] }, ReturnType<typeof comparedPeriods>]>([
    [
      'an open case ends at its last session',
      { openedAt: '2025-01-06', dates: ['2025-01-10', '2025-12-20'] },
      { first: { from: '2025-01-06', to: '2025-04-05' }, last: { from: '2025-09-21', to: '2025-12-20' } },
    ],
    [
      'a closed case ends when it was closed, if that is later',
      { openedAt: '2025-01-06', closedAt: '2026-01-31', dates: ['2025-12-20'] },
      { first: { from: '2025-01-06', to: '2025-04-05' }, last: { from: '2025-11-01', to: '2026-01-31' } },
    ],
    [
      'a case of two months: the last period starts no earlier than the case',
      { openedAt: '2025-01-06', dates: ['2025-03-01'] },
      { first: { from: '2025-01-06', to: '2025-04-05' }, last: { from: '2025-01-06', to: '2025-03-01' } },
    ],
    [
      'a case with no session yet',
      { openedAt: '2025-01-06', dates: [] },
      { first: { from: '2025-01-06', to: '2025-04-05' }, last: { from: '2025-01-06', to: '2025-01-06' } },
    ],
  ])('%s', (_name, { openedAt, closedAt, dates }, expected) => {
    const entries = dates.map((date, index) => session(`s${index}`, date));
    expect(comparedPeriods({ openedAt, ...(closedAt ? { closedAt } : {}), entries })).toEqual(expected);
  });

  it('shows a line that moved from strained to strong, and says when the periods overlap', () => {
    const entries = [
      session('s1', '2025-01-13', { relationships: [{ relationship: 'parent-child', quality: 'strained' }] }),
      session('s2', '2025-02-10', { relationships: [{ relationship: 'parent-child', quality: 'strained' }] }),
      session('s3', '2025-10-06', { relationships: [{ relationship: 'parent-child', quality: 'strong' }] }),
    ];
    const long = compareEcomaps(source(family, entries));
    const mother = (map: typeof long.first) => map.lines.find((line) => line.partyId === 'mother');
    expect(mother(long.first)).toMatchObject({ quality: 'strained', strainedSessions: 2, sessions: 2 });
    expect(mother(long.last)).toMatchObject({ quality: 'strong', strongSessions: 1, sessions: 1 });
    expect(long.overlapping).toBe(false);
    expect(compareEcomaps(source(family, entries.slice(0, 2))).overlapping).toBe(true);
  });
});
