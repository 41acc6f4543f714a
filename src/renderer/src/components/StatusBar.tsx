import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/appInfo';

export function StatusBar({ appInfo }: { appInfo: AppInfo }) {
  const { t } = useTranslation();
  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      <span className="status-lock" role="status">
        {t('status.noVault')}
      </span>
      <span className="status-version">{t('status.version', { version: appInfo.version })}</span>
    </footer>
  );
}
