import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  defaultReflectionIntervalDays,
  effectiveReflectionInterval,
  reflectionIntervalChoices,
  type Settings,
} from '../../../shared/settings/settings';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSettingsUpdate } from '../components/useSettingsUpdate';

interface Props {
  settings: Settings;
  onSettingsChange: (settings: Settings) => void;
}

/** How long an open case may go without a reflection before Home lists it. Saved at once, like the language. */
export function ReflectionIntervalPicker({ settings, onSettingsChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { save, error, saved } = useSettingsUpdate(onSettingsChange);
  const current = effectiveReflectionInterval(settings);
  // A value written by hand in settings.json still shows as chosen.
  const choices = [...new Set<number>([...reflectionIntervalChoices, current])].sort((a, b) => a - b);

  const choose = (days: number) => save({ reflectionIntervalDays: days });

  return (
    <section aria-labelledby={`${id}-title`} data-testid="reflection-interval">
      <h2 id={`${id}-title`}>{t('queue.settings.title')}</h2>
      <p className="help" id={`${id}-help`}>
        {t('queue.settings.help')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-days`}>{t('queue.settings.label')}</label>
        <select
          id={`${id}-days`}
          aria-describedby={`${id}-help`}
          value={current}
          onChange={(event) => void choose(Number(event.target.value))}
        >
          {choices.map((days) => {
            const label = t('queue.settings.days', { count: days });
            return (
              <option key={days} value={days}>
                {days === defaultReflectionIntervalDays ? t('queue.settings.defaultChoice', { days: label }) : label}
              </option>
            );
          })}
        </select>
      </div>
      <p className="confirmation" role="status">
        {saved ? t('settings.saved') : ''}
      </p>
      {error && <ErrorMessage error={error} />}
    </section>
  );
}
