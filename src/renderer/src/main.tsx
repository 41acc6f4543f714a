import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { effectiveLanguage, languageForLocale } from '../../shared/settings/settings';
import { getApi, unwrap } from './api/client';
import { App } from './App';
import { StartupError } from './screens/StartupError';
import { createI18n } from './i18n/i18n';
import './styles.css';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (container === null) return;
  const root = createRoot(container);
  try {
    const api = getApi();
    const [settings, appInfo, vaultStatus] = await Promise.all([
      unwrap(api.getSettings()),
      unwrap(api.getAppInfo()),
      unwrap(api.getVaultStatus()),
    ]);
    const i18n = await createI18n(effectiveLanguage(settings, appInfo.systemLocale));
    document.documentElement.lang = i18n.language;
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <App initialSettings={settings} initialVaultStatus={vaultStatus} appInfo={appInfo} />
        </I18nextProvider>
      </StrictMode>,
    );
  } catch (error) {
    const i18n = await createI18n(languageForLocale(navigator.language));
    root.render(
      <I18nextProvider i18n={i18n}>
        <StartupError message={error instanceof Error ? error.message : String(error)} />
      </I18nextProvider>,
    );
  }
}

void start();
