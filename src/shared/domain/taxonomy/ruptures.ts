/** Alliance ruptures (Safran & Muran) and the steps that repair them (Aspland et al.). */

/** `none` when the tension did not break the collaboration. */
export const ruptureKinds = ['none', 'withdrawal', 'confrontation'] as const;
export type RuptureKind = (typeof ruptureKinds)[number];

/** The repair steps in the order Aspland et al. describe them. */
export const repairSteps = [
  'recognise-and-ask-feedback',
  'explore-and-validate',
  'relate-to-similar-situations',
  'co-create-tasks',
] as const;
export type RepairStep = (typeof repairSteps)[number];
