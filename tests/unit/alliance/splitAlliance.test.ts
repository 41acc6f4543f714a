/** R4: two caregivers' goals or tasks ratings far apart. */
import { describe, expect, it } from 'vitest';
import { defaultWarningThresholds, evaluateWarnings } from '../../../src/shared/alliance';
import { all, caseOf, session, type Elements } from './builders';

const rated = (index: number, partyId: string, ratings: Elements) =>
  session(index, { caregiver: { ...ratings, partyId } });

const splits = (entries: ReturnType<typeof session>[], thresholds = defaultWarningThresholds) =>
  evaluateWarnings(caseOf(entries), thresholds).filter((warning) => warning.rule === 'split-alliance');

describe('R4: split alliance', () => {
  it.each([
    { mother: 8, grandmother: 5, warned: true, why: '3 apart (at the threshold)' },
    { mother: 8, grandmother: 6, warned: false, why: '2 apart' },
    { mother: 2, grandmother: 9, warned: true, why: '7 apart, the other way' },
  ])('goals $why → $warned', ({ mother, grandmother, warned }) => {
    const entries = [
      rated(0, 'mother', { ...all(7), goals: mother }),
      rated(1, 'grandmother', { ...all(7), goals: grandmother }),
    ];
    expect(splits(entries).map((warning) => warning.details.element)).toEqual(warned ? ['goals'] : []);
  });

  it('gives both caregivers, their ratings and sessions', () => {
    const entries = [rated(0, 'mother', { ...all(7), tasks: 9 }), rated(1, 'grandmother', { ...all(7), tasks: 4 })];
    const [warning] = splits(entries);
    expect(warning?.details).toEqual({
      element: 'tasks',
      caregivers: [
        { partyId: 'grandmother', value: 4, entryId: 'e1' },
        { partyId: 'mother', value: 9, entryId: 'e0' },
      ],
      gap: 5,
    });
    expect(warning?.sessions.map((found) => found.entryId)).toEqual(['e0', 'e1']);
    expect(warning?.sources).toEqual(['robbins-2003', 'friedlander-2006']);
  });

  it('compares goals and tasks, not bond', () => {
    const entries = [rated(0, 'mother', { ...all(7), bond: 10 }), rated(1, 'grandmother', { ...all(7), bond: 0 })];
    expect(splits(entries)).toEqual([]);
  });

  it("uses each caregiver's latest rating in the recent sessions", () => {
    const early = rated(0, 'mother', all(2));
    const later = rated(1, 'mother', all(7));
    const other = rated(2, 'grandmother', all(8));
    expect(splits([early, other])).toHaveLength(2);
    expect(splits([early, later, other])).toEqual([]);
    const apart = [
      early,
      ...[1, 2, 3].map((index) => session(index, { practitioner: all(7) })),
      rated(4, 'grandmother', all(8)),
    ];
    expect(splits(apart)).toEqual([]);
    expect(splits(apart, { ...defaultWarningThresholds, recentSessions: 5 })).toHaveLength(2);
  });

  it('counts only parties in a caregiving role, and ratings that say whose they are', () => {
    const aunt = [rated(0, 'aunt', all(1)), rated(1, 'mother', all(9))];
    expect(splits(aunt)).toEqual([]);
    const unknown = [session(0, { caregiver: all(1) }), rated(1, 'mother', all(9))];
    expect(splits(unknown)).toEqual([]);
  });

  it('follows the threshold it is given', () => {
    const entries = [rated(0, 'mother', all(7)), rated(1, 'grandmother', all(5))];
    expect(splits(entries)).toEqual([]);
    expect(splits(entries, { ...defaultWarningThresholds, splitGap: 2 })).toHaveLength(2);
  });
});
