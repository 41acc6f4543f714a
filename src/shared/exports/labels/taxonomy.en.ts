/** English labels of the domain lists a brief prints: the app's own wording, picked from it. */
import { taxonomyEn } from '../../i18n/taxonomy.en';
import { pickBriefLists, type BriefTaxonomyLabels } from './taxonomyLabels';

export const briefTaxonomyEn: BriefTaxonomyLabels = pickBriefLists(taxonomyEn);
