import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/appInfo';
import type { Settings } from '../../../shared/settings/settings';
import type { RecoveryKitResponse, VaultStatus } from '../../../shared/vault/vaultStatus';
import { AllianceThresholdsForm } from '../alliance/AllianceThresholdsForm';
import { HolidayPicker } from '../components/HolidayPicker';
import { LanguagePicker } from '../components/LanguagePicker';
import { ReflectionIntervalPicker } from '../home/ReflectionIntervalPicker';
import { JournalCare } from '../vault/JournalCare';
import { SecuritySettings } from '../vault/SecuritySettings';

interface Props {
  settings: Settings;
  appInfo: AppInfo;
  vaultStatus: VaultStatus;
  onSettingsChange: (settings: Settings) => void;
  /** A rotation's kit, shown by the app once the journal has locked to finish it. */
  onKitAfterLock: (kit: RecoveryKitResponse) => void;
}

export function SettingsScreen({ settings, appInfo, vaultStatus, onSettingsChange, onKitAfterLock }: Props) {
  const { t } = useTranslation();
  const runtime =
    appInfo.runtime === 'electron'
      ? t('settings.runtimeElectron', { version: appInfo.versions.electron ?? '' })
      : t('settings.runtimeBrowserHarness');

  return (
    <section className="screen" aria-labelledby="settings-title">
      <h1 tabIndex={-1} id="settings-title">
        {t('settings.title')}
      </h1>
      <LanguagePicker settings={settings} appInfo={appInfo} onSettingsChange={onSettingsChange} />
      <HolidayPicker settings={settings} onSettingsChange={onSettingsChange} />
      <ReflectionIntervalPicker settings={settings} onSettingsChange={onSettingsChange} />
      <SecuritySettings
        settings={settings}
        vaultStatus={vaultStatus}
        onSettingsChange={onSettingsChange}
        onKitAfterLock={onKitAfterLock}
      />
      <JournalCare />
      <AllianceThresholdsForm />
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
