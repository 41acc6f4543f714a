/**
 * A warning as the engine returns it: which rule, how serious, the sessions and numbers behind
 * it, where the rule comes from and what to consider. No display text: the screens translate the
 * rule id and put the numbers into their own sentences.
 */
import type { AllianceElement } from '../domain/ratings';
import type { AttendanceStatus, RepairStep, RuptureKind, Strategy, TensionIndicator } from '../domain/taxonomy';
import type { SourceId } from './sources';

/** R1 to R7 of the issue, in that order. */
export const ruleIds = [
  'alliance-fall',
  'unrepaired-fall',
  'perception-gap',
  'split-alliance',
  'engagement-risk',
  'unrecorded-repair',
  'repeated-withdrawal',
] as const;
export type RuleId = (typeof ruleIds)[number];

export const warningLevels = [
  'watch',
  'possible-rupture',
  'not-repaired',
  'perception-gap',
  'split-alliance',
  'engagement-risk',
  'prompt',
] as const;
export type WarningLevel = (typeof warningLevels)[number];

/** Whose rating: the practitioner's, or one caregiver's (`caregiverId` when the entry says which). */
export interface RatingSeries {
  perspective: 'practitioner' | 'caregiver';
  caregiverId?: string;
}

/** A session that triggered the warning. */
export interface WarningSession {
  entryId: string;
  date: string;
}

/** R1 and R2: an element fell below the series' own running mean and has not come back. */
export interface FallDetails {
  series: RatingSeries;
  element: AllianceElement;
  /** The rating in the session where the fall began. */
  value: number;
  /** The lowest rating since. */
  lowest: number;
  /** The running mean and standard deviation of the earlier sessions, and how many there were. */
  mean: number;
  deviation: number;
  earlierSessions: number;
  /** How many standard deviations below the mean the lowest rating is. */
  deviations: number;
  /** Rated sessions of the same series after the fall, none of them back at the earlier level. */
  sessionsSince: number;
}

/** R3: the caregiver and the practitioner rated an element far apart in the same session. */
export interface GapDetails {
  caregiverId?: string;
  element: AllianceElement;
  caregiver: number;
  practitioner: number;
  /** Caregiver minus practitioner: negative when the caregiver rated lower. */
  gap: number;
}

/** R4: two caregivers' latest ratings of goals or tasks far apart. */
export interface SplitDetails {
  element: AllianceElement;
  caregivers: readonly [SplitRating, SplitRating];
  /** The absolute difference. */
  gap: number;
}

export interface SplitRating {
  partyId: string;
  value: number;
  entryId: string;
}

/** R5: absences in the latest planned sessions, or the first absence after a low rating. */
export type EngagementDetails =
  | { trigger: 'absences'; absences: readonly AbsenceRecord[]; window: number }
  | {
      trigger: 'absence-after-low-rating';
      absence: AbsenceRecord;
      series: RatingSeries;
      element: AllianceElement;
      value: number;
    };

export interface AbsenceRecord {
  id: string;
  plannedOn: string;
  status: AttendanceStatus;
}

/** R6: a rupture with no strategy and no repair step noted. */
export interface UnrecordedRepairDetails {
  ruptures: readonly Exclude<RuptureKind, 'none'>[];
}

/** R7: one withdrawal indicator noted in consecutive sessions. */
export interface RepeatedWithdrawalDetails {
  indicator: TensionIndicator;
  /** The length of the run so far. */
  sessionsInRow: number;
}

export interface Suggestions {
  strategies: readonly Strategy[];
  /** Aspland et al.'s steps, in their order. */
  repairSteps: readonly RepairStep[];
}

interface WarningOf<Rule extends RuleId, Level extends WarningLevel, Details> {
  /** Derived from the rule and the sessions that triggered it: the same on every evaluation. */
  id: string;
  rule: Rule;
  level: Level;
  /** Oldest first. */
  sessions: readonly WarningSession[];
  details: Details;
  sources: readonly SourceId[];
  suggestions: Suggestions;
}

export type Warning =
  | WarningOf<'alliance-fall', 'watch' | 'possible-rupture', FallDetails>
  | WarningOf<'unrepaired-fall', 'not-repaired', FallDetails>
  | WarningOf<'perception-gap', 'perception-gap', GapDetails>
  | WarningOf<'split-alliance', 'split-alliance', SplitDetails>
  | WarningOf<'engagement-risk', 'engagement-risk', EngagementDetails>
  | WarningOf<'unrecorded-repair', 'prompt', UnrecordedRepairDetails>
  | WarningOf<'repeated-withdrawal', 'watch', RepeatedWithdrawalDetails>;

export type WarningOfRule<Rule extends RuleId> = Extract<Warning, { rule: Rule }>;
