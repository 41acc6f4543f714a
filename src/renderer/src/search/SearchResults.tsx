import { useTranslation } from 'react-i18next';
import { textKinds } from '../../../shared/journal/entryTexts';
import type { SearchHit } from '../../../shared/journal/requestTypes';
import { supervisionTextKinds } from '../../../shared/journal/supervisionTexts';
import { formatSessionDate } from '../entries/dates';
import { useNavigation } from '../navigation/NavigationContext';
import '../entries/entries.css';
import { Highlighted } from './Highlighted';
import type { SearchResponse } from './useSearch';

/** What a hit can name besides a section's own title, which is shown as it is. */
const knownFields = ['section', ...textKinds] as const;
type KnownField = (typeof knownFields)[number];
type SupervisionField = (typeof supervisionTextKinds)[number];

/**
 * The hits: case, date, phase (or "supervision record") and where it matched, who may read the
 * text quoted, with the words found marked. A reflection opens in its editor, a supervision record
 * on its case's Supervision tab.
 */
export function SearchResults({ response, query }: { response: SearchResponse; query: string }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  const fieldLabel = (hit: SearchHit) => {
    if (hit.record === 'supervision' && (supervisionTextKinds as readonly string[]).includes(hit.field))
      return t(`supervision.search.fields.${hit.field as SupervisionField}`);
    return (knownFields as readonly string[]).includes(hit.field)
      ? t(`entries.search.fields.${hit.field as KnownField}`)
      : hit.field;
  };
  const open = (hit: SearchHit) =>
    hit.record === 'supervision'
      ? navigate({ screen: 'case', caseId: hit.caseId, tab: 'supervision', supervisionPart: hit.entryId })
      : navigate({ screen: 'entry', caseId: hit.caseId, entryId: hit.entryId });
  return (
    <ol className="search-results">
      {response.hits.map((hit, index) => (
        <li key={`${hit.entryId}-${hit.field}-${index}`}>
          <button type="button" className="search-hit" data-record={hit.record} onClick={() => open(hit)}>
            <span className="search-hit-head">
              <strong>{hit.caseAlias}</strong>
              <span>{formatSessionDate(hit.sessionDate, i18n.language)}</span>
              {hit.phase === undefined ? (
                <span className="badge badge-supervision">{t('supervision.search.record')}</span>
              ) : (
                <span>{t(`taxonomy.phases.${hit.phase}`)}</span>
              )}
              <span className="search-hit-field">{fieldLabel(hit)}</span>
              <span className={`badge badge-${hit.visibility}`}>
                {t('supervision.search.visibility', {
                  visibility: t(`taxonomy.sectionVisibilities.${hit.visibility}`),
                })}
              </span>
            </span>
            <span className="search-hit-excerpt">
              <Highlighted text={hit.excerpt} query={query} />
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
