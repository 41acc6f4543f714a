import { useTranslation } from 'react-i18next';
import { textKinds } from '../../../shared/journal/entryTexts';
import { formatSessionDate } from '../entries/dates';
import { useNavigation } from '../navigation/NavigationContext';
import { Highlighted } from './Highlighted';
import type { SearchResponse } from './useSearch';

/** What a hit can name besides a section's own title, which is shown as it is. */
const knownFields = ['section', ...textKinds] as const;
type KnownField = (typeof knownFields)[number];

/** The hits: case, date, phase and where it matched, with the words found marked. */
export function SearchResults({ response, query }: { response: SearchResponse; query: string }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  const fieldLabel = (field: string) =>
    (knownFields as readonly string[]).includes(field) ? t(`entries.search.fields.${field as KnownField}`) : field;
  return (
    <ol className="search-results">
      {response.hits.map((hit, index) => (
        <li key={`${hit.entryId}-${hit.field}-${index}`}>
          <button
            type="button"
            className="search-hit"
            onClick={() => navigate({ screen: 'entry', caseId: hit.caseId, entryId: hit.entryId })}
          >
            <span className="search-hit-head">
              <strong>{hit.caseAlias}</strong>
              <span>{formatSessionDate(hit.sessionDate, i18n.language)}</span>
              <span>{t(`taxonomy.phases.${hit.phase}`)}</span>
              <span className="search-hit-field">{fieldLabel(hit.field)}</span>
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
