/**
 * A review of the goals as the form holds it: the day, the level chosen for each scaled goal
 * (a goal left unrated is not part of the review), and the practitioner's confirmation.
 */
import type { GoalReview } from '../../../shared/domain/goalAttainment';
import { isCalendarDate } from '../../../shared/domain/primitives';
import type { RateGoalsRequest } from '../../../shared/journal/allianceRequests';

export interface ReviewDraft {
  reviewId: string;
  reviewedOn: string;
  /** Level by goal id; a goal absent here is not rated at this review. */
  levels: Record<string, number>;
  confirmed: boolean;
}

export type ReviewProblem = 'date-missing' | 'date-invalid' | 'date-before-opening' | 'none-rated' | 'not-confirmed';

/** Problems by field: `reviewedOn`, `levels`, `confirmed`. */
export type ReviewProblems = Map<string, ReviewProblem>;

export function newReviewDraft(reviewId: string, today: string): ReviewDraft {
  return { reviewId, reviewedOn: today, levels: {}, confirmed: false };
}

/** A saved review, to correct: it was confirmed once, and is confirmed again before it is saved. */
export function reviewDraftOf(review: GoalReview): ReviewDraft {
  return {
    reviewId: review.id,
    reviewedOn: review.reviewedOn,
    levels: Object.fromEntries(review.ratings.map((rating) => [rating.goalId, rating.level])),
    confirmed: false,
  };
}

export function reviewProblems(draft: ReviewDraft, scaledGoalIds: readonly string[], openedAt: string): ReviewProblems {
  const problems: ReviewProblems = new Map();
  if (draft.reviewedOn === '') problems.set('reviewedOn', 'date-missing');
  else if (!isCalendarDate(draft.reviewedOn)) problems.set('reviewedOn', 'date-invalid');
  else if (draft.reviewedOn < openedAt) problems.set('reviewedOn', 'date-before-opening');
  if (!scaledGoalIds.some((goalId) => draft.levels[goalId] !== undefined)) problems.set('levels', 'none-rated');
  if (!draft.confirmed) problems.set('confirmed', 'not-confirmed');
  return problems;
}

/** Only the goals that still have a scale are sent, in the order of the scales. */
export function reviewRequest(caseId: string, draft: ReviewDraft, scaledGoalIds: readonly string[]): RateGoalsRequest {
  return {
    caseId,
    reviewId: draft.reviewId,
    reviewedOn: draft.reviewedOn,
    ratings: scaledGoalIds.flatMap((goalId) => {
      const level = draft.levels[goalId];
      return level === undefined ? [] : [{ goalId, level }];
    }),
  };
}
