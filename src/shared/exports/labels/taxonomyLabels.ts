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

/** The lists a brief needs, taken from the app's labels (one wording everywhere). */
export function pickBriefLists(labels: BriefTaxonomyLabels): BriefTaxonomyLabels {
  return Object.fromEntries(briefTaxonomyLists.map((list) => [list, labels[list]])) as BriefTaxonomyLabels;
}
