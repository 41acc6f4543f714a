/**
 * What goal attainment commands do to a case, as pure functions of the case, the request and the
 * time: set or remove a goal's scale, record or replace a review, and keep scales in step when the
 * goals form replaces the goal list.
 */
import type { CaseWithEntries } from '../../shared/domain/case';
import type { GoalReview, GoalScale } from '../../shared/domain/goalAttainment';
import { AppError } from '../../shared/ipc/result';
import type { RateGoalsRequest, SetGoalScaleRequest } from '../../shared/journal/allianceRequests';

export function withGoalScale(current: CaseWithEntries, request: SetGoalScaleRequest, now: Date): CaseWithEntries {
  const goal = current.goals.find((candidate) => candidate.id === request.goalId);
  if (goal === undefined) throw new AppError('invalid-request', `The case has no goal ${request.goalId}.`);
  const timestamp = now.toISOString();
  const scales = current.goalScales ?? [];
  const previous = scales.find((scale) => scale.goalId === request.goalId);
  const others = scales.filter((scale) => scale.goalId !== request.goalId);
  if (request.scale === null) {
    const review = firstReviewOf(current, request.goalId);
    if (review !== undefined) {
      throw new AppError(
        'invalid-request',
        `The scale of "${goal.description}" cannot be removed: the goal was rated at the review of ${review.reviewedOn}.`,
      );
    }
    return { ...withScales(current, others), updatedAt: timestamp };
  }
  if (request.scale.agreedOn < current.openedAt) {
    throw new AppError(
      'invalid-request',
      `A scale cannot be agreed (${request.scale.agreedOn}) before the case opened (${current.openedAt}).`,
    );
  }
  const rated = firstReviewOf(current, request.goalId);
  if (rated !== undefined && rated.reviewedOn < request.scale.agreedOn) {
    throw new AppError(
      'invalid-request',
      `The scale cannot be agreed after the goal was rated (the review of ${rated.reviewedOn}).`,
    );
  }
  const scale: GoalScale = {
    goalId: request.goalId,
    levels: request.scale.levels,
    ...(request.scale.weight === undefined ? {} : { weight: request.scale.weight }),
    agreedOn: request.scale.agreedOn,
    createdAt: previous?.createdAt ?? timestamp,
    updatedAt: timestamp,
  };
  // In the order of the goals, so every list of them reads in one order.
  const order = new Map(current.goals.map((item, index) => [item.id, index]));
  const goalScales = [...others, scale].sort((a, b) => (order.get(a.goalId) ?? 0) - (order.get(b.goalId) ?? 0));
  return { ...current, goalScales, updatedAt: timestamp };
}

export function withGoalReview(current: CaseWithEntries, request: RateGoalsRequest, now: Date): CaseWithEntries {
  if (request.reviewedOn < current.openedAt) {
    throw new AppError(
      'invalid-request',
      `A review cannot be dated (${request.reviewedOn}) before the case opened (${current.openedAt}).`,
    );
  }
  const scales = new Map((current.goalScales ?? []).map((scale) => [scale.goalId, scale]));
  const seen = new Set<string>();
  for (const rating of request.ratings) {
    const scale = scales.get(rating.goalId);
    if (scale === undefined) {
      throw new AppError('invalid-request', `Goal ${rating.goalId} has no attainment scale to be rated on.`);
    }
    if (request.reviewedOn < scale.agreedOn) {
      throw new AppError(
        'invalid-request',
        `Goal ${rating.goalId} cannot be rated (${request.reviewedOn}) before its scale was agreed (${scale.agreedOn}).`,
      );
    }
    if (seen.has(rating.goalId)) throw new AppError('invalid-request', `Goal ${rating.goalId} is rated twice.`);
    seen.add(rating.goalId);
  }
  const timestamp = now.toISOString();
  const reviews = current.goalReviews ?? [];
  const previous = reviews.find((review) => review.id === request.reviewId);
  const review: GoalReview = {
    id: request.reviewId,
    reviewedOn: request.reviewedOn,
    ratings: request.ratings,
    createdAt: previous?.createdAt ?? timestamp,
    updatedAt: timestamp,
  };
  const goalReviews = [...reviews.filter((existing) => existing.id !== request.reviewId), review].sort(
    (a, b) => a.reviewedOn.localeCompare(b.reviewedOn) || a.createdAt.localeCompare(b.createdAt),
  );
  return { ...current, goalReviews, updatedAt: timestamp };
}

/**
 * The case once its goal list is replaced: a removed goal's scale goes with it, but a goal rated
 * at a review stays, since the review is part of the record (mark it dropped instead).
 */
export function attainmentForGoals(next: CaseWithEntries): CaseWithEntries {
  const goalIds = new Set(next.goals.map((goal) => goal.id));
  for (const review of next.goalReviews ?? []) {
    const removed = review.ratings.find((rating) => !goalIds.has(rating.goalId));
    if (removed !== undefined) {
      throw new AppError(
        'invalid-request',
        `Goal ${removed.goalId} cannot be removed: it was rated at the review of ${review.reviewedOn}. ` +
          'Mark it dropped instead.',
      );
    }
  }
  if (next.goalScales === undefined) return next;
  return withScales(
    next,
    next.goalScales.filter((scale) => goalIds.has(scale.goalId)),
  );
}

function firstReviewOf(journalCase: CaseWithEntries, goalId: string): GoalReview | undefined {
  return journalCase.goalReviews?.find((review) => review.ratings.some((rating) => rating.goalId === goalId));
}

/** The case with these scales; none is no list, as a case that never had one stores it. */
function withScales(journalCase: CaseWithEntries, goalScales: GoalScale[]): CaseWithEntries {
  const { goalScales: _goalScales, ...rest } = journalCase;
  return goalScales.length === 0 ? rest : { ...rest, goalScales };
}
