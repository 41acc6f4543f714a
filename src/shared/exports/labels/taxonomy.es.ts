/** Spanish labels of the domain lists a brief prints: the app's own wording, picked from it. */
import { taxonomyEs } from '../../i18n/taxonomy.es';
import { pickBriefLists, type BriefTaxonomyLabels } from './taxonomyLabels';

export const briefTaxonomyEs: BriefTaxonomyLabels = pickBriefLists(taxonomyEs);
