/**
 * The app's side of looking after the whole journal (the CLI has the same commands): a backup
 * archive, a check of every file, an import of cases, and restoring an archive where there is no
 * journal yet. Files are chosen in main's native dialogs; each long step reports its progress.
 */
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type {
  BackupJournalResponse,
  ImportJournalResponse,
  RestoreArchiveResponse,
  VerifyJournalResponse,
} from '../../shared/journal/careRequests';
import type { ProgressListener } from '../../shared/progress/progress';
import { backupVault, restoreVault } from '../backup/archive';
import { refuseInsideJournal } from '../exports/exportPath';
import { importCases, readImportFile } from './importCases';
import { verifyJournal } from './journalCheck';
import type { OpenJournal } from './openJournal';

/** What a file dialog is for: where to save a backup, or which archive, interchange file or returned brief to open. */
export type FilePurpose = 'backup' | 'restore' | 'import' | 'returned-brief';

/** Shows a native dialog; the chosen absolute path, or undefined when the practitioner cancelled. */
export type ChooseFile = (request: { purpose: FilePurpose; suggestedName?: string }) => Promise<string | undefined>;

export interface JournalCareOptions {
  vaultDirectory: string;
  /** The open journal, or `locked`. */
  open: () => OpenJournal;
  /** Runs `work` with no journal change in between (the journal's own queue). */
  quietly: <T>(work: () => Promise<T>) => Promise<T>;
  /** Whether a journal exists in the folder (restore is only for a folder without one). */
  hasJournal: () => Promise<boolean>;
  now: () => Date;
  chooseFile?: ChooseFile;
  onProgress?: ProgressListener;
  /** New cases arrived: search and the case list read them again. */
  afterImport: () => void;
}

export interface JournalCare {
  backup(): Promise<BackupJournalResponse>;
  verify(): Promise<VerifyJournalResponse>;
  importCases(): Promise<ImportJournalResponse>;
  restoreArchive(): Promise<RestoreArchiveResponse>;
}

export function createJournalCare(options: JournalCareOptions): JournalCare {
  const { vaultDirectory, now, onProgress } = options;

  async function choose(purpose: FilePurpose, suggestedName?: string): Promise<string | undefined> {
    if (options.chooseFile === undefined) throw new AppError('unavailable', 'There is no file dialog here.');
    const file = await options.chooseFile({ purpose, ...(suggestedName === undefined ? {} : { suggestedName }) });
    if (file !== undefined && !path.isAbsolute(file)) {
      throw new AppError('invalid-request', 'Choose the file with its full path.', { file });
    }
    return file;
  }

  return {
    async backup() {
      options.open();
      const file = await choose('backup', `alianza-backup-${now().toISOString().slice(0, 10)}.alzb`);
      if (file === undefined) return { done: false };
      // A backup inside the journal folder would be lost with it, and could be taken for a journal file.
      await refuseInsideJournal(
        file,
        vaultDirectory,
        'Save the backup outside the journal folder, best on another disk.',
      );
      const summary = await options.quietly(() =>
        backupVault(vaultDirectory, file, now, { lockHeld: true, ...(onProgress === undefined ? {} : { onProgress }) }),
      );
      return { done: true, file, files: summary.files, bytes: summary.bytes, sha256: summary.sha256 };
    },

    async verify() {
      const { session } = options.open();
      const report = await options.quietly(() =>
        verifyJournal(session, onProgress === undefined ? {} : { onProgress }),
      );
      return {
        checked: report.checked,
        problems: report.problems.map((problem) => ({
          path: path.join(vaultDirectory, problem.path),
          kind: problem.kind,
          code: problem.code,
        })),
        oldIndex: (report.notes ?? []).length > 0,
      };
    },

    async importCases() {
      const { session } = options.open();
      const file = await choose('import');
      if (file === undefined) return { done: false };
      const imported = await readImportFile(file, now);
      const counts = await options.quietly(() => importCases(session, imported, onProgress));
      options.afterImport();
      return { done: true, file, ...counts };
    },

    async restoreArchive() {
      if (await options.hasJournal()) {
        throw new AppError(
          'vault-exists',
          'There is a journal here already; an archive is restored where there is none.',
        );
      }
      const file = await choose('restore');
      if (file === undefined) return { done: false };
      const summary = await restoreVault(file, vaultDirectory, onProgress === undefined ? {} : { onProgress });
      return { done: true, file, files: summary.files };
    },
  };
}
