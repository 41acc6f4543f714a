/**
 * Each threshold's range, whether it is whole, and its default, read from the schema itself, so
 * the Settings form can never offer what the schema would refuse.
 */
import { warningThresholdsSchema, type WarningThresholds } from './thresholds';

export type ThresholdName = keyof WarningThresholds;

export interface ThresholdLimit {
  least: number;
  most: number;
  whole: boolean;
  fallback: number;
}

interface NumberCheck {
  minValue: number | null;
  maxValue: number | null;
  isInt: boolean;
}

export const thresholdNames = Object.keys(warningThresholdsSchema.shape) as ThresholdName[];

export const thresholdLimits = Object.fromEntries(
  thresholdNames.map((name) => {
    const field = warningThresholdsSchema.shape[name];
    const number = field.unwrap() as unknown as NumberCheck;
    const limit: ThresholdLimit = {
      least: number.minValue ?? 0,
      most: number.maxValue ?? Number.MAX_SAFE_INTEGER,
      whole: number.isInt,
      fallback: field.def.defaultValue as number,
    };
    return [name, limit];
  }),
) as Record<ThresholdName, ThresholdLimit>;
