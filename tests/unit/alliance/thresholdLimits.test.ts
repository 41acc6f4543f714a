import { describe, expect, it } from 'vitest';
import { thresholdLimits, thresholdNames } from '../../../src/shared/alliance/thresholdLimits';
import { defaultWarningThresholds, warningThresholdsSchema } from '../../../src/shared/alliance/thresholds';

describe('the thresholds’ limits, read from their schema', () => {
  it('give each field its range, kind and default, and the schema accepts exactly that range', () => {
    expect(thresholdLimits.perceptionGap).toEqual({ least: 1, most: 10, whole: true, fallback: 3 });
    expect(thresholdLimits.watchDeviations).toEqual({ least: 0.5, most: 4, whole: false, fallback: 1 });
    for (const name of thresholdNames) {
      const { least, most, fallback } = thresholdLimits[name];
      expect(fallback).toBe(defaultWarningThresholds[name]);
      const accepts = (value: number) => warningThresholdsSchema.safeParse({ [name]: value }).success;
      // The refinements between fields are met with the other fields at their defaults except at these edges.
      if (
        name !== 'ruptureDeviations' &&
        name !== 'watchDeviations' &&
        name !== 'absences' &&
        name !== 'absenceWindow'
      ) {
        expect(accepts(least)).toBe(true);
        expect(accepts(most)).toBe(true);
      }
      expect(accepts(least - 1)).toBe(false);
      expect(accepts(most + 1)).toBe(false);
    }
  });
});
