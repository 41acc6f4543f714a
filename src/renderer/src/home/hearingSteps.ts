/** What to do next about a report on the hearings agenda, in words (Home's hearings and reports to share). */
import { useTranslation } from 'react-i18next';
import type { HearingAgendaItem } from '../../../shared/domain/report/hearingAgenda';
import { nextStepWords } from '../reports/nextStepWords';

export function useNextStep(): (item: HearingAgendaItem) => string {
  const { t, i18n } = useTranslation();
  return (item) => nextStepWords(item, t, i18n.language);
}
