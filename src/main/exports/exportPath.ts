/**
 * Where an export may be written: a full path, outside the vault folder (a plaintext file there
 * would sit beside the encrypted journal and could replace a vault file), in a folder that
 * exists, with the extension of its format. Symbolic links are followed before comparing.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ExportFormat } from '../../shared/exports/exportLog';
import { AppError } from '../../shared/ipc/result';

const extensions: Record<ExportFormat, readonly string[]> = {
  docx: ['.docx'],
  md: ['.md', '.markdown'],
  html: ['.html', '.htm'],
  pdf: ['.pdf'],
};

/** The path to write, resolved; `invalid-request` saying what is wrong otherwise. */
export async function checkExportPath(file: string, format: ExportFormat, vaultDirectory: string): Promise<string> {
  if (!path.isAbsolute(file)) throw refused('Choose where to save the file with its full path.', file);
  const target = path.resolve(file);
  if (!extensions[format].includes(path.extname(target).toLowerCase())) {
    throw refused(`A ${format.toUpperCase()} file must end in ${extensions[format].join(' or ')}.`, file);
  }
  await refuseInsideJournal(
    target,
    vaultDirectory,
    'Exports cannot be saved inside the journal folder. Choose another folder.',
  );
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory() === true) throw refused('That is a folder; choose a file name.', file);
  return target;
}

/**
 * Refuses a file to write inside the journal folder (`refusal` says why, for the kind of file),
 * or in a folder that does not exist. Symbolic links are followed before comparing.
 */
export async function refuseInsideJournal(file: string, vaultDirectory: string, refusal: string): Promise<void> {
  const folder = await realpath(path.dirname(file)).catch(() => {
    throw refused('The folder to save into does not exist.', file);
  });
  const vault = await realpath(vaultDirectory).catch(() => path.resolve(vaultDirectory));
  if (isInside(path.join(folder, path.basename(file)), vault)) throw refused(refusal, file);
}

/** True when a file name ends in the extension of one of the export formats. */
export function isExportFileName(name: string): boolean {
  const extension = path.extname(name).toLowerCase();
  return Object.values(extensions).some((each) => each.includes(extension));
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function refused(message: string, file: string): AppError {
  return new AppError('invalid-request', message, { file });
}
