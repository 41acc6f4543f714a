/**
 * The services behind the router, built from plain parameters so the Electron shell, the CLI
 * and the browser harness compose exactly the same thing.
 */
import type { AppInfo } from '../shared/ipc/appInfo';
import type { Handlers } from './ipc/router';
import { createAppInfoService } from './app/appInfoService';
import { createSettingsStore, type SettingsStore } from './settings/settingsStore';

export interface ServiceOptions {
  dataDirectory: string;
  appInfo: Omit<AppInfo, 'dataDirectory'>;
}

export interface Services {
  appInfo: ReturnType<typeof createAppInfoService>;
  settings: SettingsStore;
}

export function createServices(options: ServiceOptions): Services {
  return {
    appInfo: createAppInfoService({ ...options.appInfo, dataDirectory: options.dataDirectory }),
    settings: createSettingsStore(options.dataDirectory),
  };
}

/** The contract's methods, each mapped to the service that answers it. */
export function createHandlers(services: Services): Handlers {
  return {
    getAppInfo: () => services.appInfo.get(),
    getSettings: () => services.settings.get(),
    updateSettings: (patch) => services.settings.update(patch),
  };
}
