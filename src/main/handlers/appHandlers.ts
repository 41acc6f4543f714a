/** The app's own methods: what it is and its preferences. */
import type { Handlers } from '../ipc/router';
import { renderFailureLine } from '../../shared/diagnostics/renderFailure';
import type { Services } from '../services';

export function appHandlers({ appInfo, settings, log }: Pick<Services, 'appInfo' | 'settings' | 'log'>) {
  return {
    getAppInfo: () => appInfo.get(),
    getSettings: () => settings.get(),
    updateSettings: (patch) => settings.update(patch),
    getAllianceThresholds: () => settings.getAllianceThresholds(),
    setAllianceThresholds: (thresholds) => settings.setAllianceThresholds(thresholds),
    reportRenderFailure: (failure) => {
      log(renderFailureLine(failure));
      return undefined;
    },
  } satisfies Partial<Handlers>;
}
