import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../shared/domain/entry';
import { formatCalendarDate } from '../cases/dates';
import { CheckboxList } from '../ui/form/CheckboxList';

interface Props {
  entries: readonly Pick<Entry, 'id' | 'sessionDate' | 'phase'>[];
  values: readonly string[];
  onChange: (values: string[]) => void;
}

/**
 * The sessions a statement comes from, picked from the case's reflections by date, oldest first.
 * Folded to the dates chosen: a case with forty sessions must not put forty boxes under every
 * statement.
 */
export function CitationFields({ entries, values, onChange }: Props) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <p className="help">{t('reports.statement.noSessions')}</p>;
  const options = [...entries]
    .sort((first, second) => first.sessionDate.localeCompare(second.sessionDate))
    .map((entry) => ({
      value: entry.id,
      label: `${formatCalendarDate(entry.sessionDate, i18n.language)} (${t(`taxonomy.phases.${entry.phase}`)})`,
    }));
  const chosen = options.filter((option) => values.includes(option.value)).map((option) => option.label);
  return (
    <details className="reports-citations">
      <summary>
        {t('reports.statement.citationsChosen', {
          sessions: chosen.length === 0 ? t('reports.statement.noneCited') : chosen.join(', '),
        })}
      </summary>
      <CheckboxList legend={t('reports.statement.citations')} options={options} values={values} onChange={onChange} />
    </details>
  );
}
