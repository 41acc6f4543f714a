/**
 * The per-case export file in the vault (`exports/<caseId>.alz`, encrypted and backed up like
 * every journal file). It is created by the first export or safe word and recorded in the index
 * then, so a case without one has exported nothing yet, and a recorded one that is missing is an
 * error (`missing-file`), never an empty log.
 */
import {
  caseExportsSchema,
  caseExportsVersion,
  emptyCaseExports,
  type CaseExports,
} from '../../shared/exports/exportLog';
import { exportsMigrations } from '../../shared/exports/migrations';
import { caseFileLedger } from '../journal/caseFileLedger';
import { caseFileOf, type CaseFileKind } from '../vault/caseFile';
import { checkFileId } from '../vault/vaultLayout';
import type { VaultSession } from '../vault/vaultSession';

export interface ExportLog {
  read(caseId: string): Promise<CaseExports>;
  /** Reads, changes and writes one case's file; changes run one at a time. */
  update(caseId: string, change: (current: CaseExports) => CaseExports): Promise<CaseExports>;
}

/** The export log as a kind of case file: where it lives, its format and its migrations. */
export const exportLogKind: CaseFileKind<CaseExports> = {
  fileIdOf: (caseId) => checkFileId(`exports:${caseId}`),
  schema: caseExportsSchema,
  empty: emptyCaseExports,
  subject: 'The export log of this case',
  version: caseExportsVersion,
  migrations: exportsMigrations,
};

/** The session's one export log: briefs, court-report copies and safe words queue their writes in it. */
export function exportLogOf(session: VaultSession): ExportLog {
  const file = caseFileOf(session, exportLogKind, caseFileLedger(session, 'exports'));
  return {
    read: (caseId) => file.read(caseId),
    update: (caseId, change) =>
      file.update(caseId, (current) => {
        const next = caseExportsSchema.parse(change(current));
        return { next, result: next };
      }),
  };
}
