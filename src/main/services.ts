/**
 * The services behind the router, built from plain parameters so the Electron shell, the CLI
 * and the browser harness compose exactly the same thing.
 */
import type { AppInfo } from '../shared/ipc/appInfo';
import type { EventName } from '../shared/ipc/contract';
import { createAppInfoService } from './app/appInfoService';
import { startAutoLock, type AutoLock } from './access/autoLock';
import { createVaultAccess } from './access/vaultAccess';
import { announcingOpen } from './access/announcingOpen';
import { createEventEmitter, type EventDelivery, type EventEmitter } from './ipc/events';
import { guardingRollback, type GuardedVaultAccess } from './access/rollbackGuard';
import { createHighWaterMarks } from './vault/highWaterMarks';
import { createExportService, type ChooseSavePath, type ExportService, type PdfPrinter } from './exports/exportService';
import { createJournalCare, type ChooseFile, type JournalCare } from './journal/journalCare';
import { briefPseudonyms, createReturnedBriefReader } from './supervision/returnedBriefService';
import { createJournalService, type JournalService } from './journal/journalService';
import { createReportService, type ReportService } from './reports/reportService';
import { listHearings } from './reports/hearingAgenda';
import { createWorkQueueService } from './home/workQueueService';
import type { WorkQueue } from '../shared/home/workQueue';
import type { HearingAgendaItem } from '../shared/domain/report/hearingAgenda';
import { createJournalSearch, type JournalSearch } from './search/journalSearch';
import { startingSearchOnOpen } from './search/searchOnOpen';
import { createSettingsStore, type SettingsStore } from './settings/settingsStore';
import type { ScryptParameters } from './vault/kdf';
import { effectiveHolidayChoice, effectiveLanguage, effectiveReflectionInterval } from '../shared/settings/settings';
import { publicHolidays } from '../shared/calendar/publicHolidays';
import type { Progress } from '../shared/progress/progress';

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
  /**
   * Delivers the contract's events (lock, unlock, journal changes, progress), already checked,
   * to the window: the shell's own window, the harness's page, a test's list. None by default.
   */
  deliverEvent?: EventDelivery;
  /** Where an event that fails its schema is reported; it is not sent. */
  reportInvalidEvent?: (event: EventName, error: unknown) => void;
  /** Main's own log (local; the shell's is the console): lines that never hold decrypted text. */
  log?: (line: string) => void;
}

export interface Services {
  /** The messages main sends the window unasked. */
  events: EventEmitter;
  /** Main's own log: what it is told must never hold decrypted text. */
  log: (line: string) => void;
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
  /** Home's work queue: every list of the home screen from one pass over the journal. */
  home: { workQueue(): Promise<WorkQueue> };
  /** Briefs the supervisor sent back, read (never stored here: `journal.recordSupervision` does). */
  supervision: {
    readReturnedBrief: ReturnType<typeof createReturnedBriefReader>;
    briefPseudonyms(caseId: string, exportId: string): ReturnType<typeof briefPseudonyms>;
  };
  /** Locks the vault and stops timers (app quit, test teardown). */
  shutdown(): Promise<void>;
}

export function createServices(options: ServiceOptions): Services {
  const settings = createSettingsStore(options.settingsDirectory);
  // The review window, its check, the hearings list and the review copy skip the same public holidays.
  const holidays = async () => {
    const current = await settings.get();
    const language = effectiveLanguage(current, options.appInfo.systemLocale);
    return publicHolidays(effectiveHolidayChoice(current, language), language);
  };
  const now = options.now ?? Date.now;
  const events = createEventEmitter({
    ...(options.deliverEvent === undefined ? {} : { deliver: options.deliverEvent }),
    ...(options.reportInvalidEvent === undefined ? {} : { reportInvalid: options.reportInvalidEvent }),
  });
  const onProgress = (progress: Progress) => events.emit('progress', progress);
  const vaultAccess = createVaultAccess({
    directory: options.vaultDirectory,
    holder: 'app',
    ...(options.kdf === undefined ? {} : { kdf: options.kdf }),
    // Whatever was decrypted goes with the keys, and is read again under new ones after a rotation.
    onLocked: (reason) => {
      search.clear();
      journal.forget();
      // At once, whoever locked: the window drops every decrypted view without asking.
      void events.emit('vaultLocked', { reason });
    },
    onRotated: () => {
      search.clear();
      journal.forget();
    },
    onProgress,
  });
  // Search reads the cases through the journal as soon as it opens, and the journal tells search of every save.
  // Files put back to an earlier state are named at unlock, held against the device's own record.
  // The window hears of an open once the rollback check has said whether the journal is read-only.
  const vault = announcingOpen(
    guardingRollback(
      startingSearchOnOpen(vaultAccess, { start: () => search.start() }),
      createHighWaterMarks(options.settingsDirectory),
    ),
    (status) => void events.emit('vaultUnlocked', { status }),
  );
  const search = createJournalSearch(() => journal.open(), onProgress);
  const journal = createJournalService({
    session: () => vault.session(),
    now: () => new Date(now()),
    search,
    warningThresholds: () => settings.getAllianceThresholds(),
  });
  const exports = createExportService({
    open: () => journal.open(),
    now: () => new Date(now()),
    ...(options.chooseSavePath === undefined ? {} : { chooseSavePath: options.chooseSavePath }),
    ...(options.printPdf === undefined ? {} : { printPdf: options.printPdf }),
    onProgress,
    holidays,
  });
  const reports = createReportService({
    open: () => journal.open(),
    now: () => new Date(now()),
    // A new report's facts are written in the language the practitioner reads the app in.
    language: async () => effectiveLanguage(await settings.get(), options.appInfo.systemLocale),
    holidays,
  });
  const care = createJournalCare({
    vaultDirectory: options.vaultDirectory,
    open: () => journal.open(),
    quietly: (work) => journal.quietly(work),
    hasJournal: async () => (await vault.status()).state !== 'absent',
    now: () => new Date(now()),
    ...(options.chooseFile === undefined ? {} : { chooseFile: options.chooseFile }),
    onProgress,
    afterImport: () => search.invalidate(),
  });
  const autoLock = startAutoLock({
    minutes: async () => (await settings.get()).autoLockMinutes,
    lock: () => vault.lock('auto-lock'),
    isUnlocked: async () => (await vault.status()).state === 'unlocked',
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.autoLockCheckMilliseconds === undefined
      ? {}
      : { checkEveryMilliseconds: options.autoLockCheckMilliseconds }),
  });
  return {
    events,
    log: options.log ?? ((line) => console.error(line)),
    appInfo: createAppInfoService({ ...options.appInfo, dataDirectory: options.vaultDirectory }),
    settings,
    vault,
    autoLock,
    journal,
    search,
    exports,
    reports,
    care,
    hearings: { list: () => listHearings({ open: () => journal.open(), now: () => new Date(now()), holidays }) },
    home: createWorkQueueService({
      open: () => journal.open(),
      now: () => new Date(now()),
      thresholds: () => settings.getAllianceThresholds(),
      holidays,
      reflectionIntervalDays: async () => effectiveReflectionInterval(await settings.get()),
    }),
    supervision: {
      readReturnedBrief: createReturnedBriefReader({
        open: () => journal.open(),
        ...(options.chooseFile === undefined ? {} : { chooseFile: options.chooseFile }),
      }),
      briefPseudonyms: (caseId, exportId) => briefPseudonyms(journal.open(), caseId, exportId),
    },
    shutdown: async () => {
      autoLock.stop();
      await vault.lock('quit');
    },
  };
}
