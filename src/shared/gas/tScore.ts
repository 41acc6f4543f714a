/**
 * The goal attainment T-score of Kiresuk & Sherman: one number for how far a set of goals was
 * attained, 50 when every goal is at its expected level (0), about 10 per level above or below.
 *
 *   T = 50 + 10 · Σ wᵢxᵢ / √((1 − ρ) · Σ wᵢ² + ρ · (Σ wᵢ)²)
 *
 * xᵢ is goal i's level (−2 … +2), wᵢ its weight (1 when none is given, so equal weights by
 * default), ρ the assumed correlation between the goals' scores, 0.3 by convention.
 *
 * Source: Kiresuk, T. J. & Sherman, R. E. (1968). Goal attainment scaling: a general method for
 * evaluating comprehensive community mental health programs. Community Mental Health Journal,
 * 4(6), 443–453 (the formula and ρ = 0.3); Kiresuk, T. J., Smith, A. & Cardillo, J. E. (1994).
 * Goal Attainment Scaling: Applications, Theory, and Measurement. Hillsdale, NJ: Erlbaum.
 */

/** The correlation between goals the authors assumed, used unless another is given. */
export const defaultGoalCorrelation = 0.3;

export interface AttainedGoal {
  /** −2 … +2. */
  level: number;
  /** Relative importance; 1 when absent. */
  weight?: number | undefined;
}

/** The T-score of the goals; undefined when there are none (no score is not a score of 50). */
export function attainmentScore(
  goals: readonly AttainedGoal[],
  correlation: number = defaultGoalCorrelation,
): number | undefined {
  if (goals.length === 0) return undefined;
  if (!(correlation >= 0 && correlation < 1)) throw new RangeError(`correlation must be in [0, 1): ${correlation}`);
  let weighted = 0;
  let weights = 0;
  let squares = 0;
  for (const goal of goals) {
    const weight = goal.weight ?? 1;
    weighted += weight * goal.level;
    weights += weight;
    squares += weight * weight;
  }
  return 50 + (10 * weighted) / Math.sqrt((1 - correlation) * squares + correlation * weights * weights);
}
