/**
 * Lets the e2e suite make a screen throw while rendering, to test the screen's error boundary.
 * It acts only when main says the renderer runs in the test browser harness, which the desktop
 * app never does, and only for the screen a test names in session storage.
 */
import type { AppInfo } from '../../../shared/ipc/appInfo';

/** The session-storage key a test sets to the name of the screen that should throw. */
export const renderFailureProbeKey = 'alianza.testRenderFailure';

export function RenderFailureProbe({ runtime, screen }: { runtime: AppInfo['runtime']; screen: string }) {
  if (runtime === 'browser-harness' && window.sessionStorage.getItem(renderFailureProbeKey) === screen) {
    throw new Error(`Render failure requested for the ${screen} screen.`);
  }
  return null;
}
