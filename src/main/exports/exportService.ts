/**
 * The export channels: preview and export a supervision brief, mark words as safe, list a case's
 * exports. The app's export asks the shell where to save (`chooseSavePath`, a save dialog), so a
 * renderer can never name a path on its own; the CLI passes the path it was given. Either way
 * the path is checked again before anything is written. A PDF is the HTML export printed by a
 * browser engine (`printPdf`: Electron's `printToPDF`, or the harness's `page.pdf`).
 */
import { briefMarkdown } from '../../shared/exports/brief/briefBlocks';
import type { BriefFormat } from '../../shared/exports/brief/fileName';
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
import { withProgress } from '../progress/progressReporter';
import { createReportExports, type ReportExports } from './courtReport/reportExports';
import {
  briefBytes,
  briefHtml,
  checkedHtml,
  prepareBrief,
  suggestedFileNames,
  type BriefSources,
} from './brief/briefPipeline';
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
export function localDate(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The export channels over whatever journal is open when each call arrives. */
export function createExportService(options: ExportServiceOptions): ExportService {
  const { now } = options;
  // Hunspell and its dictionaries are loaded on the first brief, not when the app starts.
  const lexicon = options.lexicon ?? (() => import('./lexicon').then((module) => module.loadLexicon()));

  /** The journal and the export log of the session open now (one log, so its writes queue). */
  function sources(): BriefSources & { journal: OpenJournal } {
    const journal = options.open();
    return { journal, store: journal.store, log: exportLogOf(journal.session), lexicon, today: () => localDate(now()) };
  }

  /** Three steps the practitioner may wait for: the brief de-identified, the file made, the file written and logged. */
  async function saveBrief(request: ExportBriefRequest, path: string): Promise<SavedBriefWithWarnings> {
    return withProgress(options.onProgress, 'export', 'steps', 3, async (progress) => {
      const context = sources();
      const brief = await prepareBrief(context, request);
      await progress.advance();
      const bytes =
        request.format === 'pdf' ? await printer()(checkedHtml(brief)) : await briefBytes(brief, request.format);
      await progress.advance();
      const saved = await writeBrief(context, request, path, brief, bytes);
      await progress.advance();
      return { saved, warnings: brief.model.warnings };
    });
  }

  function writeBrief(
    context: ReturnType<typeof sources>,
    request: ExportBriefRequest,
    path: string,
    brief: Awaited<ReturnType<typeof prepareBrief>>,
    bytes: Uint8Array,
  ) {
    return writeExport(
      { log: context.log, vaultDirectory: context.journal.session.directory, now, ...idOption() },
      {
        caseId: request.caseId,
        kind: 'supervision-brief',
        format: request.format,
        path,
        bytes,
        ...(request.recipient === undefined ? {} : { recipient: request.recipient }),
        language: request.language,
        period: brief.model.facts.period,
        pseudonyms: brief.model.pseudonyms,
      },
    );
  }

  function printer(): PdfPrinter {
    if (options.printPdf === undefined) throw new AppError('unavailable', 'Printing a PDF is not available here.');
    return options.printPdf;
  }

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
    previewBrief: async (request) => {
      const brief = await prepareBrief(sources(), request);
      const { html, body } = briefHtml(brief);
      return {
        html,
        body,
        markdown: briefMarkdown(brief.model, brief.labels),
        replacements: brief.model.replacements,
        warnings: brief.model.warnings,
        places: brief.model.places,
        facts: brief.model.facts,
        periodSource: brief.periodSource,
        suggestedFileNames: suggestedFileNames(brief),
        safeWords: brief.record.safeWords,
        decisions: reviewDecisionsOf(brief.record),
        partyPseudonyms: brief.model.partyPseudonyms,
        summary: brief.model.summary,
      };
    },
    exportBrief: async (request) => {
      if (options.chooseSavePath === undefined) {
        throw new AppError('internal', 'Saving files is not available here.');
      }
      // Refuse before the dialog, so the practitioner does not choose a place for nothing.
      if (request.format === 'pdf') printer();
      const preview = await prepareBrief(sources(), request);
      const format: BriefFormat = request.format;
      const path = await options.chooseSavePath({ suggestedName: suggestedFileNames(preview)[format], format });
      if (path === undefined) return { status: 'cancelled' };
      return (await saveBrief(request, path)).saved;
    },
    saveBrief: async (request, path) => (await saveBrief(request, path)).saved,
    saveBriefWithWarnings: saveBrief,
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
    ...createReportExports({
      sources,
      now,
      today: () => localDate(now()),
      ...(options.chooseSavePath === undefined ? {} : { chooseSavePath: options.chooseSavePath }),
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
      ...idOption(),
    }),
  };
}
