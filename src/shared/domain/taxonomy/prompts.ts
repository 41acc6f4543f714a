/**
 * Reflexive questions offered after a session, a few per phase. They come from the tensions the
 * Chilean child-protection study found in each phase, and turn the question back on the
 * practitioner's own part in them.
 */
import type { Phase } from './phases';

export const phasePrompts = {
  start: ['start-caregiver-fears', 'start-safe-space', 'start-earlier-experiences', 'start-mandate-explained'],
  evaluation: [
    'evaluation-knows-report',
    'evaluation-confidentiality-limits',
    'evaluation-guarded-answers',
    'evaluation-sources-known',
  ],
  intervention: [
    'intervention-promises-kept',
    'intervention-advice-feasible',
    'intervention-goals-shared',
    'intervention-my-state',
  ],
  closure: ['closure-next-steps-known', 'closure-hearing-dates', 'closure-changes-named', 'closure-ending-prepared'],
} as const satisfies Record<Phase, readonly string[]>;

export const promptIds = [
  ...phasePrompts.start,
  ...phasePrompts.evaluation,
  ...phasePrompts.intervention,
  ...phasePrompts.closure,
] as const;
export type PromptId = (typeof promptIds)[number];

/** The questions offered for a reflection in this phase, in the order they are asked. */
export function promptsForPhase(phase: Phase): readonly PromptId[] {
  return phasePrompts[phase];
}

/** The phase a question belongs to. */
export function phaseOfPrompt(prompt: PromptId): Phase {
  return (Object.keys(phasePrompts) as Phase[]).find((phase) =>
    (phasePrompts[phase] as readonly PromptId[]).includes(prompt),
  ) as Phase;
}
