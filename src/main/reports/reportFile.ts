/**
 * The per-case court-report file in the vault (`reports/<caseId>.alz`, encrypted and backed up
 * like every journal file). The first report creates it and the index records it then, so a
 * recorded file that is missing is an error (`missing-file`), never an empty list of reports.
 */
import { caseReportsSchema, emptyCaseReports, type CaseReports } from '../../shared/domain/report/report';
import { caseFileLedger } from '../journal/caseFileLedger';
import { caseFileOf, type CaseFile, type CaseFileKind } from '../vault/caseFile';
import { checkFileId, type FileId } from '../vault/vaultLayout';
import type { VaultSession } from '../vault/vaultSession';

export type ReportFile = CaseFile<CaseReports>;

export function reportFileIdOf(caseId: string): FileId {
  return checkFileId(`reports:${caseId}`);
}

const reportsKind: CaseFileKind<CaseReports> = {
  fileIdOf: reportFileIdOf,
  schema: caseReportsSchema,
  empty: emptyCaseReports,
  subject: 'The court-report file of this case',
  // Format 1 is the only one so far; declared, so a file from a newer Alianza is named as such.
  version: 1,
  migrations: {},
};

/** The session's one report store: editing and exporting share it, so their writes queue. */
export function reportFileOf(session: VaultSession): ReportFile {
  return caseFileOf(session, reportsKind, caseFileLedger(session, 'reports'));
}
