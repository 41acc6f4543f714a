import { useTranslation } from 'react-i18next';
import type { Rupture } from '../../../shared/charts/chartData';
import {
  phases,
  sectionVisibilities,
  tensionGroups,
  type Phase,
  type SectionVisibility,
  type TensionType,
} from '../../../shared/domain/taxonomy';
import { SelectField } from '../ui/form/SelectField';
import { TensionTypeOptions } from './TensionTypeOptions';
import type { TimelineFilters as Filters } from './timeline';

interface Props {
  filters: Filters;
  onChange: (filters: Filters) => void;
  /** Offer "any rupture" (the timeline can; the search filters by one kind). */
  anyRupture?: boolean;
}

function set<K extends keyof Filters>(filters: Filters, key: K, value: string): Filters {
  const { [key]: _removed, ...rest } = filters;
  return value === '' ? rest : { ...rest, [key]: value as Filters[K] };
}

/** Filters shared by the timeline and search: phase, tension type, rupture and visibility. */
export function TimelineFilters({ filters, onChange, anyRupture = true }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        className="filter-field"
        label={t('entries.filters.phase')}
        value={filters.phase ?? ''}
        onChange={(value) => onChange(set(filters, 'phase', value as Phase | ''))}
      >
        <option value="">{t('entries.filters.allPhases')}</option>
        {phases.map((phase) => (
          <option key={phase} value={phase}>
            {t(`taxonomy.phases.${phase}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        className="filter-field"
        label={t('entries.filters.tensionType')}
        value={filters.tensionType ?? ''}
        onChange={(value) => onChange(set(filters, 'tensionType', value as TensionType | ''))}
      >
        <option value="">{t('entries.filters.anyTension')}</option>
        <TensionTypeOptions groups={tensionGroups} />
      </SelectField>
      <SelectField
        className="filter-field"
        label={t('entries.filters.rupture')}
        value={filters.rupture ?? ''}
        onChange={(value) => onChange(set(filters, 'rupture', value as Rupture | 'any' | ''))}
      >
        <option value="">{t('entries.filters.ruptureNotFiltered')}</option>
        {anyRupture && <option value="any">{t('entries.filters.anyRupture')}</option>}
        <option value="withdrawal">{t('taxonomy.ruptureKinds.withdrawal')}</option>
        <option value="confrontation">{t('taxonomy.ruptureKinds.confrontation')}</option>
      </SelectField>
      <SelectField
        className="filter-field"
        label={t('entries.filters.visibility')}
        value={filters.visibility ?? ''}
        onChange={(value) => onChange(set(filters, 'visibility', value as SectionVisibility | ''))}
      >
        <option value="">{t('entries.filters.anyVisibility')}</option>
        {sectionVisibilities.map((visibility) => (
          <option key={visibility} value={visibility}>
            {t(`taxonomy.sectionVisibilities.${visibility}`)}
          </option>
        ))}
      </SelectField>
    </>
  );
}
