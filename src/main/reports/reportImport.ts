/**
 * Importing cases with their court reports, all or nothing: the report files are written
 * first, then the cases, then the index that names them all (`JournalStore.addCases`); if
 * anything fails before the index is written, the files written are deleted again and the
 * journal is as it was. A case that already has a report file is refused before anything is
 * written, so an import never replaces reports the journal holds.
 */
import { caseReportsSchema, type CaseReports } from '../../shared/domain/report/report';
import type { CaseWithEntries } from '../../shared/domain/case';
import { AppError } from '../../shared/ipc/result';
import type { ProgressListener } from '../../shared/progress/progress';
import type { JournalStore } from '../journal/journalStore';
import type { VaultSession } from '../vault/vaultSession';
import { reportFileIdOf } from './reportFile';

export async function addCasesWithReports(
  session: VaultSession,
  store: JournalStore,
  cases: readonly CaseWithEntries[],
  reports: readonly CaseReports[],
  onProgress?: ProgressListener,
): Promise<void> {
  for (const { caseId } of reports) {
    if ((await session.readFileIfExists(reportFileIdOf(caseId)).catch(() => true)) !== undefined) {
      throw new AppError('invalid-request', `Court reports for the case "${caseId}" are already in this journal.`);
    }
  }
  await store.addCases(cases, {
    ...(onProgress === undefined ? {} : { onProgress }),
    files: reports.map((each) => ({
      fileId: `reports:${each.caseId}` as const,
      data: caseReportsSchema.parse(each),
    })),
  });
}
