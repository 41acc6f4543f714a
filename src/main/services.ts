/**
 * The services behind the router, built from plain parameters so the Electron shell, the CLI
 * and the browser harness compose exactly the same thing.
 */
import type { AppInfo } from '../shared/ipc/appInfo';
import type { Handlers } from './ipc/router';
import { createAppInfoService } from './app/appInfoService';
import { startAutoLock, type AutoLock } from './access/autoLock';
import { createVaultAccess } from './access/vaultAccess';
import { guardingRollback, type GuardedVaultAccess } from './access/rollbackGuard';
import { createHighWaterMarks } from './vault/highWaterMarks';
import { createExportService, type ChooseSavePath, type ExportService, type PdfPrinter } from './exports/exportService';
import { createJournalCare, type ChooseFile, type JournalCare } from './journal/journalCare';
import { createJournalService, type JournalService } from './journal/journalService';
import type { ProgressListener } from '../shared/progress/progress';
import { createReportService, type ReportService } from './reports/reportService';
import { listHearings } from './reports/hearingAgenda';
import type { HearingAgendaItem } from '../shared/domain/report/hearingAgenda';
import { createJournalSearch, type JournalSearch } from './search/journalSearch';
import { startingSearchOnOpen } from './search/searchOnOpen';
import { createSettingsStore, type SettingsStore } from './settings/settingsStore';
import type { ScryptParameters } from './vault/kdf';
import { effectiveLanguage } from '../shared/settings/settings';

export interface ServiceOptions {
  /** Preferences (`settings.json`). */
  settingsDirectory: string;
  /** The encrypted journal. */
  vaultDirectory: string;
  appInfo: Omit<AppInfo, 'dataDirectory'>;
  /** scrypt settings for new passphrase wraps; default: the minimum the vault accepts. */
  kdf?: ScryptParameters;
  /** Injected clock for auto-lock and the journal's timestamps, so tests need not wait minutes or days. */
  now?: () => number;
  autoLockCheckMilliseconds?: number;
  /** The save dialog for exports (the shell's, or a test's); without it the export channel refuses. */
  chooseSavePath?: ChooseSavePath;
  /** Prints the brief's HTML to PDF (the shell's hidden window, or the harness's page); without it PDF is refused. */
  printPdf?: PdfPrinter;
  /** The open and save dialogs of backup, restore and import; without it those channels refuse. */
  chooseFile?: ChooseFile;
  /** Where progress of long work goes (the window); none by default. */
  onProgress?: ProgressListener;
}

export interface Services {
  appInfo: ReturnType<typeof createAppInfoService>;
  settings: SettingsStore;
  vault: GuardedVaultAccess;
  autoLock: AutoLock;
  journal: JournalService;
  /** In memory only; dropped when the vault locks. */
  search: JournalSearch;
  /** Supervision briefs, safe words and the export log. */
  exports: ExportService;
  /** Court reports: versions, the review loop with the caregiver, checks and comparisons. */
  reports: ReportService;
  /** Backup, check, import and restore of the whole journal. */
  care: JournalCare;
  /** The coming hearings across cases, for the home screen. */
  hearings: { list(): Promise<HearingAgendaItem[]> };
  /** Locks the vault and stops timers (app quit, test teardown). */
  shutdown(): Promise<void>;
}

export function createServices(options: ServiceOptions): Services {
  const settings = createSettingsStore(options.settingsDirectory);
  const now = options.now ?? Date.now;
  const vaultAccess = createVaultAccess({
    directory: options.vaultDirectory,
    holder: 'app',
    ...(options.kdf === undefined ? {} : { kdf: options.kdf }),
    // Whatever was decrypted goes with the keys, and is read again under new ones after a rotation.
    onLocked: () => {
      search.clear();
      journal.forget();
    },
    onRotated: () => {
      search.clear();
      journal.forget();
    },
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  // Search reads the cases through the journal as soon as it opens, and the journal tells search of every save.
  // Files put back to an earlier state are named at unlock, held against the device's own record.
  const vault = guardingRollback(
    startingSearchOnOpen(vaultAccess, { start: () => search.start() }),
    createHighWaterMarks(options.settingsDirectory),
  );
  const search = createJournalSearch(() => journal.open(), options.onProgress);
  const journal = createJournalService({ session: () => vault.session(), now: () => new Date(now()), search });
  const exports = createExportService({
    open: () => journal.open(),
    now: () => new Date(now()),
    ...(options.chooseSavePath === undefined ? {} : { chooseSavePath: options.chooseSavePath }),
    ...(options.printPdf === undefined ? {} : { printPdf: options.printPdf }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  const reports = createReportService({
    open: () => journal.open(),
    now: () => new Date(now()),
    // A new report's facts are written in the language the practitioner reads the app in.
    language: async () => effectiveLanguage(await settings.get(), options.appInfo.systemLocale),
  });
  const care = createJournalCare({
    vaultDirectory: options.vaultDirectory,
    open: () => journal.open(),
    quietly: (work) => journal.quietly(work),
    hasJournal: async () => (await vault.status()).state !== 'absent',
    now: () => new Date(now()),
    ...(options.chooseFile === undefined ? {} : { chooseFile: options.chooseFile }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    afterImport: () => search.invalidate(),
  });
  const autoLock = startAutoLock({
    minutes: async () => (await settings.get()).autoLockMinutes,
    lock: () => vault.lock(),
    isUnlocked: async () => (await vault.status()).state === 'unlocked',
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.autoLockCheckMilliseconds === undefined
      ? {}
      : { checkEveryMilliseconds: options.autoLockCheckMilliseconds }),
  });
  return {
    appInfo: createAppInfoService({ ...options.appInfo, dataDirectory: options.vaultDirectory }),
    settings,
    vault,
    autoLock,
    journal,
    search,
    exports,
    reports,
    care,
    hearings: { list: () => listHearings({ open: () => journal.open(), now: () => new Date(now()) }) },
    shutdown: async () => {
      autoLock.stop();
      await vault.lock();
    },
  };
}

/** The contract's methods, each mapped to the service that answers it. */
export function createHandlers(services: Services): Handlers {
  const { vault, autoLock, journal } = services;
  /** A deliberate action counts as activity for auto-lock. */
  const active = <T>(value: T): T => {
    autoLock.touch();
    return value;
  };
  return {
    getAppInfo: () => services.appInfo.get(),
    getSettings: () => services.settings.get(),
    updateSettings: (patch) => services.settings.update(patch),
    getVaultStatus: () => vault.status(),
    createVault: async ({ passphrase }) => active(await vault.create(passphrase)),
    unlockVault: async ({ passphrase }) => active(await vault.unlock(passphrase)),
    recoverVault: async ({ recoveryKey, newPassphrase }) => active(await vault.recover(recoveryKey, newPassphrase)),
    lockVault: () => vault.lock(),
    keepRolledBackState: async () => active(await vault.keepRolledBackState()),
    changePassphrase: async ({ currentPassphrase, newPassphrase }) =>
      active(await vault.changePassphrase(currentPassphrase, newPassphrase)),
    // In the journal's queue, like backup and verify: none of them may read the folder half re-encrypted.
    rotateKeys: async ({ currentPassphrase, newPassphrase }) =>
      active(await journal.quietly(() => vault.rotateKeys(currentPassphrase, newPassphrase))),
    newRecoveryKey: async ({ passphrase }) => active(await vault.newRecoveryKey(passphrase)),
    reportActivity: () => {
      autoLock.touch();
      return undefined;
    },
    // A damaged header is restored while locked (it keeps the journal from opening); any other file needs the journal open.
    restoreBackup: async (request) =>
      active(
        vault.isHeaderPath(request.file)
          ? await vault.restoreHeader(request.file)
          : await journal.restoreBackup(request),
      ),
    restoreArchive: () => services.care.restoreArchive(),
    backupJournal: async () => active(await services.care.backup()),
    verifyJournal: async () => active(await services.care.verify()),
    importJournal: async () => active(await services.care.importCases()),
    listCases: () => journal.listCases(),
    getCase: ({ caseId }) => journal.getCase(caseId),
    getCaseOverview: ({ caseId }) => journal.getCaseOverview(caseId),
    getEntryExcerpts: ({ caseId, entryIds }) => journal.getEntryExcerpts(caseId, entryIds),
    createCase: async (request) => active(await journal.createCase(request)),
    updateCase: async (request) => active(await journal.updateCase(request)),
    changeCasePhase: async (request) => active(await journal.changeCasePhase(request)),
    setCaseStatus: async (request) => active(await journal.setCaseStatus(request)),
    saveEntry: async (request) => active(await journal.saveEntry(request)),
    listDrafts: () => journal.listDrafts(),
    // Autosave is not activity: an editor left open must not keep the journal unlocked.
    saveDraft: (request) => journal.saveDraft(request),
    discardDraft: async ({ draftId }) => {
      await journal.discardDraft(draftId);
      return active(undefined);
    },
    searchJournal: (request) => services.search.search(request),
    previewBrief: (request) => services.exports.previewBrief(request),
    exportBrief: async (request) => active(await services.exports.exportBrief(request)),
    markSafeWord: async (request) => active(await services.exports.markSafeWord(request)),
    unmarkSafeWord: async (request) => active(await services.exports.unmarkSafeWord(request)),
    decideBriefReview: async (request) => active(await services.exports.decideBriefReview(request)),
    listExports: ({ caseId }) => services.exports.listExports(caseId),
    listHearings: () => services.hearings.list(),
    listReports: ({ caseId }) => services.reports.listReports(caseId),
    createReport: async (request) => active(await services.reports.createReport(request)),
    updateReport: async (request) => active(await services.reports.updateReport(request)),
    saveReportDraft: async (request) => active(await services.reports.saveReportDraft(request)),
    reviseReport: async (request) => active(await services.reports.reviseReport(request)),
    shareReviewCopy: async (request) => active(await services.reports.shareReviewCopy(request)),
    recordReportComment: async (request) => active(await services.reports.recordReportComment(request)),
    respondToReportComment: async (request) => active(await services.reports.respondToReportComment(request)),
    checkReport: (request) => services.reports.checkReport(request),
    finalizeReport: async (request) => active(await services.reports.finalizeReport(request)),
    submitReport: async (request) => active(await services.reports.submitReport(request)),
    compareReportVersions: (request) => services.reports.compareReportVersions(request),
    listReportableExcerpts: ({ caseId }) => services.reports.listReportableExcerpts(caseId),
    previewReport: (request) => services.exports.previewReport(request),
    exportReport: async (request) => active(await services.exports.exportReport(request)),
  };
}
