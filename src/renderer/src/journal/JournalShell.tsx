import { useTranslation } from 'react-i18next';
import { Suspense, useRef } from 'react';
import type { AppInfo } from '../../../shared/ipc/appInfo';
import type { Settings } from '../../../shared/settings/settings';
import type { RecoveryKitResponse, VaultStatus } from '../../../shared/vault/vaultStatus';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { RenderFailureProbe } from '../components/RenderFailureProbe';
import { ScreenErrorBoundary } from '../components/ScreenErrorBoundary';
import { RolledBackNotice } from '../vault/RolledBackNotice';
import { Sidebar } from '../components/Sidebar';
import { StatusBar } from '../components/StatusBar';
import { NavigationContext } from '../navigation/NavigationContext';
import { useNavigationState } from '../navigation/useNavigationState';
import { useScreenFocus } from '../navigation/useScreenFocus';
import { HomeScreen } from '../screens/HomeScreen';
import { useJournal } from './useJournal';
import {
  BriefScreen,
  CaseScreen,
  CaseTableScreen,
  EntryEditorScreen,
  NewCaseScreen,
  ReportScreen,
  SearchScreen,
  SettingsScreen,
  SupervisionScreen,
} from './screens';

interface Props {
  settings: Settings;
  appInfo: AppInfo;
  vaultStatus: VaultStatus;
  onSettingsChange: (settings: Settings) => void;
  onLock: () => void;
  /** A new vault status from main (the practitioner kept a rolled-back state). */
  onVaultStatus: (status: VaultStatus) => void;
  /** A recovery kit that must outlive this shell (a key rotation locked the journal to finish). */
  onKitAfterLock: (kit: RecoveryKitResponse) => void;
}

/**
 * The open journal: sidebar, current screen, status bar. It exists only while unlocked, so every
 * decrypted view and the case list go away with it when the journal locks.
 */
export function JournalShell({
  settings,
  appInfo,
  vaultStatus,
  onSettingsChange,
  onLock,
  onVaultStatus,
  onKitAfterLock,
}: Props) {
  const { t } = useTranslation();
  const navigation = useNavigationState({ screen: 'home' });
  const journal = useJournal();
  const { route } = navigation;
  const screenKey = JSON.stringify(route);
  const pane = useRef<HTMLElement>(null);
  useScreenFocus(pane, screenKey);
  return (
    <NavigationContext.Provider value={navigation}>
      <div className="layout">
        <RenderFailureProbe runtime={appInfo.runtime} screen="shell" />
        <Sidebar />
        <main className="main-pane" id="main" ref={pane}>
          {vaultStatus.rolledBack !== undefined && (
            <RolledBackNotice files={vaultStatus.rolledBack} onStatusChange={onVaultStatus} />
          )}
          {vaultStatus.readOnly === true && vaultStatus.rolledBack === undefined && (
            <p className="notice" role="status" data-testid="read-only-notice">
              {t('errors.read-only')}
            </p>
          )}
          {journal.error !== undefined && <DamagedFileNotice error={journal.error} />}
          {/* A screen's code loads on its first visit: a moment of empty pane, read from disk. */}
          <ScreenErrorBoundary
            key={screenKey}
            screen={route.screen}
            onBack={() => navigation.navigate({ screen: 'home' })}
          >
            <RenderFailureProbe runtime={appInfo.runtime} screen={route.screen} />
            <Suspense fallback={null}>
              {route.screen === 'home' && <HomeScreen />}
              {route.screen === 'settings' && (
                <SettingsScreen
                  settings={settings}
                  appInfo={appInfo}
                  vaultStatus={vaultStatus}
                  onSettingsChange={onSettingsChange}
                  onKitAfterLock={onKitAfterLock}
                />
              )}
              {route.screen === 'search' && <SearchScreen />}
              {route.screen === 'new-case' && <NewCaseScreen />}
              {route.screen === 'cases' && <CaseTableScreen />}
              {route.screen === 'case' && (
                <CaseScreen
                  key={`${route.caseId}/${route.supervisionPart ?? ''}`}
                  caseId={route.caseId}
                  tab={route.tab}
                  supervisionPart={route.supervisionPart}
                  recordBrief={route.recordBrief}
                />
              )}
              {route.screen === 'supervision' && <SupervisionScreen />}
              {route.screen === 'brief' && <BriefScreen key={route.caseId} caseId={route.caseId} />}
              {route.screen === 'report' && (
                <ReportScreen key={route.reportId} caseId={route.caseId} reportId={route.reportId} />
              )}
              {route.screen === 'entry' && (
                <EntryEditorScreen
                  key={`${route.caseId}/${route.entryId ?? 'new'}/${route.draftId ?? ''}/${route.supervisionOf ?? ''}`}
                  caseId={route.caseId}
                  entryId={route.entryId}
                  draftId={route.draftId}
                  supervisionOf={route.supervisionOf}
                />
              )}
            </Suspense>
          </ScreenErrorBoundary>
        </main>
        <StatusBar appInfo={appInfo} vaultStatus={vaultStatus} onLock={onLock} />
      </div>
    </NavigationContext.Provider>
  );
}
