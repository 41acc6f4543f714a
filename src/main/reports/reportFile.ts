/**
 * The per-case court-report file in the vault (`reports/<caseId>.alz`, encrypted and backed up
 * like every journal file). The first report creates it and the index records it then, so a
 * recorded file that is missing is an error (`missing-file`), never an empty list of reports.
 */
import {
  caseReportsSchema,
  emptyCaseReports,
  reportFormatVersion,
  type CaseReports,
} from '../../shared/domain/report/report';
import { reportsToVersion2 } from './reportMigrations/toVersion2';
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
  // A file from a newer Alianza is named as such; an older one is upgraded on read.
  version: reportFormatVersion,
  migrations: { 1: reportsToVersion2 },
};

/** The session's one report store: editing and exporting share it, so their writes queue. */
export function reportFileOf(session: VaultSession): ReportFile {
  return caseFileOf(session, reportsKind, caseFileLedger(session, 'reports'));
}
