import { describe, expect, it } from 'vitest';
import type { GoalReview, GoalScale } from '../../../src/shared/domain/goalAttainment';
import { rateGoalsRequestSchema, setGoalScaleRequestSchema } from '../../../src/shared/journal/allianceRequests';
import { signedLevel } from '../../../src/shared/gas';
import { scaleDraftOf, scaleProblems, scaleRequest, typedWeight } from '../../../src/renderer/src/gas/scaleDraft';
import {
  newReviewDraft,
  reviewDraftOf,
  reviewProblems,
  reviewRequest,
} from '../../../src/renderer/src/gas/reviewDraft';

const at = '2025-03-01T10:00:00.000Z';
const scale: GoalScale = {
  goalId: 'g1',
  levels: [-2, -1, 0, 1, 2].map((level) => ({
    level,
    practitioner: `p${level}`,
    ...(level === 0 ? { caregiver: 'c0' } : {}),
  })),
  weight: 2,
  agreedOn: '2025-03-01',
  createdAt: at,
  updatedAt: at,
};

describe('the scale form', () => {
  it('starts empty on today, with the five levels from −2 to +2', () => {
    const draft = scaleDraftOf(undefined, '2025-05-05');
    expect(draft.levels.map((level) => level.level)).toEqual([-2, -1, 0, 1, 2]);
    expect(draft.agreedOn).toBe('2025-05-05');
    expect(scaleProblems(draft)).toEqual(
      new Map([-2, -1, 0, 1, 2].map((level) => [`level:${level}`, 'level-missing'] as const)),
    );
  });

  it('round-trips a saved scale into a request main accepts, caregiver words only where given', () => {
    const request = scaleRequest('c1', 'g1', scaleDraftOf(scale, '2025-05-05'));
    expect(setGoalScaleRequestSchema.parse(request)).toEqual(request);
    expect(request.scale?.levels).toEqual(scale.levels);
    expect(request.scale?.weight).toBe(2);
  });

  it('reads a weight with a decimal comma, leaves an empty one out, refuses 0, text and more than 100', () => {
    expect(typedWeight('1,5')).toBe(1.5);
    expect(typedWeight('')).toBeUndefined();
    const draft = scaleDraftOf(scale, '2025-05-05');
    expect(scaleRequest('c1', 'g1', { ...draft, weight: ' ' }).scale?.weight).toBeUndefined();
    for (const weight of ['0', 'two', '100.5', '-1'])
      expect(scaleProblems({ ...draft, weight }).get('weight')).toBe('weight-invalid');
    expect(scaleProblems({ ...draft, weight: '100' }).size).toBe(0);
    expect(scaleProblems({ ...draft, agreedOn: '2025-02-30' }).get('agreedOn')).toBe('date-invalid');
  });
});

describe('the review form', () => {
  const goals = ['g1', 'g2'];

  it('needs a date not before the opening, one goal rated and the practitioner’s confirmation', () => {
    const draft = newReviewDraft('r1', '2025-01-01');
    expect(reviewProblems(draft, goals, '2025-03-01')).toEqual(
      new Map([
        ['reviewedOn', 'date-before-opening'],
        ['levels', 'none-rated'],
        ['confirmed', 'not-confirmed'],
      ]),
    );
    const ready = { ...draft, reviewedOn: '2025-04-01', levels: { g2: -1 }, confirmed: true };
    expect(reviewProblems(ready, goals, '2025-03-01').size).toBe(0);
  });

  it('sends only scaled goals that were rated, in the scales’ order', () => {
    const draft = { ...newReviewDraft('r1', '2025-04-01'), levels: { g2: 2, gone: 1, g1: 0 }, confirmed: true };
    const request = reviewRequest('c1', draft, goals);
    expect(rateGoalsRequestSchema.parse(request)).toEqual(request);
    expect(request.ratings).toEqual([
      { goalId: 'g1', level: 0 },
      { goalId: 'g2', level: 2 },
    ]);
  });

  it('reopens a saved review to correct it, asking for the confirmation again', () => {
    const review: GoalReview = {
      id: 'r9',
      reviewedOn: '2025-04-02',
      ratings: [{ goalId: 'g1', level: -2 }],
      createdAt: at,
      updatedAt: at,
    };
    expect(reviewDraftOf(review)).toEqual({
      reviewId: 'r9',
      reviewedOn: '2025-04-02',
      levels: { g1: -2 },
      confirmed: false,
    });
  });
});

describe('levels as written', () => {
  it('signs them with a true minus', () => {
    expect([-2, -1, 0, 1, 2].map(signedLevel)).toEqual(['−2', '−1', '0', '+1', '+2']);
  });
});
