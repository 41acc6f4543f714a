/** The app's services outside Electron, as tests, benchmarks and the browser harness build them. */
import { createServices, type ServiceOptions, type Services } from '../../src/main/services';

/** Services over these folders, reporting themselves as the browser harness. */
export function createTestServices(
  options: Pick<ServiceOptions, 'settingsDirectory' | 'vaultDirectory'> &
    Partial<Omit<ServiceOptions, 'settingsDirectory' | 'vaultDirectory' | 'appInfo'>> & { systemLocale?: string },
): Services {
  const { systemLocale = 'es-CL', ...rest } = options;
  return createServices({
    ...rest,
    appInfo: {
      name: 'Alianza',
      version: process.env['npm_package_version'] ?? '0.0.0',
      platform: process.platform,
      runtime: 'browser-harness',
      versions: { node: process.versions.node },
      systemLocale,
    },
  });
}
