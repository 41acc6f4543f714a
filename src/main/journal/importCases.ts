/**
 * Importing cases from a JSON interchange file, all or nothing, for the app and the CLI alike:
 * the whole file is checked before anything is written, and a malformed file changes nothing and
 * says where it is malformed.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fromInterchange, parseInterchangeText, reportsFromInterchange } from '../../shared/domain';
import type { CaseWithEntries } from '../../shared/domain/case';
import type { CaseReports } from '../../shared/domain/report/report';
import { AppError } from '../../shared/ipc/result';
import type { ProgressListener } from '../../shared/progress/progress';
import { addCasesWithReports } from '../reports/reportImport';
import type { VaultSession } from '../vault/vaultSession';
import { createJournalStore } from './journalStore';

export interface ImportedCounts {
  cases: number;
  entries: number;
  courtReports: number;
}

/** The cases of an interchange file, with their court reports, checked and ready to add. */
export interface ImportFile {
  cases: CaseWithEntries[];
  reports: CaseReports[];
}

/** Reads and checks the whole file; nothing is written, and a malformed file is refused saying where. */
export async function readImportFile(file: string, now: () => Date): Promise<ImportFile> {
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new AppError('io-failure', 'Alianza could not read the file to import.', { file, cause: error });
  });
  const parsed = parseInterchangeText(text);
  if (!parsed.ok) {
    const shown = parsed.errors.slice(0, 20).map((error) => `${error.path || '(file)'}: ${error.message}`);
    const more = parsed.errors.length > shown.length ? `\n… and ${parsed.errors.length - shown.length} more` : '';
    throw new AppError(
      'invalid-request',
      `The file is not a valid Alianza journal; nothing was imported.\n${shown.join('\n')}${more}`,
      { file },
    );
  }
  const cases = fromInterchange(parsed.value, { now: () => now().toISOString(), newId: randomUUID });
  return { cases, reports: reportsFromInterchange(parsed.value.cases, cases) };
}

/** Adds the file's cases and reports to the journal, all or nothing. */
export async function importCases(
  session: VaultSession,
  { cases, reports }: ImportFile,
  onProgress?: ProgressListener,
): Promise<ImportedCounts> {
  await addCasesWithReports(session, createJournalStore(session), cases, reports, onProgress);
  return {
    cases: cases.length,
    entries: cases.reduce((sum, journalCase) => sum + journalCase.entries.length, 0),
    courtReports: reports.reduce((sum, each) => sum + each.reports.length, 0),
  };
}
