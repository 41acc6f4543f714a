/** R5: absences in the latest planned sessions, or the first absence after a low rating. */
import { describe, expect, it } from 'vitest';
import { defaultWarningThresholds, evaluateWarnings, type AttendanceRecord } from '../../../src/shared/alliance';
import type { AttendanceStatus } from '../../../src/shared/domain/taxonomy';
import { all, attendance, caseOf, session } from './builders';

const risks = (
  entries: ReturnType<typeof session>[],
  records: AttendanceRecord[],
  thresholds = defaultWarningThresholds,
) => evaluateWarnings(caseOf(entries, records), thresholds).filter((warning) => warning.rule === 'engagement-risk');

const absencesOnly = (statuses: AttendanceStatus[]) => risks([], attendance(statuses));

describe('R5: engagement risk from absences', () => {
  it.each<{ statuses: AttendanceStatus[]; warned: boolean; why: string }>([
    { statuses: ['held', 'not-attended', 'held', 'cancelled-by-family'], warned: true, why: '2 of the last 4' },
    { statuses: ['held', 'held', 'not-attended', 'held'], warned: false, why: '1 of the last 4' },
    {
      statuses: ['not-attended', 'held', 'held', 'held', 'cancelled-by-family'],
      warned: false,
      why: 'the first fell out',
    },
    { statuses: ['not-attended', 'not-attended'], warned: true, why: 'only 2 planned so far, both missed' },
    {
      statuses: ['not-attended', 'held', 'held', 'cancelled-by-programme', 'cancelled-by-family'],
      warned: true,
      why: 'a programme cancellation takes no place in the window',
    },
    {
      statuses: ['held', 'rescheduled', 'held', 'rescheduled', 'held'],
      warned: false,
      why: 'moved sessions are not missed',
    },
    { statuses: ['cancelled-by-programme', 'cancelled-by-programme'], warned: false, why: 'the programme cancelled' },
  ])('$why → $warned', ({ statuses, warned }) => {
    expect(absencesOnly(statuses).length).toBe(warned ? 1 : 0);
  });

  it('counts each reflection as a session held, in date order with the records', () => {
    // Two absences on days 0 and 1, then reflections on days 2–4: only one absence is in the last 4.
    const absences = attendance(['not-attended', 'cancelled-by-family']);
    expect(risks([session(2), session(3), session(4)], absences)).toEqual([]);
    // With one reflection after them, both are.
    expect(risks([session(2)], absences).map((warning) => warning.details.trigger)).toEqual(['absences']);
    // A reflection before them changes nothing.
    expect(risks([session(-1)], absences)).toHaveLength(1);
  });

  it('lists the absences and keeps its id until a new one', () => {
    const [warning] = absencesOnly(['held', 'not-attended', 'held', 'cancelled-by-family']);
    expect(warning?.details).toEqual({
      trigger: 'absences',
      window: 4,
      absences: [
        { id: 'a1', plannedOn: '2024-01-02', status: 'not-attended' },
        { id: 'a3', plannedOn: '2024-01-04', status: 'cancelled-by-family' },
      ],
    });
    const [afterHeld] = absencesOnly(['held', 'not-attended', 'held', 'cancelled-by-family', 'held']);
    expect(afterHeld?.id).toBe(warning?.id);
    const [another] = absencesOnly(['held', 'not-attended', 'held', 'cancelled-by-family', 'not-attended']);
    expect(another?.id).not.toBe(warning?.id);
  });

  it('follows the thresholds it is given', () => {
    const statuses: AttendanceStatus[] = ['not-attended', 'held', 'held', 'held', 'held'];
    expect(risks([], attendance(statuses))).toEqual([]);
    expect(
      risks([], attendance(statuses), { ...defaultWarningThresholds, absences: 1, absenceWindow: 5 }),
    ).toHaveLength(1);
  });
});

describe('R5: the first absence after a low rating', () => {
  const lowThen = (value: number) => [
    session(0, { practitioner: all(8) }),
    session(1, { practitioner: { ...all(8), tasks: value } }),
  ];

  it.each([
    { value: 4, warned: true, why: 'a rating of 4 (at the threshold)' },
    { value: 5, warned: false, why: 'a rating of 5' },
  ])('$why, then an absence → $warned', ({ value, warned }) => {
    expect(risks(lowThen(value), attendance(['not-attended'], 2)).length).toBe(warned ? 1 : 0);
  });

  it('names the low rating and the absence', () => {
    const records = attendance(['held', 'cancelled-by-family', 'not-attended'], 2);
    // Two absences of three planned sessions warn on their own too.
    const [absences, warning] = risks(lowThen(3), records);
    expect(absences?.details.trigger).toBe('absences');
    expect(warning?.sessions).toEqual([{ entryId: 'e1', date: '2024-01-02' }]);
    expect(warning?.details).toEqual({
      trigger: 'absence-after-low-rating',
      absence: { id: 'a1', plannedOn: '2024-01-04', status: 'cancelled-by-family' },
      series: { perspective: 'practitioner' },
      element: 'tasks',
      value: 3,
    });
  });

  it("reads the caregiver's rating too, and only the latest rated session", () => {
    const caregiverLow = [session(0, { practitioner: all(8), caregiver: { ...all(8), bond: 1, partyId: 'mother' } })];
    expect(risks(caregiverLow, attendance(['not-attended'], 1))).toHaveLength(1);
    const recovered = [...lowThen(2), session(2, { practitioner: all(8) })];
    expect(risks(recovered, attendance(['not-attended'], 3))).toEqual([]);
    const unratedAfter = [...lowThen(2), session(2)];
    expect(risks(unratedAfter, attendance(['not-attended'], 3))).toHaveLength(1);
  });

  it('needs the absence after the rating', () => {
    expect(risks(lowThen(2), attendance(['not-attended'], 0))).toEqual([]);
    expect(risks(lowThen(2), attendance(['held', 'cancelled-by-programme'], 2))).toEqual([]);
  });
});
