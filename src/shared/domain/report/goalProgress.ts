/**
 * "Progress on the goals" for a new court report, from goal attainment scaling: per shared goal
 * with a scale, the level it reached at the latest review and at the first. Only reviews are
 * read, and a review is saved only once the practitioner confirmed its ratings as their own
 * observation; each is the practitioner's opinion (their rating), never a fact, and becomes an
 * ordinary statement of the draft, which they confirm, edit or delete like any other.
 * No T-score: one number for the family is not what a court should read from this.
 */
import type { CaseWithEntries } from '../case';
import type { PrefilledFact } from './prefilledFact';

export type GoalProgress = Extract<PrefilledFact, { kind: 'goal-progress' }>;

export function goalProgress(
  journalCase: Pick<CaseWithEntries, 'goals' | 'goalScales' | 'goalReviews'>,
): GoalProgress[] {
  const reviews = [...(journalCase.goalReviews ?? [])].sort(
    (a, b) => a.reviewedOn.localeCompare(b.reviewedOn) || a.createdAt.localeCompare(b.createdAt),
  );
  return journalCase.goals
    .filter((goal) => goal.agreedWith.length > 0 && goal.description.trim() !== '')
    .flatMap((goal): GoalProgress[] => {
      const scale = journalCase.goalScales?.find((each) => each.goalId === goal.id);
      if (scale === undefined) return [];
      const rated = reviews.flatMap((review) => {
        const rating = review.ratings.find((each) => each.goalId === goal.id);
        return rating === undefined ? [] : [{ date: review.reviewedOn, level: rating.level }];
      });
      const first = rated[0];
      const latest = rated.at(-1);
      if (first === undefined || latest === undefined) return [];
      return [
        {
          kind: 'goal-progress',
          goalId: goal.id,
          goal: goal.description.trim(),
          agreedOn: scale.agreedOn,
          latest,
          ...(rated.length === 1 ? {} : { first }),
        },
      ];
    });
}
