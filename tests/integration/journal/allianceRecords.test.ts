/**
 * Rupture-warning decisions, the warning thresholds and goal attainment, through the real router
 * and services: what the screens will call, with checked requests and answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseWarnings } from '../../../src/shared/journal/allianceRequests';
import type { Goal } from '../../../src/shared/domain/goal';
import { defaultWarningThresholds } from '../../../src/shared/alliance/thresholds';
import { createCaseRequest, entryContent, goals } from '../../unit/journal/journalFixtures';
import { passphrase } from './support';
import { openRoutedJournal, type RoutedJournal } from './routedJournal';

let journal: RoutedJournal;
beforeAll(async () => {
  journal = await openRoutedJournal();
});
afterAll(() => journal.test.close());

const call: RoutedJournal['call'] = (method, request) => journal.call(method, request);
const refusal: RoutedJournal['refusal'] = (method, payload) => journal.refusal(method, payload);

/** A session on 2025-03-<day> rated `value` for every element by the practitioner; no tensions. */
const rated = (caseId: string, day: number, value: number) =>
  call('saveEntry', {
    caseId,
    entryId: `e-${day}`,
    content: entryContent({
      sessionDate: `2025-03-${String(day).padStart(2, '0')}`,
      tensions: [],
      ratings: { practitioner: { bond: value, goals: value, tasks: value } },
    }),
  });

const bondFall = (answer: CaseWarnings) =>
  answer.warnings.filter((item) => item.warning.rule === 'alliance-fall' && item.warning.details.element === 'bond');

describe("rupture warnings and the practitioner's decisions", () => {
  let caseId: string;
  let fallId: string;

  it("lists a case's warnings, all active, with the thresholds in force", async () => {
    caseId = (await call('createCase', createCaseRequest('Familia D.'))).id;
    for (const [day, value] of [
      [2, 8],
      [4, 8],
      [6, 8],
      [8, 5],
    ] as const)
      await rated(caseId, day, value);
    const answer = await call('listCaseWarnings', { caseId });
    expect(answer.thresholds).toEqual(defaultWarningThresholds);
    const [fall] = bondFall(answer);
    expect(fall).toMatchObject({ status: 'active', history: [], warning: { level: 'possible-rupture' } });
    expect(fall).not.toHaveProperty('decision');
    fallId = fall!.warning.id;
  });

  it('refuses a dismissal without a note, and a decision about a warning the case does not raise', async () => {
    expect(
      await refusal('decideWarning', { caseId, warningId: fallId, kind: 'dismissed', noteVisibility: 'private' }),
    ).toBe('invalid-request');
    expect(
      await refusal('decideWarning', {
        caseId,
        warningId: 'alliance-fall-0000000000000000',
        kind: 'taken-to-supervision',
        noteVisibility: 'private',
      }),
    ).toBe('invalid-request');
    expect(
      await refusal('decideWarning', { caseId, warningId: fallId, kind: 'reopened', noteVisibility: 'private' }),
    ).toBe('invalid-request');
  });

  it('dismisses with a note, then takes it to supervision, keeping both through a lock', async () => {
    const dismissed = await call('decideWarning', {
      caseId,
      warningId: fallId,
      kind: 'dismissed',
      note: 'La baja coincide con la audiencia; conversado con la madre.',
      noteVisibility: 'supervision',
    });
    expect(dismissed).toMatchObject({
      status: 'dismissed',
      decision: { kind: 'dismissed', rule: 'alliance-fall', sessions: [{ entryId: 'e-8', date: '2025-03-08' }] },
    });
    journal.test.clock.set(new Date(journal.test.clock.now().getTime() + 60_000));
    await call('decideWarning', { caseId, warningId: fallId, kind: 'taken-to-supervision', noteVisibility: 'private' });

    await journal.test.services.vault.lock();
    await journal.test.services.vault.unlock(passphrase);
    const [fall] = bondFall(await call('listCaseWarnings', { caseId }));
    expect(fall?.status).toBe('taken-to-supervision');
    expect(fall?.history.map((decision) => decision.kind)).toEqual(['dismissed', 'taken-to-supervision']);
    expect(fall?.history[0]?.note).toBe('La baja coincide con la audiencia; conversado con la madre.');
    expect((await journal.test.services.care.verify()).problems).toEqual([]);
  });

  it('keeps the decision while the same facts stand, and raises a new fall as a new, active warning', async () => {
    await rated(caseId, 9, 8);
    await rated(caseId, 10, 8);
    await rated(caseId, 11, 8);
    await rated(caseId, 12, 4);
    const falls = bondFall(await call('listCaseWarnings', { caseId }));
    expect(falls.map((item) => item.status)).toEqual(['active']);
    expect(falls[0]?.warning.id).not.toBe(fallId);
    // The earlier decisions are kept in the case, never removed.
    const stored = await call('getCase', { caseId });
    expect(stored.warningDecisions).toHaveLength(2);
  });
});

describe('the warning thresholds in the settings', () => {
  it('starts with the defaults, evaluates with the ones set, and refuses thresholds that contradict', async () => {
    expect(await call('getAllianceThresholds', undefined)).toEqual(defaultWarningThresholds);
    const caseId = (await call('createCase', createCaseRequest('Familia U.'))).id;
    for (const [day, value] of [
      [2, 8],
      [4, 8],
      [6, 8],
      [8, 6],
    ] as const)
      await rated(caseId, day, value);
    expect(bondFall(await call('listCaseWarnings', { caseId }))).toHaveLength(1);

    const set = await call('setAllianceThresholds', { watchDeviations: 3, ruptureDeviations: 4 });
    expect(set).toEqual({ ...defaultWarningThresholds, watchDeviations: 3, ruptureDeviations: 4 });
    expect(await call('getAllianceThresholds', undefined)).toEqual(set);
    const stricter = await call('listCaseWarnings', { caseId });
    expect(stricter.thresholds).toEqual(set);
    expect(bondFall(stricter)).toEqual([]);

    expect(await refusal('setAllianceThresholds', { watchDeviations: 3, ruptureDeviations: 2 })).toBe(
      'invalid-request',
    );
    expect(await call('setAllianceThresholds', {})).toEqual(defaultWarningThresholds);
    expect(bondFall(await call('listCaseWarnings', { caseId }))).toHaveLength(1);
  });
});

describe('goal attainment scaling', () => {
  const levels = [-2, -1, 0, 1, 2].map((level) => ({
    level,
    practitioner: `Visitas: nivel ${level}`,
    caregiver: `En palabras de la madre, nivel ${level}`,
  }));
  let caseId: string;
  const schoolGoal: Goal = {
    id: 'g-school',
    description: 'Asistencia escolar',
    agreedWith: ['p-mother'],
    status: 'agreed',
  };

  it('sets a scale on a goal and refuses one that is not whole or not of the case', async () => {
    caseId = (await call('createCase', createCaseRequest('Familia G.', { goals: [...goals, schoolGoal] as never }))).id;
    const withScale = await call('setGoalScale', {
      caseId,
      goalId: 'g-visits',
      scale: { levels, weight: 2, agreedOn: '2025-03-05' },
    });
    expect(withScale.goalScales).toMatchObject([{ goalId: 'g-visits', weight: 2 }]);
    await call('setGoalScale', { caseId, goalId: 'g-school', scale: { levels, agreedOn: '2025-03-05' } });
    expect(await refusal('setGoalScale', { caseId, goalId: 'g-none', scale: { levels, agreedOn: '2025-03-05' } })).toBe(
      'invalid-request',
    );
    expect(
      await refusal('setGoalScale', {
        caseId,
        goalId: 'g-visits',
        scale: { levels: levels.slice(0, 4), agreedOn: '2025-03-05' },
      }),
    ).toBe('invalid-request');
  });

  it('rates the goals at reviews and gives the T-score at each, oldest first', async () => {
    await call('rateGoals', {
      caseId,
      reviewId: 'r-2',
      reviewedOn: '2025-03-12',
      ratings: [
        { goalId: 'g-visits', level: 1 },
        { goalId: 'g-school', level: -1 },
      ],
    });
    await call('rateGoals', {
      caseId,
      reviewId: 'r-1',
      reviewedOn: '2025-03-06',
      ratings: [
        { goalId: 'g-visits', level: 0 },
        { goalId: 'g-school', level: 0 },
      ],
    });
    const attainment = await call('getGoalAttainment', { caseId });
    expect(attainment.correlation).toBe(0.3);
    expect(attainment.reviews.map((point) => point.reviewId)).toEqual(['r-1', 'r-2']);
    expect(attainment.reviews[0]?.tScore).toBe(50);
    // +1 weighted 2, −1 weighted 1: 50 + 10 / √6.2
    expect(attainment.reviews[1]?.tScore).toBeCloseTo(54.0161, 4);
    expect(attainment.reviews[1]?.goals).toEqual([
      { goalId: 'g-visits', level: 1, weight: 2 },
      { goalId: 'g-school', level: -1, weight: 1 },
    ]);
  });

  it('replaces a review by its id, and refuses a rating that cannot be', async () => {
    const replaced = await call('rateGoals', {
      caseId,
      reviewId: 'r-2',
      reviewedOn: '2025-03-12',
      ratings: [{ goalId: 'g-visits', level: 2 }],
    });
    expect(replaced.goalReviews?.map((review) => review.id)).toEqual(['r-1', 'r-2']);
    expect(replaced.goalReviews?.[1]?.ratings).toEqual([{ goalId: 'g-visits', level: 2 }]);
    const attempts = [
      { reviewedOn: '2025-03-12', ratings: [{ goalId: 'g-visits', level: 3 }] },
      { reviewedOn: '2025-03-04', ratings: [{ goalId: 'g-visits', level: 0 }] },
      { reviewedOn: '2025-02-20', ratings: [{ goalId: 'g-visits', level: 0 }] },
      { reviewedOn: '2025-03-12', ratings: [{ goalId: 'g-unscaled', level: 0 }] },
      {
        reviewedOn: '2025-03-12',
        ratings: [
          { goalId: 'g-visits', level: 0 },
          { goalId: 'g-visits', level: 1 },
        ],
      },
      { reviewedOn: '2025-03-12', ratings: [] },
    ];
    for (const attempt of attempts) {
      expect(await refusal('rateGoals', { caseId, reviewId: 'r-3', ...attempt }), JSON.stringify(attempt)).toBe(
        'invalid-request',
      );
    }
  });

  it('keeps a rated goal and its scale: neither can be removed, and a removed unrated goal takes its scale along', async () => {
    expect(await refusal('setGoalScale', { caseId, goalId: 'g-visits', scale: null })).toBe('invalid-request');
    expect(await refusal('updateCase', { caseId, goals: [schoolGoal] })).toBe('invalid-request');
    const third: Goal = { id: 'g-home', description: 'Orden en casa', agreedWith: [], status: 'proposed' };
    await call('updateCase', { caseId, goals: [...goals, schoolGoal, third] });
    await call('setGoalScale', { caseId, goalId: 'g-home', scale: { levels, agreedOn: '2025-03-10' } });
    const removed = await call('updateCase', {
      caseId,
      goals: [...goals, schoolGoal],
    });
    expect(removed.goalScales?.map((scale) => scale.goalId)).toEqual(['g-visits', 'g-school']);
    expect((await journal.test.services.care.verify()).problems).toEqual([]);
  });
});
