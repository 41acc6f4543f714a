/** R1 (a fall below the running mean) and R2 (not repaired), with their boundaries. */
import { describe, expect, it } from 'vitest';
import { defaultWarningThresholds, evaluateWarnings, type WarningOfRule } from '../../../src/shared/alliance';
import { all, caseOf, practitionerSeries, session } from './builders';

const falls = (values: (number | undefined)[], thresholds = defaultWarningThresholds) =>
  evaluateWarnings(caseOf(practitionerSeries(values)), thresholds).filter(
    (warning): warning is WarningOfRule<'alliance-fall' | 'unrepaired-fall'> =>
      warning.rule === 'alliance-fall' || warning.rule === 'unrepaired-fall',
  );

/** One level per case: every element moves alike, so the bond's warning speaks for the three. */
const levelOf = (values: (number | undefined)[], thresholds = defaultWarningThresholds) =>
  falls(values, thresholds).find((warning) => warning.details.element === 'bond')?.level ?? 'none';

describe('R1: a fall below the running mean', () => {
  it.each([
    // Earlier 7, 8, 9: mean 8, SD 1.
    { values: [7, 8, 9, 8], level: 'none', why: 'at the mean' },
    { values: [7, 8, 9, 7], level: 'watch', why: 'exactly 1 SD below' },
    { values: [7, 8, 9, 6], level: 'possible-rupture', why: 'exactly 2 SD below' },
    // Earlier 7, 9, 7, 9: mean 8, SD 1.155.
    { values: [7, 9, 7, 9, 7], level: 'none', why: '0.87 SD below: just short of 1' },
    { values: [7, 9, 7, 9, 6], level: 'watch', why: '1.73 SD below: just short of 2' },
    { values: [7, 9, 7, 9, 5], level: 'possible-rupture', why: '2.6 SD below' },
    // Identical earlier ratings have no spread: the 1-point floor stands in for it.
    { values: [8, 8, 8, 7], level: 'watch', why: 'one point below a flat series (the floor)' },
    { values: [8, 8, 8, 6], level: 'possible-rupture', why: 'two points below a flat series' },
    // At least 3 earlier sessions.
    { values: [8, 8, 2], level: 'none', why: 'only 2 earlier sessions' },
    { values: [8, 8, 8, 2], level: 'possible-rupture', why: '3 earlier sessions' },
    // Sessions without ratings are skipped, not zeros.
    { values: [8, undefined, 8, undefined, 8, 7], level: 'watch', why: 'unrated sessions in between' },
    { values: [8, 8, 8, undefined, undefined], level: 'none', why: 'unrated sessions at the end' },
    { values: [8, 8, undefined, 2], level: 'none', why: 'an unrated session is not an earlier rating' },
  ])('$why → $level', ({ values, level }) => {
    expect(levelOf(values)).toBe(level);
  });

  it('follows the thresholds it is given', () => {
    const strict = { ...defaultWarningThresholds, watchDeviations: 1.5, ruptureDeviations: 3 };
    expect(levelOf([7, 8, 9, 7], strict)).toBe('none');
    expect(levelOf([7, 8, 9, 6.5], strict)).toBe('watch');
    expect(levelOf([7, 8, 9, 5], strict)).toBe('possible-rupture');
    expect(levelOf([7, 8, 9, 8, 8, 7], { ...defaultWarningThresholds, earlierSessions: 6 })).toBe('none');
  });

  it('gives the numbers behind the warning', () => {
    const [warning] = falls([7, 8, 9, 6]).filter((found) => found.details.element === 'goals');
    expect(warning?.rule).toBe('alliance-fall');
    expect(warning?.sessions).toEqual([{ entryId: 'e3', date: '2024-01-04' }]);
    expect(warning?.details).toEqual({
      series: { perspective: 'practitioner' },
      element: 'goals',
      value: 6,
      lowest: 6,
      mean: 8,
      deviation: 1,
      earlierSessions: 3,
      deviations: 2,
      sessionsSince: 0,
    });
    expect(warning?.sources).toEqual(['stiles-2004', 'gumz-2012']);
  });

  it('warns once per element and per series: the caregivers apart from the practitioner and each other', () => {
    const entries = [0, 1, 2, 3].map((index) =>
      session(index, {
        practitioner: { bond: 8, goals: 8, tasks: index === 3 ? 5 : 8 },
        caregiver: { ...all(index === 3 ? 3 : 9), partyId: index % 2 === 0 ? 'mother' : 'grandmother' },
      }),
    );
    // Each caregiver has only two ratings: no running mean yet, whatever the drop.
    const found = evaluateWarnings(caseOf(entries)).filter((warning) => warning.rule === 'alliance-fall');
    expect(found.map((warning) => [warning.rule, warning.details])).toEqual([
      [
        'alliance-fall',
        expect.objectContaining({ series: { perspective: 'practitioner' }, element: 'tasks', lowest: 5 }),
      ],
    ]);
  });

  it('is one situation while the rating stays down, deepening to "possible rupture"', () => {
    const watch = falls([8, 8, 8, 7]).map((warning) => warning.id);
    const deeper = falls([8, 8, 8, 7, 6]);
    expect(deeper.map((warning) => [warning.level, warning.sessions.length])).toEqual([
      ['possible-rupture', 2],
      ['possible-rupture', 2],
      ['possible-rupture', 2],
    ]);
    expect(deeper.map((warning) => warning.id)).not.toEqual(watch);
    // Staying at "watch" keeps the id.
    expect(falls([8, 8, 8, 7, 7]).map((warning) => warning.id)).toEqual(watch);
  });

  it('ends when the rating comes back to the earlier level', () => {
    expect(falls([8, 8, 8, 6, 8])).toEqual([]);
    expect(falls([8, 8, 8, 6, 7, 8])).toEqual([]);
    // 7 is still 1 SD (the floor) below the earlier mean of 8: not back yet.
    expect(levelOf([8, 8, 8, 6, 7])).toBe('possible-rupture');
  });

  it('orders sessions of one day by when they were written, not by id', () => {
    const earlier = practitionerSeries([8, 8, 8]);
    const writtenFirst = { ...session(3, { practitioner: all(5) }), id: 'z-low' };
    const writtenSecond = { ...session(4, { practitioner: all(8), day: 3 }), id: 'a-back' };
    // The fall, then the return on the same day: nothing open.
    expect(evaluateWarnings(caseOf([...earlier, writtenSecond, writtenFirst]))).toEqual([]);
  });

  it('gives a new id to a new fall after a repair', () => {
    const first = falls([8, 8, 8, 6]).map((warning) => warning.id);
    const second = falls([8, 8, 8, 6, 8, 8, 8, 8, 6]).map((warning) => warning.id);
    expect(second).toHaveLength(3);
    expect(second.some((id) => first.includes(id))).toBe(false);
  });
});

describe('R2: a fall not repaired within N sessions', () => {
  it.each([
    { values: [8, 8, 8, 6, 7], level: 'possible-rupture', why: '1 session after the fall' },
    { values: [8, 8, 8, 6, 7, 7], level: 'possible-rupture', why: '2 sessions after (N − 1)' },
    { values: [8, 8, 8, 6, 7, 7, 7], level: 'not-repaired', why: '3 sessions after (N)' },
    { values: [8, 8, 8, 6, 7, 7, 8], level: 'none', why: 'back at the third session' },
    { values: [8, 8, 8, 6, 7, undefined, 7, undefined, 7], level: 'not-repaired', why: 'N rated sessions' },
    { values: [8, 8, 8, 6, 7, undefined, undefined, undefined], level: 'possible-rupture', why: 'unrated' },
  ])('$why → $level', ({ values, level }) => {
    expect(levelOf(values)).toBe(level);
  });

  it('follows the N it is given', () => {
    const one = { ...defaultWarningThresholds, repairSessions: 1 };
    expect(levelOf([8, 8, 8, 6], one)).toBe('possible-rupture');
    expect(levelOf([8, 8, 8, 6, 7], one)).toBe('not-repaired');
  });

  it('keeps its id however long the fall lasts, and lists the fall and the N sessions after it', () => {
    const [warning] = falls([8, 8, 8, 6, 7, 7, 7]);
    const [later] = falls([8, 8, 8, 6, 7, 7, 7, 5, 6, 7]);
    expect(warning?.rule).toBe('unrepaired-fall');
    expect(warning?.sessions.map((found) => found.entryId)).toEqual(['e3', 'e4', 'e5', 'e6']);
    expect(later?.id).toBe(warning?.id);
    expect(later?.details).toMatchObject({ lowest: 5, sessionsSince: 6, deviations: 3 });
    expect(later?.sources).toEqual(['mclaughlin-2014', 'stiles-2004']);
  });
});
