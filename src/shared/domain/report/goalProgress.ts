/**
 * "Progress on the goals" for a new court report, from goal attainment scaling: per shared goal
 * with a scale, the level it reached at the latest review and at the first. Only reviews are
 * read, and a review is saved only once the practitioner confirmed its ratings as their own
 * observation; each sentence is the practitioner's opinion (their rating), never a fact, and
 * becomes an ordinary statement of the draft, which they confirm, edit or delete like any other.
 * No T-score: one number for the family is not what a court should read from this.
 */
import { signedLevel } from '../../gas';
import { fill } from '../../exports/labels/briefTexts';
import type { CaseWithEntries } from '../case';
import type { PrefillTexts } from './prefillTexts';

export interface GoalProgress {
  goalId: string;
  text: string;
}

export function goalProgress(
  journalCase: Pick<CaseWithEntries, 'goals' | 'goalScales' | 'goalReviews'>,
  texts: PrefillTexts,
  formatDate: (date: string) => string,
): GoalProgress[] {
  const reviews = [...(journalCase.goalReviews ?? [])].sort(
    (a, b) => a.reviewedOn.localeCompare(b.reviewedOn) || a.createdAt.localeCompare(b.createdAt),
  );
  // Levels run from −2, so a level's place in the list is two more than it.
  const levelName = (level: number) => texts.progress.levels[level + 2] ?? '';
  return journalCase.goals
    .filter((goal) => goal.agreedWith.length > 0)
    .flatMap((goal) => {
      const scale = journalCase.goalScales?.find((each) => each.goalId === goal.id);
      if (scale === undefined) return [];
      const rated = reviews.flatMap((review) => {
        const rating = review.ratings.find((each) => each.goalId === goal.id);
        return rating === undefined ? [] : [{ date: review.reviewedOn, level: rating.level }];
      });
      const first = rated[0];
      const latest = rated.at(-1);
      if (first === undefined || latest === undefined) return [];
      const values = {
        goal: goal.description.trim(),
        agreedOn: formatDate(scale.agreedOn),
        date: formatDate(latest.date),
        level: levelName(latest.level),
        signed: signedLevel(latest.level),
      };
      const text =
        rated.length === 1
          ? fill(texts.progress.once, values)
          : fill(texts.progress.since, {
              ...values,
              firstDate: formatDate(first.date),
              firstLevel: levelName(first.level),
              firstSigned: signedLevel(first.level),
            });
      return [{ goalId: goal.id, text }];
    });
}
