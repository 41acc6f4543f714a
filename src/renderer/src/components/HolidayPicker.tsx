import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HolidayChoice } from '../../../shared/calendar/holidayChoice';
import { holidayCountries, holidayRegions } from '../../../shared/calendar/publicHolidays';
import { effectiveHolidayChoice, languageForLocale, type Settings } from '../../../shared/settings/settings';
import { ErrorMessage } from './ErrorMessage';
import { useSettingsUpdate } from './useSettingsUpdate';

interface Props {
  settings: Settings;
  onSettingsChange: (settings: Settings) => void;
}

/**
 * The country, and region where holidays differ by region, whose public holidays working days
 * skip (the review window before a hearing). Saved at once, like the language.
 */
export function HolidayPicker({ settings, onSettingsChange }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { save, error, saved } = useSettingsUpdate(onSettingsChange);
  const language = languageForLocale(i18n.language);
  const choice = effectiveHolidayChoice(settings, language);
  const country = choice === 'none' ? 'none' : choice.country;
  const collator = new Intl.Collator(language);
  const countries = Object.entries(holidayCountries(language)).sort(([, a], [, b]) => collator.compare(a, b));
  const regions =
    choice === 'none'
      ? []
      : Object.entries(holidayRegions(choice.country, language)).sort(([, a], [, b]) => collator.compare(a, b));

  const choose = (holidays: HolidayChoice) => save({ holidays });

  return (
    <section aria-labelledby={`${id}-title`} data-testid="holiday-picker">
      <h2 id={`${id}-title`}>{t('settings.holidays.title')}</h2>
      <p className="help" id={`${id}-help`}>
        {t('settings.holidays.help')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-country`}>{t('settings.holidays.country')}</label>
        <select
          id={`${id}-country`}
          aria-describedby={`${id}-help`}
          value={country}
          onChange={(event) => void choose(event.target.value === 'none' ? 'none' : { country: event.target.value })}
        >
          <option value="none">{t('settings.holidays.none')}</option>
          {countries.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      {choice !== 'none' && regions.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-region`}>{t('settings.holidays.region')}</label>
          <select
            id={`${id}-region`}
            value={choice.region ?? ''}
            onChange={(event) =>
              void choose(
                event.target.value === ''
                  ? { country: choice.country }
                  : { country: choice.country, region: event.target.value },
              )
            }
          >
            <option value="">{t('settings.holidays.wholeCountry')}</option>
            {regions.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="confirmation" role="status">
        {saved ? t('settings.saved') : ''}
      </p>
      {error && <ErrorMessage error={error} />}
    </section>
  );
}
