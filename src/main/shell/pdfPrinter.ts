/**
 * Prints the brief's HTML to PDF in a hidden window that can do nothing but render: no
 * preload, no scripts, sandboxed, in the default session so the app's network block applies.
 * The HTML arrives as a data: URL, so no plaintext copy ever touches the disk.
 */
import { BrowserWindow } from 'electron';
import { AppError } from '../../shared/ipc/result';
import type { PdfPrinter } from '../exports/exportService';

/** Chromium refuses longer URLs (url::kMaxURLChars); say so instead of printing a blank page. */
const maxUrlLength = 2 * 1024 * 1024;

export const printPdf: PdfPrinter = async (html) => {
  const url = `data:text/html;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
  if (url.length > maxUrlLength) {
    throw new AppError('invalid-request', 'The brief is too long to print as PDF; shorten the period or export DOCX.');
  }
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      javascript: false,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    // A load from main is not a renderer navigation, so the `will-navigate` guard does not see it.
    await window.loadURL(url);
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
  }
};
