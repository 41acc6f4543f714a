/** What to do next about a report, in words: Home's list of hearings and the report screen say it alike. */
import type { TFunction } from 'i18next';
import type { HearingAgendaItem } from '../../../shared/domain/report/hearingAgenda';
import { formatCalendarDate } from '../cases/dates';

export type NextStep = Pick<HearingAgendaItem, 'step' | 'shareBy' | 'sharedOn' | 'workingDays' | 'reviewWorkingDays'>;

export function nextStepWords(item: NextStep, t: TFunction, language: string): string {
  const required = item.reviewWorkingDays;
  const date = (value: string | undefined) => formatCalendarDate(value ?? '', language);
  switch (item.step) {
    case 'set-hearing-date':
      return t('home.hearings.steps.setHearingDate');
    case 'share-by':
      return t('home.hearings.steps.shareBy', { date: date(item.shareBy) });
    case 'share-late':
      return t('home.hearings.steps.shareLate', { count: item.workingDays ?? 0, required });
    case 'shared':
      return t('home.hearings.steps.shared', { date: date(item.sharedOn) });
    case 'shared-late':
      return t('home.hearings.steps.sharedLate', { date: date(item.sharedOn), count: item.workingDays ?? 0, required });
    case 'final':
      return t('home.hearings.steps.final');
  }
}
