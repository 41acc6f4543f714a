/**
 * The record, kept in the index, of which cases have an export log or a court-report file: what
 * lets a deleted one be told from one never made.
 */
import path from 'node:path';
import type { CaseFileLedger } from '../vault/caseFile';
import { relativePathFor } from '../vault/vaultLayout';
import type { VaultSession } from '../vault/vaultSession';
import { createJournalStore, type CaseFileKind } from './journalStore';

export function caseFileLedger(session: VaultSession, kind: CaseFileKind): CaseFileLedger {
  const store = () => createJournalStore(session);
  return {
    recorded: (caseId) => store().caseFileRecorded(kind, caseId),
    record: (caseId, generation) => store().recordCaseFile(kind, caseId, generation),
    pathOf: (caseId) => path.join(session.directory, ...relativePathFor(`${kind}:${caseId}`).split('/')),
  };
}
