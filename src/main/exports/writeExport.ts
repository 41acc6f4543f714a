/**
 * Writing an export and recording it: the bytes go to disk durably (temp file, fsync, rename),
 * then a line goes into the case's export log with the file's name and SHA-256, so the
 * practitioner can later tell exactly which file left the journal, when, and for whom.
 */
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import type { PseudonymAssignment } from '../../shared/exports/deidentify/pseudonyms';
import type { ExportFormat, ExportKind, ExportRecord } from '../../shared/exports/exportLog';
import type { BriefLanguage } from '../../shared/exports/language';
import type { SavedExport } from '../../shared/exports/requests';
import { isUnconfirmedWrite, writeFileDurably } from '../vault/durableFile';
import { checkExportPath } from './exportPath';
import type { ExportLog } from './exportLog';

export interface ExportFile {
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
}

/** Writes the file (after checking its path again), then logs it; returns what was written. */
export async function writeExport(context: WriteExportContext, file: ExportFile): Promise<SavedExport> {
  const target = await checkExportPath(file.path, file.format, context.vaultDirectory);
  let unconfirmed: unknown;
  // Renamed into place, the file has left the journal even if the disk did not confirm it: log it.
  await writeFileDurably(target, file.bytes).catch((error: unknown) => {
    if (!isUnconfirmedWrite(error)) throw error;
    unconfirmed = error;
  });
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const recipient = file.recipient?.trim();
  const record: ExportRecord = {
    id: (context.newId ?? randomUUID)(),
    exportedAt: context.now().toISOString(),
    caseId: file.caseId,
    kind: file.kind,
    format: file.format,
    ...(recipient === undefined || recipient === '' ? {} : { recipient }),
    fileName: path.basename(target),
    sha256,
    bytes: file.bytes.length,
    ...(file.language === undefined ? {} : { language: file.language }),
    ...(file.period === undefined ? {} : { period: file.period }),
  };
  await context.log.update(file.caseId, (current) => ({
    ...current,
    pseudonyms: file.pseudonyms === undefined ? current.pseudonyms : [...file.pseudonyms],
    exports: [...current.exports, record],
  }));
  if (unconfirmed !== undefined) throw unconfirmed;
  return { status: 'saved', path: target, sha256, bytes: file.bytes.length, record };
}
