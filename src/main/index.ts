/** Composition root: wiring and lifecycle only. */
import { app, BrowserWindow, powerMonitor, session } from 'electron';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createRouter } from './ipc/router';
import { createServices } from './services';
import { createHandlers } from './handlers/createHandlers';
import { bindRouter } from './shell/ipcBridge';
import { appOrigin, isTrustedUrl, originOf } from './shell/policy';
import { registerAppScheme, serveRenderer } from './shell/protocol';
import { installContentsPolicy, installSessionPolicy } from './shell/security';
import { createMainWindow } from './shell/window';
import { installMenu } from './shell/menu';
import { createSaveDialog } from './shell/saveDialog';
import { createFileDialog } from './shell/fileDialog';
import { watchScreenLock } from './shell/screenLock';
import { printPdf } from './shell/pdfPrinter';
import { resolveDataDirectory } from './shell/dataDirectory';
import { effectiveLanguage, type Language } from '../shared/settings/settings';

const developmentUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
/** Developer tools and the View menu exist only in an unpackaged (development) run. */
const developerTools = !app.isPackaged;
let quitting = false;
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
  installContentsPolicy(trustedOrigins, developerTools, () => language());
  void app.whenReady().then(start);
}

/** The one window the renderer runs in; events go to it alone. */
let mainWindow: BrowserWindow | undefined;

/** The UI language, for the few native dialogs main shows; English until services exist. */
let language: () => Promise<Language> = () => Promise.resolve('en');

function start(): void {
  const settingsDirectory = app.getPath('userData');
  const vaultDirectory = resolveDataDirectory(process.argv, process.env, path.join(settingsDirectory, 'vault'));
  mkdirSync(vaultDirectory, { recursive: true, mode: 0o700 });
  const services = createServices({
    settingsDirectory,
    vaultDirectory,
    appInfo: {
      name: 'Alianza',
      version: app.getVersion(),
      platform: process.platform,
      runtime: 'electron',
      versions: { electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node },
      systemLocale: app.getLocale(),
    },
    chooseSavePath: createSaveDialog(() => language()),
    chooseFile: createFileDialog(() => language()),
    printPdf,
    // Checked against the contract before this; only our own window, showing our own page, hears
    // them (not the hidden print window).
    deliverEvent: (channel, payload) => {
      if (mainWindow === undefined || mainWindow.isDestroyed()) return;
      if (isTrustedUrl(mainWindow.webContents.getURL(), trustedOrigins)) mainWindow.webContents.send(channel, payload);
    },
    reportInvalidEvent: (event, error) =>
      console.error(`[ipc] event ${event} refused:`, error instanceof Error ? error.name : typeof error),
  });
  language = async () => effectiveLanguage(await services.settings.get(), app.getLocale());
  const router = createRouter({
    handlers: createHandlers(services),
    isTrustedSender: (url) => isTrustedUrl(url, trustedOrigins),
    // Names and codes only: an error's message could quote decrypted text.
    reportUnexpected: (method, error) =>
      console.error(`[ipc] ${method} failed:`, error instanceof Error ? error.name : typeof error),
  });
  installSessionPolicy(session.defaultSession, trustedOrigins);
  // Lock when the user walks away from the computer: screen lock or sleep wipes the keys.
  watchScreenLock(
    {
      platform: process.platform,
      onLockEvent: (listener) => powerMonitor.on('lock-screen', listener),
      idleState: () => powerMonitor.getSystemIdleState(60),
      setInterval,
    },
    () => void services.vault.lock('screen-lock'),
  );
  powerMonitor.on('suspend', () => void services.vault.lock('suspend'));
  // Wait for writes in flight and wipe the keys before the process goes.
  app.on('before-quit', (event) => {
    if (quitting) return;
    event.preventDefault();
    quitting = true;
    void services.shutdown().finally(() => app.quit());
  });
  serveRenderer(path.join(import.meta.dirname, '../renderer'));
  bindRouter(router);
  installMenu(developerTools);
  mainWindow = createMainWindow({
    developerTools,
    language,
    preloadPath: path.join(import.meta.dirname, '../preload/index.cjs'),
    startUrl: developmentUrl ?? `${appOrigin}/index.html`,
    iconPath: path.join(import.meta.dirname, '../../resources/icon.png'),
  });
}
