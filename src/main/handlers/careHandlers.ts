/** Backup, check, import and restore of the whole journal. */
import type { Handlers } from '../ipc/router';
import type { Services } from '../services';

export function careHandlers({ vault, journal, care }: Pick<Services, 'vault' | 'journal' | 'care'>) {
  return {
    // A damaged header is restored while locked (it keeps the journal from opening); any other file needs the journal open.
    restoreBackup: (request) =>
      vault.isHeaderPath(request.file) ? vault.restoreHeader(request.file) : journal.restoreBackup(request),
    restoreArchive: () => care.restoreArchive(),
    backupJournal: () => care.backup(),
    verifyJournal: () => care.verify(),
    importJournal: () => care.importCases(),
  } satisfies Partial<Handlers>;
}
