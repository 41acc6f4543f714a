import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/appInfo';
import type { AppErrorShape } from '../../../shared/ipc/result';
import { effectiveLanguage, languageForLocale, languages, type Settings } from '../../../shared/settings/settings';
import { getApi } from '../api/client';
import { ErrorMessage } from './ErrorMessage';

interface Props {
  settings: Settings;
  appInfo: AppInfo;
  onSettingsChange: (settings: Settings) => void;
  /** Compact form for the gate screens: no help text, no confirmation line. */
  compact?: boolean;
}

/** Choose the interface language; the choice is saved and applied at once. */
export function LanguagePicker({ settings, appInfo, onSettingsChange, compact }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [error, setError] = useState<AppErrorShape | undefined>();
  const [saved, setSaved] = useState(false);

  async function choose(value: string): Promise<void> {
    setSaved(false);
    const result = await getApi().updateSettings({ language: value as Settings['language'] });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(undefined);
    onSettingsChange(result.value);
    const language = effectiveLanguage(result.value, appInfo.systemLocale);
    await i18n.changeLanguage(language);
    document.documentElement.lang = language;
    setSaved(true);
  }

  return (
    <div className={compact ? 'field field-compact' : 'field'}>
      <label htmlFor={id}>{t('settings.languageLabel')}</label>
      {!compact && (
        <p className="help" id={`${id}-help`}>
          {t('settings.languageHelp')}
        </p>
      )}
      <select
        id={id}
        aria-describedby={compact ? undefined : `${id}-help`}
        value={settings.language}
        onChange={(event) => void choose(event.target.value)}
      >
        <option value="system">
          {t('settings.languageSystem', { language: t(`languages.${languageForLocale(appInfo.systemLocale)}`) })}
        </option>
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`languages.${language}`)}
          </option>
        ))}
      </select>
      {!compact && (
        <p className="confirmation" role="status">
          {saved ? t('settings.saved') : ''}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
