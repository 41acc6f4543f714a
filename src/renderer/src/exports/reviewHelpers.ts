/** What the brief's review shows that is worked out from the preview. */
import { pseudonymLabel } from '../../../shared/exports/deidentify/pseudonyms';
import type { BriefLanguage } from '../../../shared/exports/language';
import type { PreviewBriefResponse } from '../../../shared/exports/requests';

/** The pseudonym the next person outside the case would get ("Person B" after "Person A"). */
export function nextOtherPseudonym(preview: PreviewBriefResponse, language: BriefLanguage): string {
  const ordinal = Math.max(0, ...preview.decisions.others.map((other) => other.ordinal)) + 1;
  return pseudonymLabel({ role: 'other', ordinal }, language);
}
