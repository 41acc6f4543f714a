import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/appInfo';
import { effectiveLanguage, languageForLocale, languages, type Settings } from '../../../shared/settings/settings';
import { getApi } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import type { AppErrorShape } from '../../../shared/ipc/result';

interface Props {
  settings: Settings;
  appInfo: AppInfo;
  onSettingsChange: (settings: Settings) => void;
}

export function SettingsScreen({ settings, appInfo, onSettingsChange }: Props) {
  const { t, i18n } = useTranslation();
  const languageId = useId();
  const [error, setError] = useState<AppErrorShape | undefined>();
  const [saved, setSaved] = useState(false);

  async function chooseLanguage(value: string): Promise<void> {
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

  const runtime =
    appInfo.runtime === 'electron'
      ? t('settings.runtimeElectron', { version: appInfo.versions.electron ?? '' })
      : t('settings.runtimeBrowserHarness');

  return (
    <section className="screen" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <div className="field">
        <label htmlFor={languageId}>{t('settings.languageLabel')}</label>
        <p className="help" id={`${languageId}-help`}>
          {t('settings.languageHelp')}
        </p>
        <select
          id={languageId}
          aria-describedby={`${languageId}-help`}
          value={settings.language}
          onChange={(event) => void chooseLanguage(event.target.value)}
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
        <p className="confirmation" role="status">
          {saved ? t('settings.saved') : ''}
        </p>
        {error && <ErrorMessage error={error} />}
      </div>
      <h2>{t('settings.aboutTitle')}</h2>
      <dl className="facts" data-testid="app-info">
        <dt>{t('settings.version')}</dt>
        <dd data-testid="app-version">{appInfo.version}</dd>
        <dt>{t('settings.runtime')}</dt>
        <dd data-testid="app-runtime">{runtime}</dd>
        <dt>{t('settings.systemLocale')}</dt>
        <dd>{appInfo.systemLocale}</dd>
        <dt>{t('settings.dataDirectory')}</dt>
        <dd className="path" data-testid="app-data-directory">
          {appInfo.dataDirectory}
        </dd>
      </dl>
    </section>
  );
}
