/**
 * The export channels: preview and export a supervision brief, mark words as safe, list a case's
 * exports. The app's export asks the shell where to save (`chooseSavePath`, a save dialog), so a
 * renderer can never name a path on its own; the CLI passes the path it was given. Either way
 * the path is checked again before anything is written. A PDF is the HTML export printed by a
 * browser engine (`printPdf`: Electron's `printToPDF`, or the harness's `page.pdf`).
 */
import { localDay } from '../../shared/domain/localDay';
import { fold } from '../../shared/text/normalize';
import { assignPseudonyms } from '../../shared/exports/deidentify/pseudonyms';
import type { Lexicon } from '../../shared/exports/deidentify/warnings';
import type { ExportFormat, ExportRecord } from '../../shared/exports/exportLog';
import type {
  BriefRequest,
  ExportBriefRequest,
  ExportBriefResponse,
  PreviewBriefResponse,
  ReviewDecisionRequest,
  SafeWordRequest,
  SavedExport,
} from '../../shared/exports/requests';
import { applyReviewDecision, reviewDecisionsOf } from '../../shared/exports/reviewDecisions';
import type { ReviewDecisions } from '../../shared/exports/brief/buildBrief';
import { AppError } from '../../shared/ipc/result';
import type { ProgressListener } from '../../shared/progress/progress';
import type { OpenJournal } from '../journal/openJournal';
import type { BriefExports } from './brief/briefExports';
import type { BriefSources } from './brief/briefPipeline';
import type { PublicHolidays } from '../../shared/domain/report/workingDays';
import type { ReportExports } from './courtReport/reportExports';
import { exportLogOf } from './exportLog';
import { writeExport, type ExportFile } from './writeExport';

/** What the shell's save dialog is asked. */
export interface SavePathRequest {
  suggestedName: string;
  format: ExportFormat;
}

/** Shows a save dialog; the chosen absolute path, or undefined when the practitioner cancelled. */
export type ChooseSavePath = (request: SavePathRequest) => Promise<string | undefined>;

/** Prints a complete, script-free HTML document to PDF bytes. */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

export interface ExportServiceOptions {
  /** The open journal (session and store), or `locked`. */
  open: () => OpenJournal;
  now: () => Date;
  chooseSavePath?: ChooseSavePath;
  /** Without it (the CLI), a PDF is refused as `unavailable`. */
  printPdf?: PdfPrinter;
  /** The dictionaries for name warnings; Hunspell English and Spanish unless a test gives others. */
  lexicon?: () => Promise<Lexicon>;
  newId?: () => string;
  /** Where the steps of an export go (the window's progress bar). */
  onProgress?: ProgressListener;
  /** The practitioner's public holidays, for the review copy's comment deadline; weekends only without. */
  holidays?: () => Promise<PublicHolidays>;
}

/** The brief's channels, and the court-report documents' (`previewReport`, `exportReport`, `saveReport`). */
export interface ExportService extends ReportExports {
  previewBrief(request: BriefRequest): Promise<PreviewBriefResponse>;
  /** Asks `chooseSavePath` where to save, then writes and logs the brief. */
  exportBrief(request: ExportBriefRequest): Promise<ExportBriefResponse>;
  /** Writes and logs the brief at a path already chosen (the CLI's --out). */
  saveBrief(request: ExportBriefRequest, path: string): Promise<SavedExport>;
  /** `saveBrief`, with the name warnings its preview would show (the CLI prints them): the brief is prepared once. */
  saveBriefWithWarnings(request: ExportBriefRequest, path: string): Promise<SavedBriefWithWarnings>;
  /** Writes and logs bytes made elsewhere (the shell's PDF of the brief's HTML). */
  saveExportFile(file: ExportFile): Promise<SavedExport>;
  markSafeWord(request: SafeWordRequest): Promise<{ safeWords: string[] }>;
  unmarkSafeWord(request: SafeWordRequest): Promise<{ safeWords: string[] }>;
  /** Keeps a decision of a brief's review with the case's export log. */
  decideBriefReview(request: ReviewDecisionRequest): Promise<ReviewDecisions>;
  listExports(caseId: string): Promise<ExportRecord[]>;
}

/** A saved brief and the words in it that could still be names. */
export interface SavedBriefWithWarnings {
  saved: SavedExport;
  warnings: PreviewBriefResponse['warnings'];
}

/** Today on this computer's calendar, which is what "produced on" means to the practitioner. */
export const localDate = localDay;

/**
 * The export channels over whatever journal is open when each call arrives. The brief and
 * court-report channels, with the pipeline, the de-identifier and the writers, are loaded when
 * the first of them is called, not when the app starts.
 */
export function createExportService(options: ExportServiceOptions): ExportService {
  const { now } = options;
  // Hunspell and its dictionaries are loaded on the first brief, not when the app starts.
  const lexicon = options.lexicon ?? (() => import('./lexicon').then((module) => module.loadLexicon()));

  /** The journal and the export log of the session open now (one log, so its writes queue). */
  function sources(): BriefSources & { journal: OpenJournal } {
    const journal = options.open();
    return { journal, store: journal.store, log: exportLogOf(journal.session), lexicon, today: () => localDate(now()) };
  }

  const choices = {
    now,
    ...(options.chooseSavePath === undefined ? {} : { chooseSavePath: options.chooseSavePath }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...idOption(),
  };
  let briefs: Promise<BriefExports> | undefined;
  const briefExports = () =>
    (briefs ??= import('./brief/briefExports').then((module) =>
      module.createBriefExports({
        ...choices,
        sources,
        ...(options.printPdf === undefined ? {} : { printPdf: options.printPdf }),
      }),
    ));
  let reports: Promise<ReportExports> | undefined;
  const reportExports = () =>
    (reports ??= import('./courtReport/reportExports').then((module) =>
      module.createReportExports({
        ...choices,
        sources,
        today: () => localDate(now()),
        ...(options.holidays === undefined ? {} : { holidays: options.holidays }),
      }),
    ));

  function idOption() {
    return options.newId === undefined ? {} : { newId: options.newId };
  }

  /** Changes a case's safe words; the case must exist, so no stray file is ever created. */
  async function changeSafeWords(request: SafeWordRequest, change: (words: string[], word: string) => string[]) {
    const context = sources();
    await context.store.readCase(request.caseId);
    const word = request.word.trim();
    const next = await context.log.update(request.caseId, (current) => ({
      ...current,
      safeWords: change(current.safeWords, word),
    }));
    return { safeWords: next.safeWords };
  }

  return {
    previewBrief: async (request) => (await briefExports()).previewBrief(request),
    exportBrief: async (request) => (await briefExports()).exportBrief(request),
    saveBrief: async (request, path) => (await briefExports()).saveBrief(request, path),
    saveBriefWithWarnings: async (request, path) => (await briefExports()).saveBriefWithWarnings(request, path),
    saveExportFile: async (file) => {
      const context = sources();
      // The pseudonyms the file was made with are the ones the log would give now: keep them.
      const { parties } = await context.store.readCase(file.caseId);
      const record = await context.log.read(file.caseId);
      return writeExport(
        { log: context.log, vaultDirectory: context.journal.session.directory, now, ...idOption() },
        { ...file, pseudonyms: file.pseudonyms ?? assignPseudonyms(parties, record.pseudonyms) },
      );
    },
    markSafeWord: (request) =>
      changeSafeWords(request, (words, word) =>
        words.some((known) => fold(known) === fold(word)) ? words : [...words, word],
      ),
    unmarkSafeWord: (request) =>
      changeSafeWords(request, (words, word) => words.filter((known) => fold(known) !== fold(word))),
    decideBriefReview: async (request) => {
      const context = sources();
      const journalCase = await context.store.readCase(request.caseId);
      if (request.action === 'pseudonym' && !journalCase.parties.some((party) => party.id === request.partyId)) {
        throw new AppError('invalid-request', 'That person is not in this case.');
      }
      const next = await context.log.update(request.caseId, (current) => applyReviewDecision(current, request));
      return reviewDecisionsOf(next);
    },
    listExports: async (caseId) => {
      const context = sources();
      await context.store.readCase(caseId);
      return [...(await context.log.read(caseId)).exports].reverse();
    },
    previewReport: async (request) => (await reportExports()).previewReport(request),
    exportReport: async (request) => (await reportExports()).exportReport(request),
    saveReport: async (request, path) => (await reportExports()).saveReport(request, path),
  };
}
