/** What the router's checks (origin, zod request and response) add to a call. */
import { createRouter, type Handlers } from '../src/main/ipc/router';
import { appOrigin, isTrustedUrl } from '../src/main/shell/policy';
import { ipcChannel } from '../src/shared/ipc/names';
import { defaultSettings } from '../src/shared/settings/settings';
import { handlersWith } from '../tests/support/handlers';
import type { BenchRow } from './benchRow';
import { medianOf } from './measure';

export async function runIpcBenchmarks(): Promise<BenchRow[]> {
  const handlers: Handlers = handlersWith({
    getAppInfo: () => ({
      name: 'Alianza',
      version: '0.0.0',
      platform: 'linux',
      runtime: 'electron',
      versions: { node: process.versions.node },
      systemLocale: 'es-CL',
      dataDirectory: '/tmp',
    }),
    getSettings: () => defaultSettings,
    updateSettings: (patch) => ({ ...defaultSettings, ...patch }),
  });
  const router = createRouter({ handlers, isTrustedSender: (url) => isTrustedUrl(url, [appOrigin]) });
  const sender = { url: `${appOrigin}/index.html` };
  const batch = 1_000;
  const direct = await medianOf(async () => {
    for (let index = 0; index < batch; index += 1) await handlers.updateSettings({ language: 'es' });
  }, 30);
  const routed = await medianOf(async () => {
    for (let index = 0; index < batch; index += 1) {
      await router.dispatch(ipcChannel('updateSettings'), { language: 'es' }, sender);
    }
  }, 30);
  return [
    { name: 'ipc: 1 000 direct handler calls', medianMs: direct, runs: 30 },
    {
      name: 'ipc: 1 000 routed calls (origin + zod in/out)',
      medianMs: routed,
      runs: 30,
      compareTo: 'ipc: 1 000 direct handler calls',
      ratio: routed / direct,
      note: 'the router adds validation; per call it is the median / 1 000',
    },
  ];
}
