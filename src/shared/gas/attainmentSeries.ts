/**
 * The case's T-score at each review, oldest first, for a chart and the brief: each review's
 * score is over the goals rated at it, with the weights their scales carry now.
 */
import type { GoalReview, GoalScale } from '../domain/goalAttainment';
import { attainmentScore, defaultGoalCorrelation } from './tScore';

export interface ReviewPoint {
  reviewId: string;
  reviewedOn: string;
  /** Undefined only when none of the goals rated still has a scale. */
  tScore: number | undefined;
  /** The goals rated at the review, in the order of their scales. */
  goals: { goalId: string; level: number; weight: number }[];
}

export function attainmentSeries(
  attainment: { goalScales?: readonly GoalScale[] | undefined; goalReviews?: readonly GoalReview[] | undefined },
  correlation: number = defaultGoalCorrelation,
): ReviewPoint[] {
  const scales = attainment.goalScales ?? [];
  const order = new Map(scales.map((scale, index) => [scale.goalId, index]));
  const weights = new Map(scales.map((scale) => [scale.goalId, scale.weight ?? 1]));
  const reviews = [...(attainment.goalReviews ?? [])].sort(
    (a, b) => compare(a.reviewedOn, b.reviewedOn) || compare(a.createdAt, b.createdAt) || compare(a.id, b.id),
  );
  return reviews.map((review) => {
    const goals = review.ratings
      .filter((rating) => weights.has(rating.goalId))
      .map((rating) => ({ goalId: rating.goalId, level: rating.level, weight: weights.get(rating.goalId) ?? 1 }))
      .sort((a, b) => (order.get(a.goalId) ?? 0) - (order.get(b.goalId) ?? 0));
    return { reviewId: review.id, reviewedOn: review.reviewedOn, tScore: attainmentScore(goals, correlation), goals };
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
