/**
 * A goal attainment scale as the form holds it (text fields, the weight as typed), its problems
 * as codes the form translates, and the request it becomes.
 */
import { attainmentLevels, goalWeightLimit, type GoalScale } from '../../../shared/domain/goalAttainment';
import { isCalendarDate } from '../../../shared/domain/primitives';
import type { SetGoalScaleRequest } from '../../../shared/journal/allianceRequests';

export interface LevelDraft {
  level: number;
  practitioner: string;
  caregiver: string;
}

export interface ScaleDraft {
  levels: LevelDraft[];
  /** As typed; empty means equal weights. */
  weight: string;
  agreedOn: string;
}

export type ScaleProblem = 'level-missing' | 'weight-invalid' | 'date-missing' | 'date-invalid';

/** Problems by field: `level:<n>`, `weight`, `agreedOn`. */
export type ScaleProblems = Map<string, ScaleProblem>;

export function scaleDraftOf(scale: GoalScale | undefined, today: string): ScaleDraft {
  return {
    levels: attainmentLevels.map((level) => {
      const described = scale?.levels.find((item) => item.level === level);
      return { level, practitioner: described?.practitioner ?? '', caregiver: described?.caregiver ?? '' };
    }),
    weight: scale?.weight === undefined ? '' : String(scale.weight),
    agreedOn: scale?.agreedOn ?? today,
  };
}

/** The weight typed, with a decimal comma read as a point; undefined when none or not a number. */
export function typedWeight(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || !/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

export function scaleProblems(draft: ScaleDraft): ScaleProblems {
  const problems: ScaleProblems = new Map();
  for (const level of draft.levels)
    if (level.practitioner.trim() === '') problems.set(`level:${level.level}`, 'level-missing');
  if (draft.weight.trim() !== '') {
    const weight = typedWeight(draft.weight);
    if (weight === undefined || weight <= 0 || weight > goalWeightLimit) problems.set('weight', 'weight-invalid');
  }
  if (draft.agreedOn === '') problems.set('agreedOn', 'date-missing');
  else if (!isCalendarDate(draft.agreedOn)) problems.set('agreedOn', 'date-invalid');
  return problems;
}

export function scaleRequest(caseId: string, goalId: string, draft: ScaleDraft): SetGoalScaleRequest {
  const weight = typedWeight(draft.weight);
  return {
    caseId,
    goalId,
    scale: {
      levels: draft.levels.map((level) => ({
        level: level.level,
        practitioner: level.practitioner.trim(),
        ...(level.caregiver.trim() === '' ? {} : { caregiver: level.caregiver.trim() }),
      })),
      ...(weight === undefined ? {} : { weight }),
      agreedOn: draft.agreedOn,
    },
  };
}
