import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useJournal } from '../journal/useJournal';
import { useNavigation } from '../navigation/NavigationContext';
import { defaultCaseFilters, everyCase, filterCases, filtersShowing, type CaseFilters } from './caseFilters';
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
  // The case the screen is about (a case, or a reflection, brief or report of one).
  const onScreenId = 'caseId' in route ? route.caseId : undefined;
  const onScreen = onScreenId === undefined ? undefined : cases?.find((summary) => summary.id === onScreenId);
  // When another case comes on screen, or its status or phase changes, filters left from before
  // give way so that it is listed; a filter chosen while it is on screen stays, with a note.
  const onScreenKey = onScreen === undefined ? '' : `${onScreen.id}|${onScreen.status}|${onScreen.phase}`;
  const [seenKey, setSeenKey] = useState(onScreenKey);
  if (seenKey !== onScreenKey) {
    setSeenKey(onScreenKey);
    if (onScreen !== undefined) setFilters(filtersShowing(onScreen, filters));
  }
  const shown = useMemo(() => filterCases(cases ?? [], filters), [cases, filters]);
  const hidesOnScreen = onScreen !== undefined && !shown.some((summary) => summary.id === onScreen.id);
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
      {hidesOnScreen && (
        <p className="case-list-none">
          {t('cases.list.filtersHide')}{' '}
          <button type="button" className="link-button" onClick={() => setFilters(filtersShowing(onScreen, filters))}>
            {t('cases.list.resetFilters')}
          </button>
        </p>
      )}
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
