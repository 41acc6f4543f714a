/**
 * `verify` for a journal: every file decrypted and checked (`verifyVault`), then the index held
 * against the folders, so a case file, export log or court-report file that was deleted is named,
 * and so is a file no case in the index names.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { caseWithEntriesSchema } from '../../shared/domain';
import { AppError } from '../../shared/ipc/result';
import type { ProgressListener } from '../../shared/progress/progress';
import type { StoredIndex } from '../../shared/journal/caseSummary';
import type { StoredFile } from '../vault/fileStore';
import { caseFromStored } from './caseDocument';
import { indexFromStored } from './indexDocument';
import { relativePathFor, splitDeviceFileId, type FileId } from '../vault/vaultLayout';
import { caseRevisionSchema } from '../sync/caseRecordKeys';
import { draftRevisionSchema } from '../sync/draftRecordKeys';
import type { VaultSession } from '../vault/vaultSession';
import { verifyVault, type VerifyProblem, type VerifyReport } from '../vault/verifyVault';
import { storedIds } from './vaultFolders';

const oldIndexNote =
  'The case list (index.alz) was written by an earlier version of Alianza and does not record which cases ' +
  'have an export log or court reports, so one deleted before now cannot be noticed. The next change to the ' +
  'journal records them.';

/** Checks every file, then the index against the files; never changes a file. */
export async function verifyJournal(
  session: VaultSession,
  options: { onProgress?: ProgressListener } = {},
): Promise<VerifyReport> {
  const report = await verifyVault(session, { ...options, contentCheck: checkContent });
  const journal = await checkJournalFiles(session);
  const arriving = await stillArriving(session.directory, report.problems);
  const notes = [
    ...(report.notes ?? []),
    ...journal.notes,
    ...arriving.map((problem) => `${problem.path}: ${arrivingNote}`),
  ];
  return {
    checked: report.checked,
    problems: [...report.problems.filter((problem) => !arriving.includes(problem)), ...journal.problems],
    ...(notes.length === 0 ? {} : { notes }),
  };
}

/** How long a device's file that does not open may still be arriving from the sync engine. */
export const arrivingGraceMilliseconds = 10 * 60 * 1000;

const arrivingNote =
  'this file of a device does not open yet; it changed less than 10 minutes ago, so the sync engine may still be bringing it. ' +
  'It is not used until it opens, and is named as a problem if it stays so.';

/**
 * The problems that are a device's file of a synced vault that does not open and changed within
 * the grace time: a file the sync engine is still bringing (docs/sync.md), not damage.
 */
async function stillArriving(directory: string, problems: readonly VerifyProblem[]): Promise<VerifyProblem[]> {
  const arriving: VerifyProblem[] = [];
  for (const problem of problems) {
    if (problem.fileId === undefined || splitDeviceFileId(problem.fileId) === undefined) continue;
    if (problem.code !== 'integrity' || problem.kind !== 'current') continue;
    const found = await stat(path.join(directory, ...problem.path.split('/'))).catch(() => undefined);
    if (found !== undefined && Date.now() - found.mtimeMs < arrivingGraceMilliseconds) arriving.push(problem);
  }
  return arriving;
}

/**
 * The index and every case, checked in full whatever their format: what opening them skips, since
 * their tags prove they are ours, is still checked here, against our own mistakes.
 */
function checkContent(fileId: FileId, stored: StoredFile, file: string): void {
  const device = splitDeviceFileId(fileId);
  if (device !== undefined) {
    checkDeviceContent(device.fileId, stored, file);
    return;
  }
  if (fileId === 'index') {
    indexFromStored(stored, file);
    return;
  }
  if (!fileId.startsWith('case:')) return;
  const journalCase = caseFromStored(fileId.slice('case:'.length), stored, file);
  if (!caseWithEntriesSchema.safeParse(journalCase).success) {
    throw new AppError('unsupported-format', 'This file decrypts, but its content is not what Alianza expects.');
  }
}

/** A device's file of a synced vault: its index, or a log of case or draft revisions each checked by its kind. */
function checkDeviceContent(fileId: FileId, stored: StoredFile, file: string): void {
  if (fileId === 'index') {
    indexFromStored(stored, file);
    return;
  }
  const schema = fileId.startsWith('case:')
    ? caseRevisionSchema
    : fileId.startsWith('draft:')
      ? draftRevisionSchema
      : undefined;
  if (schema === undefined) return;
  const records = stored.log === undefined ? [] : (stored.data as unknown[]);
  if (stored.log === undefined || !records.every((record) => schema.safeParse(record).success)) {
    throw new AppError('unsupported-format', 'This file decrypts, but its content is not what Alianza expects.', {
      file,
    });
  }
}

/** The index against the case, export and court-report files on disk. */
export async function checkJournalFiles(
  session: VaultSession,
): Promise<{ problems: VerifyProblem[]; notes: string[] }> {
  const index = await readIndex(session);
  // An index that cannot be read is reported by verifyVault; there is nothing to hold the files against.
  if (index === undefined) return { problems: [], notes: [] };
  const aliases = new Map(index.cases.map((summary) => [summary.id, summary.alias]));
  const problems: VerifyProblem[] = [];
  const missing = (fileId: FileId, message: string) =>
    problems.push({ path: relativePathFor(fileId), fileId, kind: 'missing', code: 'missing-file', message });
  const orphaned = (fileId: FileId, message: string) =>
    problems.push({ path: relativePathFor(fileId), fileId, kind: 'orphaned', code: 'integrity', message });

  const caseFiles = new Set(await storedIds(session.directory, 'case'));
  for (const [caseId, alias] of aliases) {
    if (!caseFiles.has(caseId)) {
      missing(`case:${caseId}`, `The case list names the case "${alias}", but its file is missing.`);
    }
  }
  for (const caseId of caseFiles) {
    if (!aliases.has(caseId)) {
      orphaned(
        `case:${caseId}`,
        'No case in the case list names this file: an interrupted import leaves one, or it was put here from elsewhere. It is not part of the journal.',
      );
    }
  }
  const subjects = { exports: 'an export log', reports: 'a court-report file' } as const;
  for (const kind of ['exports', 'reports'] as const) {
    const onDisk = new Set(await storedIds(session.directory, kind));
    if (index.version === 2) {
      for (const caseId of index.caseFiles[kind]) {
        if (onDisk.has(caseId)) continue;
        const which = aliases.has(caseId) ? `the case "${aliases.get(caseId) ?? ''}"` : `the case ${caseId}`;
        missing(`${kind}:${caseId}`, `The journal records ${subjects[kind]} for ${which}, but the file is missing.`);
      }
    }
    for (const caseId of onDisk) {
      if (!aliases.has(caseId)) orphaned(`${kind}:${caseId}`, 'This file belongs to no case in the case list.');
    }
  }
  problems.sort((left, right) => left.path.localeCompare(right.path));
  return { problems, notes: index.version === 1 ? [oldIndexNote] : [] };
}

async function readIndex(session: VaultSession): Promise<StoredIndex | undefined> {
  try {
    return indexFromStored(await session.readFile('index'), relativePathFor('index')).stored;
  } catch (error) {
    if (!(error instanceof AppError) || error.code === 'locked') throw error;
    return undefined;
  }
}
