/** The native save dialog that exports ask where to write; the main window is its parent. */
import { app, BrowserWindow, dialog } from 'electron';
import path from 'node:path';
import type { Language } from '../../shared/settings/settings';
import type { ChooseSavePath } from '../exports/exportService';
import { dialogText } from './dialogText';

const extensions: Record<string, string[]> = { docx: ['docx'], md: ['md'], html: ['html', 'htm'], pdf: ['pdf'] };

export function createSaveDialog(language: () => Promise<Language>): ChooseSavePath {
  return async ({ suggestedName, format }) => {
    const text = dialogText(await language());
    const options = {
      title: text.saveExport,
      defaultPath: path.join(app.getPath('documents'), suggestedName),
      filters: [{ name: text.formatNames[format] ?? format, extensions: extensions[format] ?? [format] }],
      properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
    };
    const parent = BrowserWindow.getFocusedWindow();
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || result.filePath === undefined || result.filePath === '' ? undefined : result.filePath;
  };
}
