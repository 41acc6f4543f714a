/** Composition root: wiring and lifecycle only. */
import { app, BrowserWindow, session } from 'electron';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createRouter } from './ipc/router';
import { createHandlers, createServices } from './services';
import { bindRouter } from './shell/ipcBridge';
import { appOrigin, isTrustedUrl, originOf } from './shell/policy';
import { registerAppScheme, serveRenderer } from './shell/protocol';
import { installContentsPolicy, installSessionPolicy } from './shell/security';
import { createMainWindow } from './shell/window';
import { resolveDataDirectory } from './shell/dataDirectory';

const developmentUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const trustedOrigins = [appOrigin, ...(developmentUrl ? [originOf(developmentUrl) ?? appOrigin] : [])];

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  installContentsPolicy(trustedOrigins);
  void app.whenReady().then(start);
}

function start(): void {
  const dataDirectory = resolveDataDirectory(process.argv, process.env, app.getPath('userData'));
  mkdirSync(dataDirectory, { recursive: true, mode: 0o700 });
  const services = createServices({
    dataDirectory,
    appInfo: {
      name: 'Alianza',
      version: app.getVersion(),
      platform: process.platform,
      runtime: 'electron',
      versions: { electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node },
      systemLocale: app.getLocale(),
    },
  });
  const router = createRouter({
    handlers: createHandlers(services),
    isTrustedSender: (url) => isTrustedUrl(url, trustedOrigins),
    reportUnexpected: (method, error) => console.error(`[ipc] ${method} failed`, error),
  });
  installSessionPolicy(session.defaultSession, trustedOrigins);
  serveRenderer(path.join(import.meta.dirname, '../renderer'));
  bindRouter(router);
  createMainWindow({
    preloadPath: path.join(import.meta.dirname, '../preload/index.cjs'),
    startUrl: developmentUrl ?? `${appOrigin}/index.html`,
    iconPath: path.join(import.meta.dirname, '../../resources/icon.png'),
  });
}
