import { useTranslation } from 'react-i18next';
import type { PreviewBriefResponse } from '../../../shared/exports/requests';
import { formatCalendarDate } from '../cases/dates';

/** Which sessions the brief covers, and why it starts where it does. */
export function PeriodSummary({ preview }: { preview: PreviewBriefResponse }) {
  const { t, i18n } = useTranslation();
  const { facts } = preview;
  const date = (value: string) => formatCalendarDate(value, i18n.language);
  return (
    <p className="brief-period-summary">
      <span>
        {t(`exports.period.${preview.periodSource}`, { from: date(facts.period.from), to: date(facts.period.to) })}
      </span>{' '}
      <span>{t('exports.period.sessions', { sessions: facts.sessions, absences: facts.sessionsWithAbsences })}</span>
    </p>
  );
}
