/** The Kiresuk–Sherman T-score against values worked out by hand from the formula. */
import { describe, expect, it } from 'vitest';
import { attainmentScore, type AttainedGoal } from '../../../src/shared/gas';

const equal = (...levels: number[]): AttainedGoal[] => levels.map((level) => ({ level }));
const weighted = (...goals: [number, number][]): AttainedGoal[] => goals.map(([level, weight]) => ({ level, weight }));

describe('the goal attainment T-score', () => {
  it.each([
    // Every goal at the expected level is 50, whatever the number of goals or their weights.
    ['one goal at 0', equal(0), 0.3, 50],
    ['five goals at 0', equal(0, 0, 0, 0, 0), 0.3, 50],
    ['weighted goals at 0', weighted([0, 3], [0, 1]), 0.3, 50],
    // One goal: the denominator is √((1 − ρ) + ρ) = 1, so T = 50 + 10x.
    ['one goal at +2', equal(2), 0.3, 70],
    ['one goal at −2', equal(-2), 0.3, 30],
    ['one goal at −1, ρ = 0.5', equal(-1), 0.5, 40],
    // 50 + 10·2 / √(0.7·2 + 0.3·4) = 50 + 20 / √2.6
    ['two goals at +1', equal(1, 1), 0.3, 62.4035],
    // 50 + 10·1 / √(0.7·3 + 0.3·9) = 50 + 10 / √4.8
    ['−1, 0 and +2', equal(-1, 0, 2), 0.3, 54.5644],
    // 50 + 10·5 / √(0.7·5 + 0.3·25) = 50 + 50 / √11
    ['five goals at +1', equal(1, 1, 1, 1, 1), 0.3, 65.0756],
    // 50 + 10·(−8) / √(0.7·4 + 0.3·16) = 50 − 80 / √7.6
    ['four goals at −2', equal(-2, -2, -2, -2), 0.3, 20.9809],
    // Σwx = 2 − 1 = 1, Σw² = 5, (Σw)² = 9: 50 + 10 / √(3.5 + 2.7)
    ['+1 weighted 2 and −1 weighted 1', weighted([1, 2], [-1, 1]), 0.3, 54.0161],
    // Σwx = 6 + 1 − 2 = 5, Σw² = 14, (Σw)² = 36: 50 + 50 / √(9.8 + 10.8)
    ['three weighted goals', weighted([2, 3], [1, 1], [-1, 2]), 0.3, 61.0163],
    // Uncorrelated goals: 50 + 20 / √2
    ['two goals at +1, ρ = 0', equal(1, 1), 0, 64.1421],
  ])('%s', (_name, goals, correlation, expected) => {
    expect(attainmentScore(goals, correlation)).toBeCloseTo(expected, 4);
  });

  it('uses ρ = 0.3 unless told otherwise', () => {
    expect(attainmentScore(equal(1, 1))).toBeCloseTo(62.4035, 4);
  });

  it('treats a goal with no weight as weight 1', () => {
    expect(attainmentScore([{ level: 1, weight: 1 }, { level: -1 }, { level: 2 }])).toBe(
      attainmentScore(equal(1, -1, 2)),
    );
  });

  it('gives no score for no goals, and refuses a correlation outside [0, 1)', () => {
    expect(attainmentScore([])).toBeUndefined();
    expect(() => attainmentScore(equal(1), 1)).toThrow(RangeError);
    expect(() => attainmentScore(equal(1), -0.1)).toThrow(RangeError);
  });
});
