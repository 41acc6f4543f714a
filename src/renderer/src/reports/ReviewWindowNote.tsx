import { useTranslation } from 'react-i18next';
import type { CourtReport } from '../../../shared/domain/report/report';
import { formatCalendarDate, todayDate } from '../cases/dates';
import { reviewWindowNotice } from '../../../shared/domain/report/reviewWindow';

/**
 * The review window in one sentence while the report is still being prepared: the day to share
 * by, or a warning when the caregiver will have, or had, less time than the practitioner set.
 */
export function ReviewWindowNote({ report }: { report: CourtReport }) {
  const { t, i18n } = useTranslation();
  const notice = reviewWindowNotice(report, todayDate());
  const count = report.reviewWorkingDays;
  switch (notice.kind) {
    case 'met':
      return null;
    case 'no-hearing-date':
      return <p className="help reports-window">{t('reports.window.noHearingDate')}</p>;
    case 'share-by':
      return (
        <p className="help reports-window">
          {t('reports.window.shareBy', { count, date: formatCalendarDate(notice.date, i18n.language) })}
        </p>
      );
    default:
      return (
        <p className="reports-window reports-window-warning" data-testid="review-window-warning">
          {t(`reports.window.${notice.kind}`, { count, days: notice.days })}
        </p>
      );
  }
}
