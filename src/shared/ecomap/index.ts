/** The family's ecomap (issue "Seeing the alliance move", part 4): pure model, no drawing. */
export * from './ecomap';
export { buildEcomap, inPeriod } from './buildEcomap';
export {
  addDays,
  addMonths,
  compareEcomaps,
  comparedMonths,
  comparedPeriods,
  type EcomapComparison,
} from './comparePeriods';
export type { EcomapEntry, EcomapParty, EcomapPeriod, EcomapSource } from './input';
export { lineRelationship } from './lineRelationship';
export { overviewEcomapSource } from './overviewSource';
