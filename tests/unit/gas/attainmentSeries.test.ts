import { describe, expect, it } from 'vitest';
import type { GoalReview, GoalScale } from '../../../src/shared/domain/goalAttainment';
import { attainmentSeries } from '../../../src/shared/gas';

const at = '2025-03-01T12:00:00.000Z';
const levels = [-2, -1, 0, 1, 2].map((level) => ({ level, practitioner: `level ${level}` }));
const scale = (goalId: string, weight?: number): GoalScale => ({
  goalId,
  levels,
  agreedOn: '2025-03-01',
  ...(weight === undefined ? {} : { weight }),
  createdAt: at,
  updatedAt: at,
});
const review = (id: string, reviewedOn: string, ratings: GoalReview['ratings']): GoalReview => ({
  id,
  reviewedOn,
  ratings,
  createdAt: at,
  updatedAt: at,
});

describe('the T-score over reviews', () => {
  it('gives one point per review, oldest first, with the goals in the order of their scales', () => {
    const series = attainmentSeries({
      goalScales: [scale('g-school', 2), scale('g-visits')],
      goalReviews: [
        review('r-2', '2025-06-01', [
          { goalId: 'g-visits', level: -1 },
          { goalId: 'g-school', level: 1 },
        ]),
        review('r-1', '2025-04-01', [
          { goalId: 'g-school', level: 0 },
          { goalId: 'g-visits', level: 0 },
        ]),
      ],
    });
    expect(series.map((point) => point.reviewId)).toEqual(['r-1', 'r-2']);
    expect(series[0]?.tScore).toBe(50);
    // +1 weighted 2 and −1 weighted 1: 50 + 10 / √6.2
    expect(series[1]?.tScore).toBeCloseTo(54.0161, 4);
    expect(series[1]?.goals).toEqual([
      { goalId: 'g-school', level: 1, weight: 2 },
      { goalId: 'g-visits', level: -1, weight: 1 },
    ]);
  });

  it('scores a review over the goals rated at it only', () => {
    const [point] = attainmentSeries({
      goalScales: [scale('g-school'), scale('g-visits')],
      goalReviews: [review('r-1', '2025-04-01', [{ goalId: 'g-visits', level: 2 }])],
    });
    expect(point?.tScore).toBe(70);
  });

  it('is empty for a case with no reviews', () => {
    expect(attainmentSeries({ goalScales: [scale('g-school')] })).toEqual([]);
    expect(attainmentSeries({})).toEqual([]);
  });
});
