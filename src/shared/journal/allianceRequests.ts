/**
 * What the renderer sends and gets back for rupture warnings and goal attainment: a case's
 * warnings with the decisions about them, deciding one, the warning thresholds, a goal's scale,
 * a review of the goals, and the T-score over reviews.
 */
import { z } from 'zod';
import { warningStatuses } from '../alliance/decidedWarnings';
import { warningThresholdsSchema } from '../alliance/thresholds';
import { warningSchema } from '../alliance/warningSchema';
import { goalRatingSchema, goalWeightLimit, levelDescriptionsSchema } from '../domain/goalAttainment';
import { calendarDateSchema, idSchema, textSchema } from '../domain/primitives';
import { sectionVisibilities } from '../domain/taxonomy';
import {
  dismissalHasNote,
  dismissalHasNoteIssue,
  warningDecisionKinds,
  warningDecisionSchema,
} from '../domain/warningDecision';
import { reasonTextLimit } from './requests';

/** A warning with where it stands: active, dismissed (with the note) or taken to supervision. */
export const decidedWarningSchema = z.strictObject({
  warning: warningSchema,
  status: z.enum(warningStatuses),
  /** The decision in force; absent while the warning is active. */
  decision: warningDecisionSchema.optional(),
  /** Every decision about this warning, oldest first. */
  history: z.array(warningDecisionSchema),
});

export const caseWarningsSchema = z.strictObject({
  warnings: z.array(decidedWarningSchema),
  /** The thresholds they were evaluated with (the settings' own). */
  thresholds: warningThresholdsSchema,
});

/** A decision about a warning the case raises now, named by its id. */
export const decideWarningRequestSchema = z
  .strictObject({
    caseId: idSchema,
    warningId: idSchema,
    kind: z.enum(warningDecisionKinds),
    note: textSchema.max(reasonTextLimit).optional(),
    noteVisibility: z.enum(sectionVisibilities),
  })
  .refine(dismissalHasNote, dismissalHasNoteIssue);

/** The whole thresholds object: a field left out takes its default, so `{}` restores them all. */
export const allianceThresholdsRequestSchema = warningThresholdsSchema;

/** A goal's scale, set or replaced; `scale: null` removes it (refused once the goal was rated). */
export const setGoalScaleRequestSchema = z.strictObject({
  caseId: idSchema,
  goalId: idSchema,
  scale: z
    .strictObject({
      levels: levelDescriptionsSchema,
      weight: z.number().positive().max(goalWeightLimit).optional(),
      agreedOn: calendarDateSchema,
    })
    .nullable(),
});

/** A review of scaled goals; the same `reviewId` again replaces that review. */
export const rateGoalsRequestSchema = z.strictObject({
  caseId: idSchema,
  reviewId: idSchema,
  reviewedOn: calendarDateSchema,
  ratings: z.array(goalRatingSchema).min(1),
});

export const reviewPointSchema = z.strictObject({
  reviewId: idSchema,
  reviewedOn: calendarDateSchema,
  tScore: z.number().optional(),
  goals: z.array(z.strictObject({ goalId: idSchema, level: z.number(), weight: z.number() })),
});

export const goalAttainmentSchema = z.strictObject({
  /** ρ, the assumed correlation between goals. */
  correlation: z.number(),
  /** Oldest first. */
  reviews: z.array(reviewPointSchema),
});

export type DecideWarningRequest = z.output<typeof decideWarningRequestSchema>;
export type SetGoalScaleRequest = z.output<typeof setGoalScaleRequestSchema>;
export type RateGoalsRequest = z.output<typeof rateGoalsRequestSchema>;
export type CaseWarnings = z.output<typeof caseWarningsSchema>;
export type GoalAttainment = z.output<typeof goalAttainmentSchema>;
