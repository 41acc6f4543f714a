import { useTranslation } from 'react-i18next';
import type { CourtReport } from '../../../shared/domain/report/report';
import type { PublicHolidays, SkippedHoliday } from '../../../shared/domain/report/workingDays';
import { holidayChoiceOfId } from '../../../shared/calendar/holidayChoice';
import { holidayChoiceName } from '../../../shared/calendar/publicHolidays';
import { formatCalendarDate, todayDate } from '../cases/dates';
import { reviewWindowNotice } from '../../../shared/domain/report/reviewWindow';
import { skippedHolidaysText } from './holidayWords';
import { usePublicHolidays } from './usePublicHolidays';

/**
 * The review window in one sentence while the report is still being prepared: the day to share
 * by, or a warning when the caregiver will have, or had, less time than the practitioner set;
 * then which public holidays the count skipped.
 */
export function ReviewWindowNote({ report }: { report: CourtReport }) {
  const { t, i18n } = useTranslation();
  const holidays = usePublicHolidays();
  const notice = reviewWindowNotice(report, todayDate(), holidays);
  const required = report.reviewWorkingDays;
  switch (notice.kind) {
    case 'met':
      return null;
    case 'no-hearing-date':
      return <p className="help reports-window">{t('reports.window.noHearingDate')}</p>;
    case 'share-by':
      return (
        <p className="help reports-window">
          {t('reports.window.shareBy', { count: required, date: formatCalendarDate(notice.date, i18n.language) })}{' '}
          <HolidaysSkipped holidays={holidays} skipped={notice.skipped} />
        </p>
      );
    default:
      return (
        <p className="reports-window reports-window-warning" data-testid="review-window-warning">
          {t(`reports.window.${notice.kind}`, { count: notice.days, required })}{' '}
          <HolidaysSkipped holidays={holidays} skipped={notice.skipped} />
        </p>
      );
  }
}

/** Which holidays were left out of the count, or why none could be. */
function HolidaysSkipped({ holidays, skipped }: { holidays: PublicHolidays; skipped: readonly SkippedHoliday[] }) {
  const { t, i18n } = useTranslation();
  if (holidays.id === 'none') return <span data-testid="holidays-skipped">{t('reports.window.noCalendar')}</span>;
  if (!holidays.known) {
    const country = holidayChoiceName(holidayChoiceOfId(holidays.id), i18n.language);
    return <span data-testid="holidays-skipped">{t('reports.window.unknownCalendar', { country })}</span>;
  }
  if (skipped.length === 0) return null;
  return (
    <span data-testid="holidays-skipped">
      {t('reports.window.skipped', { holidays: skippedHolidaysText(skipped, i18n.language) })}
    </span>
  );
}
