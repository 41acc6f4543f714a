/** Plugs the pure policy into Electron: navigation, new windows, webviews, permissions. */
import { app, BrowserWindow, dialog, shell, type Session, type WebContents } from 'electron';
import type { Language } from '../../shared/settings/settings';
import { dialogText } from './dialogText';
import { externalLinkDecision, isTrustedUrl, navigationDecision, permissionDecision } from './policy';

/** `trustedOrigins` may hold the dev server in development; in a packaged app only `app://`. */
export function installSessionPolicy(session: Session, trustedOrigins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
  session.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
  // Nothing is ever downloaded: a link or a page that starts a download gets no file on disk.
  session.on('will-download', (event) => event.preventDefault());
  // No remote content, ever: refuse every network request that is not to a trusted origin.
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (details, callback) => callback({ cancel: !isTrustedUrl(details.url, trustedOrigins) }),
  );
}

/** Applies to every web contents the app ever creates. */
export function installContentsPolicy(
  trustedOrigins: readonly string[],
  developerTools: boolean,
  language: () => Promise<Language>,
): void {
  app.on('web-contents-created', (_event, contents) =>
    guardContents(contents, trustedOrigins, developerTools, language),
  );
}

function guardContents(
  contents: WebContents,
  trustedOrigins: readonly string[],
  developerTools: boolean,
  language: () => Promise<Language>,
): void {
  if (!developerTools) contents.on('devtools-opened', () => contents.closeDevTools());
  contents.on('will-navigate', (event, url) => {
    if (navigationDecision(url, trustedOrigins) === 'deny') {
      event.preventDefault();
      void offerExternal(contents, url, language);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (navigationDecision(url, trustedOrigins) === 'deny') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void offerExternal(contents, url, language);
    return { action: 'deny' };
  });
}

/**
 * An http(s) link may open in the system browser once the user says yes. The dialog names the
 * host on its own line, so `https://trusted.org@evil.example` cannot pass for trusted.org.
 */
async function offerExternal(contents: WebContents, url: string, language: () => Promise<Language>): Promise<void> {
  if (externalLinkDecision(url) !== 'confirm-then-open') return;
  const text = dialogText(await language());
  const options = {
    type: 'question' as const,
    buttons: [text.openButton, text.cancel],
    defaultId: 1,
    cancelId: 1,
    message: text.openLinkQuestion(new URL(url).host),
    detail: url,
  };
  const parent = BrowserWindow.fromWebContents(contents);
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response === 0) await shell.openExternal(url);
}
