/** What to do next about a report on the hearings agenda, in words (Home's hearings and reports to share). */
import { useTranslation } from 'react-i18next';
import type { HearingAgendaItem } from '../../../shared/domain/report/hearingAgenda';
import { formatCalendarDate } from '../cases/dates';

export function useNextStep(): (item: HearingAgendaItem) => string {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatCalendarDate(value, i18n.language);
  return (item) => {
    const required = item.reviewWorkingDays;
    switch (item.step) {
      case 'set-hearing-date':
        return t('home.hearings.steps.setHearingDate');
      case 'share-by':
        return t('home.hearings.steps.shareBy', { date: date(item.shareBy ?? '') });
      case 'share-late':
        return t('home.hearings.steps.shareLate', { count: item.workingDays ?? 0, required });
      case 'shared':
        return t('home.hearings.steps.shared', { date: date(item.sharedOn ?? '') });
      case 'shared-late':
        return t('home.hearings.steps.sharedLate', {
          date: date(item.sharedOn ?? ''),
          count: item.workingDays ?? 0,
          required,
        });
      case 'final':
        return t('home.hearings.steps.final');
    }
  };
}
