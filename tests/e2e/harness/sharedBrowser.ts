/** Setup file of the e2e project: the apps a test file launches share one Chromium (see launchApp.ts). */
import { afterAll } from 'vitest';
import { closeSharedBrowser, e2eMode, shareBrowser } from './launchApp';

if (e2eMode?.kind === 'chromium') {
  shareBrowser();
  afterAll(closeSharedBrowser);
}
