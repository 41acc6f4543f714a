import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../shared/domain/entry';
import { formatCalendarDate } from '../cases/dates';
import { CheckboxList } from '../entries/CheckboxList';

interface Props {
  entries: readonly Pick<Entry, 'id' | 'sessionDate' | 'phase'>[];
  values: readonly string[];
  onChange: (values: string[]) => void;
}

/** The sessions a statement comes from, picked from the case's reflections by date, oldest first. */
export function CitationFields({ entries, values, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const options = [...entries]
    .sort((first, second) => first.sessionDate.localeCompare(second.sessionDate))
    .map((entry) => ({
      value: entry.id,
      label: `${formatCalendarDate(entry.sessionDate, i18n.language)} (${t(`taxonomy.phases.${entry.phase}`)})`,
    }));
  return (
    <CheckboxList
      legend={t('reports.statement.citations')}
      options={options}
      values={values}
      onChange={onChange}
      emptyText={t('reports.statement.noSessions')}
    />
  );
}
