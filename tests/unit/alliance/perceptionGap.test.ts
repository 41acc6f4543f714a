/** R3: the caregiver's and the practitioner's ratings of an element far apart. */
import { describe, expect, it } from 'vitest';
import { defaultWarningThresholds, evaluateWarnings } from '../../../src/shared/alliance';
import { all, caseOf, session } from './builders';

const gaps = (entries: ReturnType<typeof session>[], thresholds = defaultWarningThresholds) =>
  evaluateWarnings(caseOf(entries), thresholds).filter((warning) => warning.rule === 'perception-gap');

describe('R3: perception gap', () => {
  it.each([
    { caregiver: 4, warned: true, why: '3 points below (at the threshold)' },
    { caregiver: 5, warned: false, why: '2 points below' },
    { caregiver: 10, warned: true, why: '3 points above' },
    { caregiver: 9, warned: false, why: '2 points above' },
    { caregiver: 7, warned: false, why: 'the same' },
  ])('caregiver $why → $warned', ({ caregiver, warned }) => {
    const entry = session(0, { practitioner: all(7), caregiver: { ...all(7), goals: caregiver, partyId: 'mother' } });
    expect(gaps([entry]).map((warning) => warning.details.element)).toEqual(warned ? ['goals'] : []);
  });

  it('says which way the gap goes, and whose', () => {
    const entry = session(0, { practitioner: all(7), caregiver: { ...all(7), bond: 2, partyId: 'mother' } });
    const [warning] = gaps([entry]);
    expect(warning?.details).toEqual({
      caregiverId: 'mother',
      element: 'bond',
      caregiver: 2,
      practitioner: 7,
      gap: -5,
    });
    expect(warning?.sessions).toEqual([{ entryId: 'e0', date: '2024-01-01' }]);
    expect(warning?.level).toBe('perception-gap');
  });

  it('reads the latest session rated by both, per caregiver, among the recent ones', () => {
    const gapThen = session(0, { practitioner: all(7), caregiver: { ...all(2), partyId: 'mother' } });
    const closedLater = session(1, { practitioner: all(7), caregiver: { ...all(7), partyId: 'mother' } });
    const practitionerOnly = session(2, { practitioner: all(1) });
    expect(gaps([gapThen, practitionerOnly])).toHaveLength(3);
    expect(gaps([gapThen, closedLater, practitionerOnly])).toEqual([]);
    const old = [gapThen, ...[1, 2, 3, 4].map((index) => session(index, { practitioner: all(7) }))];
    expect(gaps(old)).toEqual([]);
    expect(gaps(old, { ...defaultWarningThresholds, recentSessions: 5 })).toHaveLength(3);
  });

  it('follows the threshold it is given, and needs both sides', () => {
    const entry = session(0, { practitioner: all(7), caregiver: { ...all(5) } });
    expect(gaps([entry])).toEqual([]);
    expect(gaps([entry], { ...defaultWarningThresholds, perceptionGap: 2 })).toHaveLength(3);
    expect(gaps([session(0, { caregiver: all(0) })])).toEqual([]);
  });
});
