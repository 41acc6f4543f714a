/**
 * The home queue's warnings: every warning still active (neither dismissed nor taken to
 * supervision) in the journal's open cases, with just enough to name it and go to it. The case
 * screen shows the reasons; the queue only says where to look.
 */
import { z } from 'zod';
import { calendarDateSchema, idSchema } from '../domain/primitives';
import type { AllianceElement } from '../domain/ratings';
import type { DecidedWarning } from './decidedWarnings';
import { ruleIds, warningLevels, type Warning } from './warning';

export const openWarningSchema = z.strictObject({
  caseId: idSchema,
  caseAlias: z.string(),
  warningId: idSchema,
  rule: z.enum(ruleIds),
  level: z.enum(warningLevels),
  /** The alliance element a rating rule is about, so two warnings of one rule can be told apart. */
  element: z.enum(['bond', 'goals', 'tasks']).optional(),
  /** The newest date behind the warning: a session's, or a missed session's. */
  latestDate: calendarDateSchema.optional(),
});
export type OpenWarning = z.infer<typeof openWarningSchema>;

export const openWarningsSchema = z.strictObject({
  warnings: z.array(openWarningSchema),
  /** How many open cases were evaluated. */
  casesEvaluated: z.number().int().nonnegative(),
});
export type OpenWarnings = z.infer<typeof openWarningsSchema>;

/** One case's active warnings, as the queue lists them. */
export function openWarningsOf(
  journalCase: { id: string; alias: string },
  warnings: readonly DecidedWarning[],
): OpenWarning[] {
  return warnings
    .filter((decided) => decided.status === 'active')
    .map(({ warning }) => {
      const latest = latestDateOf(warning);
      const element = elementOf(warning);
      return {
        caseId: journalCase.id,
        caseAlias: journalCase.alias,
        warningId: warning.id,
        rule: warning.rule,
        level: warning.level,
        ...(element === undefined ? {} : { element }),
        ...(latest === undefined ? {} : { latestDate: latest }),
      };
    });
}

function elementOf(warning: Warning): AllianceElement | undefined {
  switch (warning.rule) {
    case 'alliance-fall':
    case 'unrepaired-fall':
    case 'perception-gap':
    case 'split-alliance':
      return warning.details.element;
    case 'engagement-risk':
      return warning.details.trigger === 'absence-after-low-rating' ? warning.details.element : undefined;
    default:
      return undefined;
  }
}

/** The newest of the warning's session dates and, for missed sessions, their planned dates. */
function latestDateOf(warning: Warning): string | undefined {
  const dates = warning.sessions.map((session) => session.date);
  if (warning.rule === 'engagement-risk') {
    const { details } = warning;
    if (details.trigger === 'absences') dates.push(...details.absences.map((absence) => absence.plannedOn));
    else dates.push(details.absence.plannedOn);
  }
  return dates.reduce<string | undefined>(
    (newest, date) => (newest === undefined || date > newest ? date : newest),
    undefined,
  );
}

/** Newest date first (undated last), then by case alias, then in the engine's rule order. */
export function queueOrder(warnings: readonly OpenWarning[]): OpenWarning[] {
  return warnings
    .map((warning, index) => ({ warning, index }))
    .sort(
      (a, b) =>
        (b.warning.latestDate ?? '').localeCompare(a.warning.latestDate ?? '') ||
        a.warning.caseAlias.localeCompare(b.warning.caseAlias) ||
        a.index - b.index,
    )
    .map(({ warning }) => warning);
}
