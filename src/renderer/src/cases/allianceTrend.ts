/** Which way the practitioner's alliance ratings are going, for the mark in the case list. */
export type AllianceTrend = 'rising' | 'falling' | 'steady';

/**
 * A change smaller than this (on the 0–10 scale, across the recent ratings) reads as steady:
 * one session's mood should not paint a case as falling.
 */
export const steadyWithin = 1;

/**
 * The trend of the recent alliance scores (oldest first): the change along the least-squares
 * line through them, so one outlier weighs less than with first-versus-last. Undefined with
 * fewer than two scores, when there is no trend to show.
 */
export function allianceTrend(scores: readonly number[]): AllianceTrend | undefined {
  const count = scores.length;
  if (count < 2) return undefined;
  const meanIndex = (count - 1) / 2;
  const meanScore = scores.reduce((sum, score) => sum + score, 0) / count;
  let covariance = 0;
  let variance = 0;
  scores.forEach((score, index) => {
    covariance += (index - meanIndex) * (score - meanScore);
    variance += (index - meanIndex) ** 2;
  });
  const change = (covariance / variance) * (count - 1);
  if (change >= steadyWithin) return 'rising';
  if (change <= -steadyWithin) return 'falling';
  return 'steady';
}
