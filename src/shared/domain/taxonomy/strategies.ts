/**
 * What the practitioner did about a tension. Counterproductive strategies are the ones that stress
 * the worker's power; they are recorded without blame because noticing them is the point.
 */
export const strategiesByKind = {
  counterproductive: ['reminding-rules', 'warning-court-report'],
  'alliance-building': [
    'active-listening',
    'empathy',
    'giving-credibility',
    'sharing-report-results',
    'person-beyond-problem',
    'safe-space',
  ],
  repair: [
    'reframing-shared-goals',
    'family-mediation',
    'separate-meetings',
    'receiving-criticism',
    'clarifying-expectations',
    'building-us',
    'home-visit',
    'involving-coordinator',
    'reviewing-confidentiality',
    'discussing-duty-to-inform',
    'external-supervision',
    'group-case-discussion',
  ],
} as const;

/** `alliance-building` are the preventive strategies of the study. */
export const strategyKinds = [
  'counterproductive',
  'alliance-building',
  'repair',
] as const satisfies readonly (keyof typeof strategiesByKind)[];
export type StrategyKind = (typeof strategyKinds)[number];

export const strategies = [
  ...strategiesByKind.counterproductive,
  ...strategiesByKind['alliance-building'],
  ...strategiesByKind.repair,
] as const;
export type Strategy = (typeof strategies)[number];

/** The kind a strategy is listed under. */
export function kindOfStrategy(strategy: Strategy): StrategyKind {
  return strategyKinds.find((kind) =>
    (strategiesByKind[kind] as readonly Strategy[]).includes(strategy),
  ) as StrategyKind;
}

/** Whether the tension was repaired after the strategy: what a supervisor wants to see. */
export const strategyOutcomes = ['resolved', 'partly-resolved', 'not-resolved', 'unknown'] as const;
export type StrategyOutcome = (typeof strategyOutcomes)[number];
