/** The domain lists a brief labels, in the shape the app's locales give them. */
import type { TaxonomyLabels } from '../../domain/taxonomy';

export const briefTaxonomyLists = [
  'phases',
  'tensionTypes',
  'tensionIndicators',
  'ruptureKinds',
  'repairSteps',
  'feelings',
  'strategyKinds',
  'strategies',
  'strategyOutcomes',
  'systemicRelationships',
  'sectionVisibilities',
  'statementTypes',
] as const satisfies readonly (keyof TaxonomyLabels)[];

export type BriefTaxonomyLabels = Pick<TaxonomyLabels, (typeof briefTaxonomyLists)[number]>;
