/**
 * Goal attainment scaling (Kiresuk & Sherman 1968): a goal's five levels of outcome, from −2 (much
 * less than expected) through 0 (the expected outcome) to +2 (much more than expected), each
 * described when the goal is agreed, in the practitioner's words and, when given, the caregiver's;
 * then ratings of the goals at reviews the practitioner chooses. The scales live beside the goals,
 * keyed by goal id, because the goals form replaces the goal list whole and knows nothing of them.
 */
import { z } from 'zod';
import { calendarDateSchema, idSchema, nonBlankSchema, scaleSchema, textSchema, timestampSchema } from './primitives';

export const attainmentLevels = [-2, -1, 0, 1, 2] as const;
export type AttainmentLevel = (typeof attainmentLevels)[number];

export const attainmentLevelSchema = scaleSchema(-2, 2);

/** The largest weight a goal may carry; weights are relative, so a small range is enough. */
export const goalWeightLimit = 100;

export const levelDescriptionSchema = z.strictObject({
  level: attainmentLevelSchema,
  practitioner: nonBlankSchema,
  /** The caregiver's own words for the same outcome, when they gave them. */
  caregiver: textSchema.optional(),
});

export type LevelDescription = z.infer<typeof levelDescriptionSchema>;

/** The five levels, each once, from −2 to +2. */
export const levelDescriptionsSchema = z
  .array(levelDescriptionSchema)
  .refine(
    (levels) =>
      levels.length === attainmentLevels.length &&
      levels.every((item, index) => item.level === attainmentLevels[index]),
    { error: 'expected the five levels −2, −1, 0, +1 and +2, each once and in that order' },
  );

export const goalScaleSchema = z.strictObject({
  goalId: idSchema,
  levels: levelDescriptionsSchema,
  /** Relative importance; a goal without one counts 1 (equal weights when none is given). */
  weight: z.number().positive().max(goalWeightLimit).optional(),
  /** The day the scale was agreed. */
  agreedOn: calendarDateSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export type GoalScale = z.infer<typeof goalScaleSchema>;

export const goalRatingSchema = z.strictObject({ goalId: idSchema, level: attainmentLevelSchema });
export type GoalRating = z.infer<typeof goalRatingSchema>;

/** A review: the level each scaled goal had reached on that day. */
export const goalReviewSchema = z.strictObject({
  id: idSchema,
  reviewedOn: calendarDateSchema,
  ratings: z.array(goalRatingSchema).min(1, { error: 'a review rates at least one goal' }),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export type GoalReview = z.infer<typeof goalReviewSchema>;
