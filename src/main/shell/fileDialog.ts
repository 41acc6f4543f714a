/** The native dialogs of backup, restore, import and a returned brief; the main window is their parent. */
import { app, BrowserWindow, dialog } from 'electron';
import path from 'node:path';
import type { Language } from '../../shared/settings/settings';
import type { ChooseFile } from '../journal/journalCare';
import { dialogText } from './dialogText';

export function createFileDialog(language: () => Promise<Language>): ChooseFile {
  return async ({ purpose, suggestedName }) => {
    const text = dialogText(await language());
    const parent = BrowserWindow.getFocusedWindow();
    if (purpose === 'backup') {
      const options = {
        title: text.saveBackup,
        defaultPath: path.join(app.getPath('documents'), suggestedName ?? 'alianza-backup.alzb'),
        filters: [{ name: text.backupFiles, extensions: ['alzb'] }],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || result.filePath === undefined || result.filePath === '' ? undefined : result.filePath;
    }
    const opened = {
      restore: { title: text.openBackup, filter: { name: text.backupFiles, extensions: ['alzb'] } },
      import: { title: text.openImport, filter: { name: text.interchangeFiles, extensions: ['json'] } },
      'returned-brief': {
        title: text.openReturnedBrief,
        filter: { name: text.returnedBriefFiles, extensions: ['docx', 'md', 'markdown', 'txt'] },
      },
    }[purpose];
    const options = {
      title: opened.title,
      defaultPath: app.getPath('documents'),
      filters: [opened.filter],
      properties: ['openFile' as const],
    };
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths[0];
  };
}
