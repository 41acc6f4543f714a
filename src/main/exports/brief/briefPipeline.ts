/**
 * From a request to a brief's bytes, in one place for the preview, the app's export and the CLI:
 * read the case and its export log, choose the period, build the model (de-identified, private
 * text left out), then write it as Markdown, HTML or DOCX from the same blocks.
 */
import { serializeSvg } from '../../../shared/charts/svgTree';
import { briefBlocks, briefMarkdown, type BriefBlock } from '../../../shared/exports/brief/briefBlocks';
import { briefCharts, type BriefChart } from '../../../shared/exports/brief/briefCharts';
import { briefBodyHtml, briefDocumentHtml } from '../../../shared/exports/brief/briefHtml';
import type { BriefModel } from '../../../shared/exports/brief/briefModel';
import { buildBrief } from '../../../shared/exports/brief/buildBrief';
import {
  briefFormats,
  suggestedFileName,
  type BriefFormat,
  type WrittenBriefFormat,
} from '../../../shared/exports/brief/fileName';
import { resolvePeriod, type PeriodSource } from '../../../shared/exports/brief/period';
import type { Lexicon } from '../../../shared/exports/deidentify/warnings';
import { lastBrief, type CaseExports } from '../../../shared/exports/exportLog';
import { briefLabels, type BriefLabels } from '../../../shared/exports/labels/briefTexts';
import type { BriefRequest } from '../../../shared/exports/requests';
import { AppError } from '../../../shared/ipc/result';
import type { Purifier } from '../../../shared/render/markdown';
import type { JournalStore } from '../../journal/journalStore';
import type { ExportLog } from '../exportLog';
import { briefDocx } from './briefDocx';

export interface PreparedBrief {
  model: BriefModel;
  labels: BriefLabels;
  blocks: BriefBlock[];
  charts: Record<'alliance' | 'tensions', BriefChart>;
  periodSource: PeriodSource;
  record: CaseExports;
  /** "Supervision brief: Family R." */
  title: string;
}

export interface BriefSources {
  store: JournalStore;
  log: ExportLog;
  lexicon: () => Promise<Lexicon>;
  /** Today on the practitioner's calendar, `YYYY-MM-DD`. */
  today: () => string;
}

/** Reads the case and its export log and builds everything the writers need; `invalid-request` for a backwards period. */
export async function prepareBrief(sources: BriefSources, request: BriefRequest): Promise<PreparedBrief> {
  const journalCase = await sources.store.readCase(request.caseId);
  const record = await sources.log.read(request.caseId);
  const producedOn = sources.today();
  const period = resolvePeriod(request, lastBrief(record));
  const to = period.to ?? producedOn;
  if (period.from !== undefined && period.from > to) {
    throw new AppError('invalid-request', `The period starts (${period.from}) after it ends (${to}).`);
  }
  const model = buildBrief({
    journalCase,
    choices: {
      language: request.language,
      ...(period.from === undefined ? {} : { from: period.from }),
      ...(period.to === undefined ? {} : { to: period.to }),
      ...(request.phases === undefined ? {} : { phases: request.phases }),
      ...(request.parts === undefined ? {} : { parts: request.parts }),
    },
    producedOn,
    pseudonyms: record.pseudonyms,
    safeWords: record.safeWords,
    decisions: record,
    lexicon: await sources.lexicon(),
  });
  const labels = briefLabels(request.language);
  return {
    model,
    labels,
    blocks: briefBlocks(model, labels),
    charts: briefCharts(model, labels),
    periodSource: period.source,
    record,
    title: `${labels.texts.title}: ${model.facts.caseLabel}`,
  };
}

/** The HTML export and its `<article>`: the charts inline as SVG. */
export function briefHtml(brief: PreparedBrief, purifier: Purifier): { html: string; body: string } {
  const body = briefBodyHtml(
    brief.blocks,
    purifier,
    (chart) => serializeSvg(brief.charts[chart].tree),
    brief.labels.language,
  );
  return { body, html: briefDocumentHtml(body, brief.title, brief.labels) };
}

/** The file's bytes in one format (the purifier is only needed for HTML). */
export async function briefBytes(
  brief: PreparedBrief,
  format: WrittenBriefFormat,
  purifier: Purifier,
): Promise<Uint8Array> {
  switch (format) {
    case 'md':
      return Buffer.from(briefMarkdown(brief.model, brief.labels), 'utf8');
    case 'html':
      return Buffer.from(briefHtml(brief, purifier).html, 'utf8');
    case 'docx':
      return briefDocx({
        blocks: brief.blocks,
        charts: brief.charts,
        labels: brief.labels,
        title: brief.title,
        caseLabel: brief.model.facts.caseLabel,
      });
  }
}

/** The file name to suggest in each format. */
export function suggestedFileNames(brief: PreparedBrief): Record<BriefFormat, string> {
  return Object.fromEntries(
    briefFormats.map((format) => [format, suggestedFileName(brief.model, brief.labels, format)]),
  ) as Record<BriefFormat, string>;
}
