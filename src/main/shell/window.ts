/** The one main window, with every security preference written inline. */
import { BrowserWindow } from 'electron';
import path from 'node:path';

export function createMainWindow(options: {
  preloadPath: string;
  startUrl: string;
  iconPath: string;
  /** Only in development: a packaged app has no developer tools. */
  developerTools: boolean;
}): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Alianza',
    icon: options.iconPath,
    webPreferences: {
      preload: path.resolve(options.preloadPath),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click would otherwise try to open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      devTools: options.developerTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.startUrl);
  return window;
}
