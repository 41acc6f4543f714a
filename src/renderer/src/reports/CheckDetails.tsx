import { useTranslation } from 'react-i18next';
import type { ReportVersion } from '../../../shared/domain/report/report';
import { formatCalendarDate } from '../cases/dates';
import { holidayChoiceOfId } from '../../../shared/calendar/holidayChoice';
import { holidayChoiceName, publicHolidays } from '../../../shared/calendar/publicHolidays';
import { checkDetailWords, type DetailWords } from './checkDetails';
import { skippedHolidaysText } from './holidayWords';

/**
 * A detail's value in words: dates in the reader's format, a holiday calendar by its country's
 * name, skipped holidays by day and name (from the calendar the check was counted with).
 */
function valueText(word: DetailWords & { sentence: string }, details: readonly string[], language: string): string {
  switch (word.sentence) {
    case 'shared-on':
    case 'hearing-on':
      return formatCalendarDate(word.value, language);
    case 'holidays':
    case 'holidays-unknown':
      return holidayChoiceName(holidayChoiceOfId(word.value), language);
    case 'holidays-skipped': {
      const calendar = details.find((detail) => detail.startsWith('holidays='))?.slice('holidays='.length) ?? '';
      const holidays = publicHolidays(holidayChoiceOfId(calendar), language);
      const skipped = word.value.split(',').map((date) => ({ date, name: holidays.nameOn(date) ?? '' }));
      return skippedHolidaysText(skipped, language);
    }
    default:
      return word.value;
  }
}

/** What a check found, one plain sentence per detail. */
export function CheckDetails({ details, version }: { details: readonly string[]; version: ReportVersion }) {
  const { t, i18n } = useTranslation();
  const words = checkDetailWords(details, version);
  if (words.length === 0) return null;
  return (
    <ul className="reports-check-details">
      {words.map((word, index) => {
        if (word.sentence === undefined) return <li key={index}>{word.value}</li>;
        const section = 'section' in word && word.section !== undefined ? t(`reports.sections.${word.section}`) : '';
        const where = section === '' ? '' : t('reports.checks.where', { section, number: word.statement ?? '?' });
        return (
          <li key={index}>
            {t(`reports.checks.details.${word.sentence}`, {
              value: valueText(word, details, i18n.language),
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
