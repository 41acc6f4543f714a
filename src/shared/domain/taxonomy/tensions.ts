/**
 * Tensions in the alliance, grouped as the Chilean child-protection study found them: typical of
 * one intervention phase, or between family members in any phase.
 */
import { phases, type Phase } from './phases';

export const tensionTypesByGroup = {
  start: [
    'fear-of-losing-children',
    'mandated-relationship',
    'case-onset-trauma',
    'earlier-professionals',
    'stigma',
    'loss-of-control',
    'feeling-invaded',
  ],
  evaluation: ['duty-to-report', 'guarded-disclosure', 'investigative-role', 'triangulation-without-caregiver'],
  intervention: [
    'unmet-expectations',
    'unworkable-advice',
    'unclear-frequency-or-goals',
    'disengagement',
    'worker-frustration',
    'intimidation-or-violence',
    'complaints-against-worker',
  ],
  closure: ['court-process-weariness', 'unknown-hearing-dates', 'measure-extended', 'fading-contact', 'worker-change'],
  family: [
    'couple-conflict',
    'unwanted-disclosure',
    'pushed-to-mediate',
    'contradictory-information',
    'gender-violence',
    'absent-third-party',
  ],
} as const;

/** The phases, then `family` for tensions between family members that can arise in any phase. */
export const tensionGroups = [...phases, 'family'] as const satisfies readonly (keyof typeof tensionTypesByGroup)[];
export type TensionGroup = (typeof tensionGroups)[number];

export const tensionTypes = [
  ...tensionTypesByGroup.start,
  ...tensionTypesByGroup.evaluation,
  ...tensionTypesByGroup.intervention,
  ...tensionTypesByGroup.closure,
  ...tensionTypesByGroup.family,
] as const;
export type TensionType = (typeof tensionTypes)[number];

/** Tensions typical of a phase, followed by the family tensions that can come up in any phase. */
export function tensionTypesForPhase(phase: Phase): readonly TensionType[] {
  return [...tensionTypesByGroup[phase], ...tensionTypesByGroup.family];
}

/** The group a tension type is listed under. */
export function tensionGroupOf(type: TensionType): TensionGroup {
  return tensionGroups.find((group) =>
    (tensionTypesByGroup[group] as readonly TensionType[]).includes(type),
  ) as TensionGroup;
}

/** Observable signs of tension worth tagging. */
export const tensionIndicators = [
  'hiding-information',
  'lying',
  'not-showing-weakness',
  'socially-desirable-answers',
  'submission',
  'repeated-absences',
  'passive-participation',
  'non-problematisation',
  'denial',
  'resistance',
  'lack-of-commitment',
  'aggressive-or-defiant',
  'tired-tone',
  'boredom',
  'loss-of-contact',
  'emotional-distance',
] as const;
export type TensionIndicator = (typeof tensionIndicators)[number];

/** How strong a tension felt, from 1 (noticeable) to 3 (it dominated the session). */
export const tensionIntensities = [1, 2, 3] as const;
export type TensionIntensity = (typeof tensionIntensities)[number];
