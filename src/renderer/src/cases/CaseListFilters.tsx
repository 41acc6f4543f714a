import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStatuses, phases, type CaseStatus, type Phase } from '../../../shared/domain/taxonomy';
import type { CaseFilters } from './caseFilters';

interface Props {
  filters: CaseFilters;
  /** Offer the alias search only when the list is long enough to need it. */
  searchable: boolean;
  onChange: (filters: CaseFilters) => void;
}

/** Phase and status filters (and an alias search for long lists) above the case list. */
export function CaseListFilters({ filters, searchable, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="case-filters" role="group" aria-label={t('cases.list.filters')}>
      {searchable && (
        <div className="case-filter">
          <label htmlFor={`${id}-text`}>{t('cases.list.find')}</label>
          <input
            id={`${id}-text`}
            type="search"
            className="text-input"
            value={filters.text}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => onChange({ ...filters, text: event.target.value })}
          />
        </div>
      )}
      <div className="case-filter">
        <label htmlFor={`${id}-status`}>{t('cases.list.status')}</label>
        <select
          id={`${id}-status`}
          value={filters.status}
          onChange={(event) => onChange({ ...filters, status: event.target.value as CaseStatus | 'all' })}
        >
          {caseStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`taxonomy.caseStatuses.${status}`)}
            </option>
          ))}
          <option value="all">{t('cases.list.allStatuses')}</option>
        </select>
      </div>
      <div className="case-filter">
        <label htmlFor={`${id}-phase`}>{t('cases.list.phase')}</label>
        <select
          id={`${id}-phase`}
          value={filters.phase}
          onChange={(event) => onChange({ ...filters, phase: event.target.value as Phase | 'all' })}
        >
          <option value="all">{t('cases.list.allPhases')}</option>
          {phases.map((phase) => (
            <option key={phase} value={phase}>
              {t(`taxonomy.phases.${phase}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
