/**
 * The brief's channels of the export service: the preview, the export through the save dialog
 * and the save to a path already chosen. The brief the review showed is the brief the export
 * writes: each is prepared through one `createBriefPreparer`, which builds it again only when
 * the case, its export log or the day changed in between.
 */
import { randomUUID } from 'node:crypto';
import { briefMarkdown } from '../../../shared/exports/brief/briefBlocks';
import type { BriefFormat } from '../../../shared/exports/brief/fileName';
import type { ExportBriefRequest } from '../../../shared/exports/requests';
import { reviewDecisionsOf } from '../../../shared/exports/reviewDecisions';
import { AppError } from '../../../shared/ipc/result';
import type { ProgressListener } from '../../../shared/progress/progress';
import type { OpenJournal } from '../../journal/openJournal';
import { withProgress } from '../../progress/progressReporter';
import type { ChooseSavePath, ExportService, PdfPrinter, SavedBriefWithWarnings } from '../exportService';
import { briefReference } from '../../supervision/briefReference';
import { writeExport } from '../writeExport';
import {
  briefBytes,
  briefHtml,
  checkedHtml,
  suggestedFileNames,
  type BriefSources,
  withReference,
  type PreparedBrief,
} from './briefPipeline';
import { createBriefPreparer } from './lastBrief';

export interface BriefExportContext {
  /** The journal and the export log of the session open now. */
  sources: () => BriefSources & { journal: OpenJournal };
  now: () => Date;
  chooseSavePath?: ChooseSavePath;
  printPdf?: PdfPrinter;
  newId?: () => string;
  onProgress?: ProgressListener;
}

export type BriefExports = Pick<ExportService, 'previewBrief' | 'exportBrief' | 'saveBrief' | 'saveBriefWithWarnings'>;

export function createBriefExports(context: BriefExportContext): BriefExports {
  const { now } = context;
  const prepare = createBriefPreparer();

  /** Three steps the practitioner may wait for: the brief de-identified, the file made, the file written and logged. */
  async function saveBrief(request: ExportBriefRequest, path: string): Promise<SavedBriefWithWarnings> {
    return withProgress(context.onProgress, 'export', 'steps', 3, async (progress) => {
      const sources = context.sources();
      // The log entry's id is chosen first: the file prints the reference made from it.
      const exportId = (context.newId ?? randomUUID)();
      const brief = withReference(
        await prepare(sources, request),
        briefReference(sources.journal.session.vaultId, exportId),
      );
      await progress.advance();
      const bytes =
        request.format === 'pdf' ? await printer()(checkedHtml(brief)) : await briefBytes(brief, request.format);
      await progress.advance();
      const saved = await writeBrief(sources, request, path, brief, bytes, exportId);
      await progress.advance();
      return { saved, warnings: brief.model.warnings };
    });
  }

  function writeBrief(
    sources: ReturnType<BriefExportContext['sources']>,
    request: ExportBriefRequest,
    path: string,
    brief: PreparedBrief,
    bytes: Uint8Array,
    exportId: string,
  ) {
    return writeExport(
      {
        log: sources.log,
        vaultDirectory: sources.journal.session.directory,
        now,
      },
      {
        id: exportId,
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
    if (context.printPdf === undefined) throw new AppError('unavailable', 'Printing a PDF is not available here.');
    return context.printPdf;
  }

  return {
    previewBrief: async (request) => {
      const brief = await prepare(context.sources(), request);
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
      if (context.chooseSavePath === undefined) {
        throw new AppError('internal', 'Saving files is not available here.');
      }
      // Refuse before the dialog, so the practitioner does not choose a place for nothing.
      if (request.format === 'pdf') printer();
      const preview = await prepare(context.sources(), request);
      const format: BriefFormat = request.format;
      const path = await context.chooseSavePath({ suggestedName: suggestedFileNames(preview)[format], format });
      if (path === undefined) return { status: 'cancelled' };
      return (await saveBrief(request, path)).saved;
    },
    saveBrief: async (request, path) => (await saveBrief(request, path)).saved,
    saveBriefWithWarnings: saveBrief,
  };
}
