/** The intervention phases every reflection is tagged with, in the order a case goes through them. */
export const phases = ['start', 'evaluation', 'intervention', 'closure'] as const;
export type Phase = (typeof phases)[number];

/** Who decided that a case moved to another phase. */
export const phaseDeciders = ['practitioner', 'team', 'court'] as const;
export type PhaseDecider = (typeof phaseDeciders)[number];
