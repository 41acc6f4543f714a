/**
 * Two or three repair strategies from the taxonomy to consider for each rule, with the repair
 * steps of Aspland et al. (2008) that fit it. Never a counterproductive strategy: the warnings
 * suggest, they do not prescribe, and never the worker's power (rules, the court).
 */
import type { Suggestions, RuleId } from './warning';

export const repairSuggestions = {
  'alliance-fall': {
    strategies: ['receiving-criticism', 'clarifying-expectations'],
    repairSteps: ['recognise-and-ask-feedback', 'explore-and-validate'],
  },
  'unrepaired-fall': {
    strategies: ['reframing-shared-goals', 'building-us', 'external-supervision'],
    repairSteps: [
      'recognise-and-ask-feedback',
      'explore-and-validate',
      'relate-to-similar-situations',
      'co-create-tasks',
    ],
  },
  'perception-gap': {
    strategies: ['clarifying-expectations', 'receiving-criticism', 'reframing-shared-goals'],
    repairSteps: ['recognise-and-ask-feedback', 'explore-and-validate'],
  },
  // Seeing each adult alone first, then looking for the goals they share.
  'split-alliance': {
    strategies: ['separate-meetings', 'family-mediation', 'reframing-shared-goals'],
    repairSteps: ['explore-and-validate', 'co-create-tasks'],
  },
  // The coordinator, not the worker, names what absences mean for the court.
  'engagement-risk': {
    strategies: ['home-visit', 'clarifying-expectations', 'involving-coordinator'],
    repairSteps: ['recognise-and-ask-feedback', 'co-create-tasks'],
  },
  'unrecorded-repair': {
    strategies: ['receiving-criticism', 'external-supervision'],
    repairSteps: [
      'recognise-and-ask-feedback',
      'explore-and-validate',
      'relate-to-similar-situations',
      'co-create-tasks',
    ],
  },
  // Withdrawal under a mandate is often fear of what reaches the court.
  'repeated-withdrawal': {
    strategies: ['reviewing-confidentiality', 'discussing-duty-to-inform', 'building-us'],
    repairSteps: ['recognise-and-ask-feedback', 'explore-and-validate', 'relate-to-similar-situations'],
  },
} as const satisfies Record<RuleId, Suggestions>;
