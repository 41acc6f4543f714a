/**
 * The court-report part of the export service: preview a document as Markdown, export it
 * through the save dialog, or save it where the CLI was told. A saved file is written durably
 * and logged like every export, then its name and SHA-256 are kept with the version it came
 * from, so the hash of what went to court stays with the submitted version. Nothing is written
 * or logged when the version holds private journal text (`report-private-text`). A file in place
 * is never reported as a failure: what could not be recorded after it comes back as `notices`.
 */
import type {
  ExportReportRequest,
  ExportReportResponse,
  PreviewReportResponse,
} from '../../../shared/reports/requests';
import type { SavedExport } from '../../../shared/exports/requests';
import { reportLabels } from '../../../shared/exports/labels/reportTexts';
import { reportMarkdown } from '../../../shared/exports/courtReport/reportMarkdown';
import { AppError } from '../../../shared/ipc/result';
import type { OpenJournal } from '../../journal/openJournal';
import {
  keepDocument,
  prepareReportDocument,
  prepareReportExport,
  reportDocumentBytes,
} from '../../reports/reportExport';
import type { ExportLog } from '../exportLog';
import type { ChooseSavePath } from '../exportService';
import { isUnconfirmedWrite } from '../../vault/durableFile';
import { writeExport } from '../writeExport';
import type { ProgressListener } from '../../../shared/progress/progress';
import { withProgress } from '../../progress/progressReporter';
import { weekendsOnly, type PublicHolidays } from '../../../shared/domain/report/workingDays';

export interface ReportExportContext {
  /** The open journal and its export log. */
  sources: () => { journal: OpenJournal; log: ExportLog };
  now: () => Date;
  /** Today on the practitioner's calendar, `YYYY-MM-DD`, for the suggested file name. */
  today: () => string;
  /** The practitioner's public holidays (the review copy's comment deadline); weekends only without. */
  holidays?: () => Promise<PublicHolidays>;
  chooseSavePath?: ChooseSavePath;
  newId?: () => string;
  /** Where the steps of an export go (the window's progress bar). */
  onProgress?: ProgressListener;
}

export interface ReportExports {
  previewReport(request: ExportReportRequest): Promise<PreviewReportResponse>;
  /** Asks `chooseSavePath` where to save, then writes, logs and keeps the document. */
  exportReport(request: ExportReportRequest): Promise<ExportReportResponse>;
  /** Writes, logs and keeps the document at a path already chosen (the CLI's --out). */
  saveReport(request: ExportReportRequest, path: string): Promise<SavedReport>;
}

/** A saved document and the number of the version it was made from. */
export interface SavedReport {
  saved: SavedExport;
  version: number;
}

export function createReportExports(context: ReportExportContext): ReportExports {
  const holidays = context.holidays ?? (() => Promise.resolve(weekendsOnly));

  /** Three steps the practitioner may wait for: the document checked and built, the file made, written and kept. */
  function saveReport(request: ExportReportRequest, path: string): Promise<SavedReport> {
    return withProgress(context.onProgress, 'export', 'steps', 3, async (progress) => {
      const { journal, log } = context.sources();
      const prepared = await prepareReportExport(journal, request, context.today(), await holidays());
      await progress.advance();
      const bytes = await reportDocumentBytes(prepared.document, request.format);
      await progress.advance();
      const saved = await writeExport(
        {
          log,
          vaultDirectory: journal.session.directory,
          now: context.now,
          ...(context.newId === undefined ? {} : { newId: context.newId }),
        },
        {
          caseId: request.caseId,
          kind: request.kind === 'review' ? 'court-report-review' : 'court-report-final',
          format: request.format,
          path,
          bytes,
          recipient: reportLabels(request.language).texts.recipient[request.kind],
          language: request.language,
        },
      );
      // The file is in place and logged: a version that cannot record it is a notice, never a failure.
      const kept = await keepDocument(journal, request, prepared.version.number, {
        kind: request.kind,
        format: request.format,
        fileName: saved.record.fileName,
        sha256: saved.sha256,
        exportedAt: saved.record.exportedAt,
      }).then(
        () => true,
        (error: unknown) => isUnconfirmedWrite(error),
      );
      await progress.advance();
      const notices = [...(saved.notices ?? []), ...(kept ? [] : (['version-unrecorded'] as const))];
      return { saved: { ...saved, ...(notices.length === 0 ? {} : { notices }) }, version: prepared.version.number };
    });
  }

  return {
    previewReport: async (request) => {
      const { journal } = context.sources();
      const prepared = await prepareReportDocument(journal, request, context.today(), await holidays());
      return { markdown: reportMarkdown(prepared.document), suggestedFileName: prepared.suggestedFileName };
    },
    exportReport: async (request) => {
      if (context.chooseSavePath === undefined) {
        throw new AppError('internal', 'Saving files is not available here.');
      }
      // Refuse a report with no final version, or holding private text, before the dialog is opened.
      const prepared = await prepareReportExport(context.sources().journal, request, context.today(), await holidays());
      const path = await context.chooseSavePath({ suggestedName: prepared.suggestedFileName, format: request.format });
      if (path === undefined) return { status: 'cancelled' };
      return (await saveReport(request, path)).saved;
    },
    saveReport,
  };
}
