/**
 * The numbers the warning rules compare against, with the defaults the issue sets. A zod schema
 * so that Settings can store the practitioner's own values later and read back an older, partial
 * object: every field has its default, every range is checked.
 */
import { z } from 'zod';

const count = (minimum: number, maximum: number, fallback: number) =>
  z.int().min(minimum).max(maximum).default(fallback);

const deviations = (minimum: number, maximum: number, fallback: number) =>
  z.number().min(minimum).max(maximum).default(fallback);

export const warningThresholdsSchema = z
  .strictObject({
    /** R1: a fall this many standard deviations below the running mean is "watch". */
    watchDeviations: deviations(0.5, 4, 1),
    /** R1: a fall this many standard deviations below it is "possible rupture". */
    ruptureDeviations: deviations(1, 6, 2),
    /** R1: the earlier rated sessions needed before a running mean means anything. */
    earlierSessions: count(3, 50, 3),
    /**
     * R1: the smallest standard deviation used, in rating points. A run of identical ratings has
     * none, and any one-point dip would then count as infinitely many deviations.
     */
    deviationFloor: deviations(0.5, 5, 1),
    /** R2: rated sessions after a fall without a return before it counts as not repaired. */
    repairSessions: count(1, 20, 3),
    /** R3: points between the caregiver's and the practitioner's rating of one element. */
    perceptionGap: count(1, 10, 3),
    /** R4: points between two caregivers' ratings of goals or tasks. */
    splitGap: count(1, 10, 3),
    /** R3, R4, R6, R7: how many of the latest sessions count as "now". */
    recentSessions: count(2, 20, 4),
    /** R5: planned sessions missed or cancelled by the family… */
    absences: count(1, 10, 2),
    /** R5: …among this many of the latest planned sessions. */
    absenceWindow: count(2, 20, 4),
    /** R5: a rating at or below this, of any element from either side, is low. */
    lowRating: count(0, 9, 4),
    /** R7: sessions in a row with the same withdrawal indicator. */
    indicatorSessions: count(2, 10, 3),
  })
  .refine((thresholds) => thresholds.ruptureDeviations > thresholds.watchDeviations, {
    error: 'the deviations for "possible rupture" must be more than those for "watch"',
    path: ['ruptureDeviations'],
  })
  .refine((thresholds) => thresholds.absences <= thresholds.absenceWindow, {
    error: 'the absences cannot be more than the sessions they are counted in',
    path: ['absences'],
  });

export type WarningThresholds = z.infer<typeof warningThresholdsSchema>;

/** The defaults, as Settings starts them. */
export const defaultWarningThresholds: WarningThresholds = warningThresholdsSchema.parse({});
