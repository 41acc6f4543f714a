import type { AppInfo } from '../../shared/ipc/appInfo';

/** What the app reports about itself; every fact is passed in by the composition root. */
export function createAppInfoService(info: AppInfo): { get(): AppInfo } {
  return { get: () => info };
}
