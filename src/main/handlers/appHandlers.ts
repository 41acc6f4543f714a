/** The app's own methods: what it is and its preferences. */
import type { Handlers } from '../ipc/router';
import type { Services } from '../services';

export function appHandlers({ appInfo, settings }: Pick<Services, 'appInfo' | 'settings'>) {
  return {
    getAppInfo: () => appInfo.get(),
    getSettings: () => settings.get(),
    updateSettings: (patch) => settings.update(patch),
    getAllianceThresholds: () => settings.getAllianceThresholds(),
    setAllianceThresholds: (thresholds) => settings.setAllianceThresholds(thresholds),
  } satisfies Partial<Handlers>;
}
