import { useTranslation } from 'react-i18next';
import { publicHolidays } from '../../../shared/calendar/publicHolidays';
import type { PublicHolidays } from '../../../shared/domain/report/workingDays';
import { weekendsOnly } from '../../../shared/domain/report/workingDays';
import { effectiveHolidayChoice, languageForLocale } from '../../../shared/settings/settings';
import { useContractQuery } from '../api/useContractQuery';

/**
 * The public holidays the practitioner chose in Settings (or the UI language's default), named in
 * the UI language: the same calendar main counts the checks and the hearings list with.
 */
export function usePublicHolidays(): PublicHolidays {
  const { i18n } = useTranslation();
  const settings = useContractQuery('getSettings', undefined);
  if (settings.data === undefined) return weekendsOnly;
  const language = languageForLocale(i18n.language);
  return publicHolidays(effectiveHolidayChoice(settings.data, language), language);
}
