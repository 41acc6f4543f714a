import { useTranslation } from 'react-i18next';
import type { ReportVersion } from '../../../shared/domain/report/report';
import { formatCalendarDate } from '../cases/dates';
import { checkDetailWords } from './checkDetails';

/** What a check found, one plain sentence per detail. */
export function CheckDetails({ details, version }: { details: readonly string[]; version: ReportVersion }) {
  const { t, i18n } = useTranslation();
  const words = checkDetailWords(details, version);
  if (words.length === 0) return null;
  return (
    <ul className="reports-check-details">
      {words.map((word, index) => {
        if (word.sentence === undefined) return <li key={index}>{word.value}</li>;
        const isDate = word.sentence === 'shared-on' || word.sentence === 'hearing-on';
        const section = 'section' in word && word.section !== undefined ? t(`reports.sections.${word.section}`) : '';
        const where = section === '' ? '' : t('reports.checks.where', { section, number: word.statement ?? '?' });
        return (
          <li key={index}>
            {t(`reports.checks.details.${word.sentence}`, {
              value: isDate ? formatCalendarDate(word.value, i18n.language) : word.value,
              count: Number(word.value) || 0,
              where,
              section,
            })}
          </li>
        );
      })}
    </ul>
  );
}
