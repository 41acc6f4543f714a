/**
 * Writing an export and recording it, so no export is ever on disk unlogged: the entry goes into
 * the case's export log first (`pending`, with the file's name and SHA-256), then the bytes go to
 * disk durably (temp file, fsync, rename), then the entry is confirmed. A write that fails
 * withdraws its entry and leaves no file; a file in place is never reported as a failure, only
 * with a notice when what follows it was not confirmed. An entry left pending (a crash between
 * the steps) reads as "may have been written", so the practitioner can always tell what left
 * the journal.
 */
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import type { PseudonymAssignment } from '../../shared/exports/deidentify/pseudonyms';
import type { ExportFormat, ExportKind, ExportRecord } from '../../shared/exports/exportLog';
import type { BriefLanguage } from '../../shared/exports/language';
import type { ExportNotice, SavedExport } from '../../shared/exports/requests';
import { AppError } from '../../shared/ipc/result';
import { isUnconfirmedWrite, writeFileDurably, type DurableFileSystem } from '../vault/durableFile';
import { removeStaleTemporaryFiles } from './exportLeftovers';
import { checkExportPath } from './exportPath';
import type { ExportLog } from './exportLog';

export interface ExportFile {
  /** The log entry's id when the file was made knowing it (a brief prints its reference); else a new one. */
  id?: string;
  caseId: string;
  kind: ExportKind;
  format: ExportFormat;
  /** Where to write: checked again here, whoever chose it. */
  path: string;
  bytes: Uint8Array;
  recipient?: string;
  language?: BriefLanguage;
  period?: { from: string; to: string };
  /** Pseudonyms used in the file, kept so the next export uses the same ones. */
  pseudonyms?: readonly PseudonymAssignment[];
}

export interface WriteExportContext {
  log: ExportLog;
  vaultDirectory: string;
  now: () => Date;
  newId?: () => string;
  /** The export folder's file system; tests inject failures here. */
  fileSystem?: DurableFileSystem;
}

/** Logs the export, writes the file (after checking its path again), confirms the entry; returns what was written. */
export async function writeExport(context: WriteExportContext, file: ExportFile): Promise<SavedExport> {
  const target = await checkExportPath(file.path, file.format, context.vaultDirectory);
  await removeStaleTemporaryFiles(path.dirname(target));
  const record = pendingRecord(context, file, target);
  await logIntent(context.log, file, record);
  const notices: ExportNotice[] = [];
  try {
    await writeFileDurably(target, file.bytes, context.fileSystem);
  } catch (error) {
    // Renamed into place, the file has left the journal even if the disk did not confirm it.
    if (!isUnconfirmedWrite(error)) throw await withdraw(context.log, record, error);
    notices.push('file-unconfirmed');
  }
  const confirmed = await confirm(context.log, record);
  if (!confirmed) notices.push('log-unconfirmed');
  return {
    status: 'saved',
    path: target,
    sha256: record.sha256,
    bytes: record.bytes,
    record: { ...record, status: confirmed ? 'confirmed' : 'pending' },
    ...(notices.length === 0 ? {} : { notices }),
  };
}

function pendingRecord(context: WriteExportContext, file: ExportFile, target: string): ExportRecord {
  const recipient = file.recipient?.trim();
  return {
    id: file.id ?? (context.newId ?? randomUUID)(),
    exportedAt: context.now().toISOString(),
    caseId: file.caseId,
    kind: file.kind,
    format: file.format,
    ...(recipient === undefined || recipient === '' ? {} : { recipient }),
    fileName: path.basename(target),
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    bytes: file.bytes.length,
    ...(file.language === undefined ? {} : { language: file.language }),
    ...(file.period === undefined ? {} : { period: file.period }),
    status: 'pending',
  };
}

/** The entry, before any byte of the file exists; nothing is written when the log cannot take it. */
async function logIntent(log: ExportLog, file: ExportFile, record: ExportRecord): Promise<void> {
  try {
    await log.update(file.caseId, (current) => ({
      ...current,
      // With the intent: a file that is written must keep its pseudonyms; one that is not loses nothing by it.
      pseudonyms: file.pseudonyms === undefined ? current.pseudonyms : [...file.pseudonyms],
      exports: [...current.exports, record],
    }));
  } catch (error) {
    // In place though unconfirmed: the entry is there, so the file may follow.
    if (isUnconfirmedWrite(error)) return;
    if (!(error instanceof AppError)) throw error;
    throw new AppError(
      error.code,
      `Nothing was exported: the export log could not record the export first. ${error.message}`,
      { ...(error.file === undefined ? {} : { file: error.file }), cause: error },
    );
  }
}

/** Marks the entry confirmed; false when that could not be saved (the entry stays pending). */
async function confirm(log: ExportLog, record: ExportRecord): Promise<boolean> {
  try {
    await log.update(record.caseId, (current) => ({
      ...current,
      exports: current.exports.map((each) =>
        each.id === record.id ? { ...each, status: 'confirmed' as const } : each,
      ),
    }));
    return true;
  } catch (error) {
    return isUnconfirmedWrite(error);
  }
}

/**
 * After a failed write (which removed its temporary file and left any previous file whole), takes
 * the entry out of the log; the error to report, which says whether the entry stayed.
 */
async function withdraw(log: ExportLog, record: ExportRecord, error: unknown): Promise<unknown> {
  const stayed = await log
    .update(record.caseId, (current) => ({
      ...current,
      exports: current.exports.filter((each) => each.id !== record.id),
    }))
    .then(
      () => false,
      (failure: unknown) => !isUnconfirmedWrite(failure),
    );
  if (!(error instanceof AppError)) return error;
  const cause = error.cause;
  const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  const reason =
    error.code === 'disk-full'
      ? 'The disk you are saving to is full, so the file was not saved'
      : `Alianza could not save the file${typeof code === 'string' ? ` (${code})` : ''}`;
  const entry = stayed
    ? ' Its entry in the export log could not be taken out, so the export history lists it as “may have been written”: no file was.'
    : '';
  return new AppError(error.code, `${reason}. Nothing was left there and nothing was overwritten.${entry}`, {
    ...(error.file === undefined ? {} : { file: error.file }),
    cause: error,
  });
}
