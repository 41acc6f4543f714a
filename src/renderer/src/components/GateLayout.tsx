import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/appInfo';
import type { Settings } from '../../../shared/settings/settings';
import { useScreenFocus } from '../navigation/useScreenFocus';
import { LanguagePicker } from './LanguagePicker';

interface Props {
  settings: Settings;
  appInfo: AppInfo;
  onSettingsChange: (settings: Settings) => void;
  /** Which gate is shown: focus moves to its heading when it changes. */
  screen: 'create' | 'kit' | 'unlock';
  children: ReactNode;
}

/** The frame of the screens before the journal is open; the language can be changed here too. */
export function GateLayout({ children, screen, ...languagePicker }: Props) {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  useScreenFocus(main, screen);
  return (
    <div className="gate">
      <header className="gate-header">
        <p className="brand">{t('app.name')}</p>
        <LanguagePicker {...languagePicker} compact />
      </header>
      <main className="gate-main" id="main" ref={main}>
        {children}
      </main>
    </div>
  );
}
