/**
 * The brief's goal attainment: the T-score at each review of the period (and of the phases
 * chosen), and the level of each goal rated. Goals are named by their descriptions, which pass
 * through de-identification with every other text of the brief. Undefined when the period holds
 * no review, so a case that does not scale its goals prints nothing about them.
 */
import type { CaseWithEntries } from '../../domain/case';
import { attainmentSeries, defaultGoalCorrelation } from '../../gas';
import { phaseOn } from '../../journal/attendanceCounts';
import type { BriefChoices } from './buildBrief';

export interface GoalsSection {
  /** ρ, the correlation between goals the T-score assumes. */
  correlation: number;
  /** The goals rated in the period, in the order of their scales. */
  goals: { goalId: string; description: string; weight?: number }[];
  /** Oldest first; `levels` in the order of `goals`, undefined where the goal was not rated. */
  reviews: { date: string; tScore?: number; levels: (number | undefined)[] }[];
}

/** The descriptions of the goals that carry a scale: the texts this section prints. */
export function scaledGoalTexts(journalCase: CaseWithEntries): { goalId: string; description: string }[] {
  const scaled = new Set((journalCase.goalScales ?? []).map((scale) => scale.goalId));
  return journalCase.goals
    .filter((goal) => scaled.has(goal.id))
    .map((goal) => ({ goalId: goal.id, description: goal.description }));
}

export function goalsSection(
  journalCase: CaseWithEntries,
  choices: BriefChoices,
  to: string,
  describe: (goalId: string) => string | undefined,
): GoalsSection | undefined {
  const wanted = choices.phases === undefined || choices.phases.length === 0 ? undefined : new Set(choices.phases);
  const reviews = attainmentSeries(journalCase)
    .filter((review) => (choices.from === undefined || review.reviewedOn >= choices.from) && review.reviewedOn <= to)
    .filter(
      (review) =>
        wanted === undefined || wanted.has(phaseOn(journalCase.phaseHistory, journalCase.phase, review.reviewedOn)),
    );
  if (reviews.length === 0) return undefined;
  const rated = new Set(reviews.flatMap((review) => review.goals.map((goal) => goal.goalId)));
  const goals = (journalCase.goalScales ?? [])
    .filter((scale) => rated.has(scale.goalId))
    .map((scale) => ({
      goalId: scale.goalId,
      description: describe(scale.goalId) ?? '',
      ...(scale.weight === undefined ? {} : { weight: scale.weight }),
    }));
  return {
    correlation: defaultGoalCorrelation,
    goals,
    reviews: reviews.map((review) => ({
      date: review.reviewedOn,
      ...(review.tScore === undefined ? {} : { tScore: review.tScore }),
      levels: goals.map((goal) => review.goals.find((each) => each.goalId === goal.goalId)?.level),
    })),
  };
}
