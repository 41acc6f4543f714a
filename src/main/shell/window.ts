/** The one main window, with every security preference written inline. */
import { BrowserWindow, dialog } from 'electron';
import type { Language } from '../../shared/settings/settings';
import { dialogText } from './dialogText';
import path from 'node:path';

export function createMainWindow(options: {
  preloadPath: string;
  startUrl: string;
  iconPath: string;
  /** Only in development: a packaged app has no developer tools. */
  developerTools: boolean;
  language: () => Promise<Language>;
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
  // The editor refuses to unload while text is not yet in a draft; Electron would then silently
  // keep the window open, so ask the user.
  window.webContents.on('will-prevent-unload', () => {
    void options.language().then((language) => {
      const text = dialogText(language);
      const choice = dialog.showMessageBoxSync(window, {
        type: 'question',
        buttons: [text.keepEditing, text.closeAnyway],
        defaultId: 0,
        cancelId: 0,
        message: text.unsavedMessage,
        detail: text.unsavedDetail,
      });
      if (choice === 1) window.destroy();
    });
  });
  void window.loadURL(options.startUrl);
  return window;
}
