import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useJournal } from '../journal/useJournal';
import { useNavigation } from '../navigation/NavigationContext';
import { defaultCaseFilters, filterCases, type CaseFilters } from './caseFilters';
import { CaseListFilters } from './CaseListFilters';
import {
  caseColumns,
  caseRows,
  defaultCaseSort,
  nextSort,
  sortedRows,
  type CaseColumn,
  type CaseSort,
} from './caseTable';
import { todayDate } from './dates';
import { CaseTableRow } from './CaseTableRow';
import './cases.css';

/**
 * Every case in a full-width table beside the sidebar's list: sortable by alias, phase, last
 * session, sessions in the last 30 days and alliance trend (a click, or Enter, on a column's
 * heading; the heading says its order to screen readers through aria-sort).
 */
export function CaseTableScreen() {
  const { t, i18n } = useTranslation();
  const { cases } = useJournal();
  const { navigate } = useNavigation();
  const [filters, setFilters] = useState<CaseFilters>(defaultCaseFilters);
  const [sort, setSort] = useState<CaseSort>(defaultCaseSort);
  const today = todayDate();
  const rows = useMemo(
    () => sortedRows(caseRows(filterCases(cases ?? [], filters), today), sort, i18n.language),
    [cases, filters, today, sort, i18n.language],
  );
  const showStatus = filters.status === 'all';

  return (
    <section className="screen screen-wide" aria-labelledby="case-table-title">
      <h1 id="case-table-title">{t('cases.table.title')}</h1>
      {cases === undefined ? (
        <p className="help">{t('cases.list.loading')}</p>
      ) : (
        <>
          <CaseListFilters filters={filters} searchable onChange={setFilters} />
          <p className="help" role="status">
            {t('cases.list.shown', { shown: rows.length, total: cases.length })}
          </p>
          {rows.length === 0 ? (
            <p>{t('cases.list.noMatch')}</p>
          ) : (
            <table className="case-table" data-testid="case-table">
              <caption className="visually-hidden">{t('cases.table.caption')}</caption>
              <thead>
                <tr>
                  {caseColumns.map((column) => (
                    <SortableHeader
                      key={column}
                      column={column}
                      sort={sort}
                      label={t(`cases.table.columns.${column}`)}
                      onSort={(chosen) => setSort((current) => nextSort(current, chosen))}
                    />
                  ))}
                  {showStatus && <th scope="col">{t('cases.list.status')}</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <CaseTableRow
                    key={row.summary.id}
                    row={row}
                    showStatus={showStatus}
                    onOpen={(caseId) => navigate({ screen: 'case', caseId })}
                  />
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

/** Marks only: the order itself is said by aria-sort. */
const sortArrows = { ascending: '▲', descending: '▼', none: '↕' } as const;

interface HeaderProps {
  column: CaseColumn;
  sort: CaseSort;
  label: string;
  onSort: (column: CaseColumn) => void;
}

function SortableHeader({ column, sort, label, onSort }: HeaderProps) {
  const sorted = sort.column === column ? sort.direction : 'none';
  return (
    <th scope="col" aria-sort={sorted} className="case-table-heading">
      <button type="button" className="case-table-sort" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className="case-table-arrow">
          {sortArrows[sorted]}
        </span>
      </button>
    </th>
  );
}
