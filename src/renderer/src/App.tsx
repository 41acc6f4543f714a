import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/ipc/appInfo';
import type { Settings } from '../../shared/settings/settings';
import type { RecoveryKitResponse, VaultStatus } from '../../shared/vault/vaultStatus';
import { GateLayout } from './components/GateLayout';
import { ProgressNotice } from './progress/ProgressNotice';
import { CreateVaultScreen } from './vault/CreateVaultScreen';
import { RecoveryKitScreen } from './vault/RecoveryKitScreen';
import { UnlockScreen } from './vault/UnlockScreen';
import { useVaultStatus } from './vault/useVaultStatus';

/** The open journal's code loads once it is unlocked, so the gates paint from a small first script. */
const JournalShell = lazy(() => import('./journal/JournalShell').then((module) => ({ default: module.JournalShell })));

interface Props {
  initialSettings: Settings;
  initialVaultStatus: VaultStatus;
  appInfo: AppInfo;
}

/**
 * Gates first (create, recovery kit, unlock), then the layout shell: cases on the left, the
 * current screen in the middle, status at the bottom. Nothing decrypted is rendered while locked.
 */
export function App(props: Props) {
  return (
    <>
      <Screens {...props} />
      <ProgressNotice />
    </>
  );
}

function Screens({ initialSettings, initialVaultStatus, appInfo }: Props) {
  const { t } = useTranslation();
  const [restoredFiles, setRestoredFiles] = useState<number | undefined>();
  const [settings, setSettings] = useState(initialSettings);
  const [recoveryKey, setRecoveryKey] = useState<string | undefined>();
  const [kitWarning, setKitWarning] = useState<string | undefined>();
  /** The kit replaces one that worked until now (after a recovery). */
  const [kitReplaced, setKitReplaced] = useState(false);
  const vault = useVaultStatus(initialVaultStatus);
  const languagePicker = { settings, appInfo, onSettingsChange: setSettings };
  /** A kit that replaces one that worked until now, shown before whatever the status leads to. */
  const showReplacingKit = (kit: RecoveryKitResponse) => {
    setRecoveryKey(kit.recoveryKey);
    setKitWarning(kit.warning);
    setKitReplaced(true);
    vault.update(kit.status);
  };

  if (recoveryKey !== undefined) {
    return (
      <GateLayout {...languagePicker} screen="kit">
        <RecoveryKitScreen
          recoveryKey={recoveryKey}
          directory={vault.status.directory}
          {...(kitWarning === undefined ? {} : { warning: kitWarning })}
          replaced={kitReplaced}
          onDone={() => {
            setRecoveryKey(undefined);
            setKitReplaced(false);
          }}
        />
      </GateLayout>
    );
  }
  if (vault.status.state === 'absent') {
    return (
      <GateLayout {...languagePicker} screen="create">
        <CreateVaultScreen
          onCreated={(created) => {
            setRecoveryKey(created.recoveryKey);
            setKitWarning(created.warning);
            vault.update(created.status);
          }}
          onRestored={setRestoredFiles}
        />
      </GateLayout>
    );
  }
  if (vault.status.state === 'locked') {
    return (
      <GateLayout {...languagePicker} screen="unlock">
        <UnlockScreen
          notice={
            vault.lockedByMain
              ? t('vault.lock.lockedNotice')
              : restoredFiles === undefined
                ? undefined
                : t('vault.create.restored', { count: restoredFiles })
          }
          onUnlocked={(status) => vault.update(status)}
          onRecovered={showReplacingKit}
        />
      </GateLayout>
    );
  }

  return (
    <Suspense fallback={null}>
      <JournalShell
        settings={settings}
        appInfo={appInfo}
        vaultStatus={vault.status}
        onSettingsChange={setSettings}
        onLock={vault.lock}
        onVaultStatus={(status) => vault.update(status)}
        onKitAfterLock={showReplacingKit}
      />
    </Suspense>
  );
}
