import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/appInfo';
import type { VaultStatus } from '../../../shared/vault/vaultStatus';

interface Props {
  appInfo: AppInfo;
  vaultStatus: VaultStatus;
  onLock: () => void;
}

export function StatusBar({ appInfo, vaultStatus, onLock }: Props) {
  const { t } = useTranslation();
  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      <span className="status-lock" role="status" data-state={vaultStatus.state}>
        {t(`vault.lock.${vaultStatus.state}`)}
      </span>
      {vaultStatus.state === 'unlocked' && (
        <button type="button" className="lock-button" onClick={onLock}>
          {t('vault.lock.button')}
        </button>
      )}
      <span className="status-version">{t('status.version', { version: appInfo.version })}</span>
    </footer>
  );
}
