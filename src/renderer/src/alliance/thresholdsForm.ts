/**
 * The alliance thresholds as typed (text in number boxes), turned into numbers and checked by the
 * request's schema: its ranges and its two comparisons between fields are the only rules.
 */
import { z } from 'zod';
import { thresholdNames, type ThresholdName } from '../../../shared/alliance/thresholdLimits';
import type { WarningThresholds } from '../../../shared/alliance/thresholds';
import { allianceThresholdsRequestSchema } from '../../../shared/journal/allianceRequests';
import type { FoundIssue } from '../ui/form/problemResolver';

export type TypedThresholds = Record<ThresholdName, string>;
export type ThresholdProblem = 'range' | 'watch' | 'absences';

export const asTyped = (thresholds: WarningThresholds): TypedThresholds =>
  Object.fromEntries(thresholdNames.map((name) => [name, String(thresholds[name])])) as TypedThresholds;

/** A blank box is no number at all (not zero, which `Number('')` would make it). */
const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.trim()));

export const thresholdsFormSchema = z
  .record(z.string(), z.string())
  .transform((typed): z.input<typeof allianceThresholdsRequestSchema> =>
    Object.fromEntries(thresholdNames.map((name) => [name, numberOf(typed[name] ?? '')])),
  )
  .pipe(allianceThresholdsRequestSchema) as unknown as z.ZodType<WarningThresholds, TypedThresholds>;

/** A comparison between two fields is named for the field it marks; anything else is out of range. */
export function thresholdProblemOf({ path, code }: FoundIssue): ThresholdProblem {
  if (code !== 'custom') return 'range';
  return path === 'ruptureDeviations' ? 'watch' : 'absences';
}
