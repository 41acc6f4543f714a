import { useState } from 'react';
import type { AppInfo } from '../../shared/ipc/appInfo';
import type { Settings } from '../../shared/settings/settings';
import { Sidebar, type Screen } from './components/Sidebar';
import { StatusBar } from './components/StatusBar';
import { HomeScreen } from './screens/HomeScreen';
import { SettingsScreen } from './screens/SettingsScreen';

/** The layout shell: cases on the left, the current screen in the middle, status at the bottom. */
export function App({ initialSettings, appInfo }: { initialSettings: Settings; appInfo: AppInfo }) {
  const [screen, setScreen] = useState<Screen>('home');
  const [settings, setSettings] = useState(initialSettings);

  return (
    <div className="layout">
      <Sidebar current={screen} onNavigate={setScreen} />
      <main className="main-pane" id="main">
        {screen === 'home' && <HomeScreen />}
        {screen === 'settings' && (
          <SettingsScreen settings={settings} appInfo={appInfo} onSettingsChange={setSettings} />
        )}
      </main>
      <StatusBar appInfo={appInfo} />
    </div>
  );
}
