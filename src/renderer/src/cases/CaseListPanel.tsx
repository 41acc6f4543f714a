import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useJournal } from '../journal/useJournal';
import { useNavigation } from '../navigation/NavigationContext';
import { defaultCaseFilters, everyCase, filterCases, type CaseFilters } from './caseFilters';
import { CaseListFilters } from './CaseListFilters';
import { CaseListItem } from './CaseListItem';
import { todayDate } from './dates';
import './cases.css';

/** Past this many cases the list offers a search by alias. */
const searchFrom = 8;

/**
 * The cases in the sidebar, open ones first by default. Items are memoised and the filtering is
 * one pass, so a journal of a few hundred cases stays instant.
 */
export function CaseListPanel() {
  const { t } = useTranslation();
  const { cases } = useJournal();
  const { route, navigate } = useNavigation();
  const [filters, setFilters] = useState<CaseFilters>(defaultCaseFilters);
  const shown = useMemo(() => filterCases(cases ?? [], filters), [cases, filters]);
  const open = useCallback((caseId: string) => navigate({ screen: 'case', caseId }), [navigate]);
  const today = todayDate();
  // The case being read is the page; the case a reflection, a brief or a court report is written for is marked too.
  const current = (caseId: string) =>
    route.screen === 'case' && route.caseId === caseId
      ? 'page'
      : (route.screen === 'entry' || route.screen === 'brief' || route.screen === 'report') && route.caseId === caseId
        ? 'true'
        : undefined;

  if (cases === undefined) return <p className="sidebar-empty">{t('cases.list.loading')}</p>;
  if (cases.length === 0) return <p className="sidebar-empty">{t('navigation.noCases')}</p>;
  return (
    <div className="case-list">
      <CaseListFilters filters={filters} searchable={cases.length > searchFrom} onChange={setFilters} />
      <p className="case-list-count" role="status">
        {t('cases.list.shown', { shown: shown.length, total: cases.length })}
      </p>
      {shown.length === 0 ? (
        <div className="case-list-none">
          <p>{t('cases.list.noMatch')}</p>
          <button type="button" className="link-button" onClick={() => setFilters(everyCase)}>
            {t('cases.list.showAll')}
          </button>
        </div>
      ) : (
        <ul className="case-items" aria-label={t('cases.list.label')}>
          {shown.map((summary) => (
            <CaseListItem
              key={summary.id}
              summary={summary}
              today={today}
              current={current(summary.id)}
              showStatus={filters.status === 'all'}
              onOpen={open}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
