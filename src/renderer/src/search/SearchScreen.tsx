import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/ErrorMessage';
import { isFiltered, type TimelineFilters as Filters } from '../entries/timeline';
import { TimelineFilters } from '../entries/TimelineFilters';
import { formatCount } from '../entries/numbers';
import { SelectField } from '../ui/form/SelectField';
import { useJournal } from '../journal/useJournal';
import { SearchResults } from './SearchResults';
import { useIndexing } from './useIndexing';
import { useSettledRequest } from '../api/useSettledRequest';
import { useSearch, type SearchRequest } from './useSearch';
import './search.css';

const limit = 50;

/** The request for a query and filters, or none when there is nothing to search for. */
function requestFor(query: string, caseId: string, filters: Filters): SearchRequest | undefined {
  const text = query.trim();
  if (text === '' && caseId === '' && !isFiltered(filters)) return undefined;
  const { rupture, ...rest } = filters;
  return {
    query: text.slice(0, 500),
    ...(caseId === '' ? {} : { caseId }),
    ...rest,
    // The search filters by one kind of rupture; "any" is offered by the timeline only.
    ...(rupture === undefined || rupture === 'any' ? {} : { rupture }),
    limit,
  };
}

/**
 * Search every reflection as you type, with the timeline's filters and a case. Results live in
 * this screen only: they are gone when the journal locks.
 */
export function SearchScreen() {
  const { t, i18n } = useTranslation();
  const { cases } = useJournal();
  const queryId = useId();
  const [query, setQuery] = useState('');
  const [caseId, setCaseId] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  const request = requestFor(query, caseId, filters);
  const { settled, settling } = useSettledRequest(request, 250);
  // While the index is built (right after unlock), answers cover the cases indexed so far; once
  // it is done, main's progress event makes them stale and the search on screen is asked again.
  const indexing = useIndexing();
  const { response, error, pending } = useSearch(settled);

  let status = '';
  if (request === undefined) status = t('entries.search.prompt');
  else if (pending || settling) status = t('entries.search.searching');
  else if (response !== undefined)
    status =
      response.total > response.hits.length
        ? t('entries.search.countLimited', {
            shown: formatCount(response.hits.length, i18n.language),
            number: formatCount(response.total, i18n.language),
          })
        : t('entries.search.count', {
            count: response.total,
            number: formatCount(response.total, i18n.language),
          });

  return (
    <section className="screen search-screen" aria-labelledby="search-title">
      <h1 tabIndex={-1} id="search-title">
        {t('entries.search.title')}
      </h1>
      <div className="search-box">
        <label htmlFor={queryId}>{t('entries.search.label')}</label>
        <p className="help" id={`${queryId}-help`}>
          {t('entries.search.help')}
        </p>
        <input
          id={queryId}
          type="search"
          className="text-input"
          value={query}
          autoFocus
          aria-describedby={`${queryId}-help`}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <div className="filters" role="group" aria-label={t('entries.filters.label')}>
        <SelectField className="filter-field" label={t('entries.search.case')} value={caseId} onChange={setCaseId}>
          <option value="">{t('entries.search.allCases')}</option>
          {(cases ?? []).map((summary) => (
            <option key={summary.id} value={summary.id}>
              {summary.alias}
            </option>
          ))}
        </SelectField>
        <TimelineFilters filters={filters} onChange={setFilters} anyRupture={false} />
        {(isFiltered(filters) || caseId !== '') && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setFilters({});
              setCaseId('');
            }}
          >
            {t('entries.filters.clear')}
          </button>
        )}
      </div>
      <p className="search-status" role="status">
        {status}
      </p>
      {indexing !== undefined && (
        <p className="search-indexing" role="status">
          {t('entries.search.indexing', {
            count: indexing.total,
            number: formatCount(indexing.total, i18n.language),
            indexed: formatCount(indexing.indexed, i18n.language),
          })}
        </p>
      )}
      {error !== undefined && <ErrorMessage error={error} />}
      {response !== undefined && <SearchResults response={response} query={query} />}
    </section>
  );
}
