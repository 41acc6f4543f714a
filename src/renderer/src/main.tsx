import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { effectiveLanguage, languageForLocale } from '../../shared/settings/settings';
import { getApi, unwrap } from './api/client';
import { QueryProvider } from './api/QueryProvider';
import { createAppQueryClient } from './api/queryClient';
import { queryKeyOf } from './api/queryKeys';
import { App } from './App';
import { ShellErrorBoundary } from './components/ShellErrorBoundary';
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
    const queryClient = createAppQueryClient();
    // The answers read before the first paint are the cache's first entries, not asked again.
    queryClient.setQueryData(queryKeyOf('getSettings', undefined), settings);
    queryClient.setQueryData(queryKeyOf('getAppInfo', undefined), appInfo);
    queryClient.setQueryData(queryKeyOf('getVaultStatus', undefined), vaultStatus);
    root.render(
      <StrictMode>
        <QueryProvider client={queryClient}>
          <I18nextProvider i18n={i18n}>
            <ShellErrorBoundary>
              <App initialSettings={settings} initialVaultStatus={vaultStatus} appInfo={appInfo} />
            </ShellErrorBoundary>
          </I18nextProvider>
        </QueryProvider>
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
