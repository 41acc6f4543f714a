/**
 * From a request to a brief's bytes, in one place for the preview, the app's export and the CLI:
 * read the case and its export log, choose the period, build the model (de-identified, private
 * text left out), then write it as Markdown, HTML or DOCX from the same blocks.
 */
import { serializeSvg } from '../../../shared/charts/svgTree';
import { briefBlocks, briefMarkdown, type BriefBlock } from '../../../shared/exports/brief/briefBlocks';
import { briefCharts, type BriefChart, type BriefChartName } from '../../../shared/exports/brief/briefCharts';
import { briefBodyHtml, briefDocumentHtml } from '../../../shared/exports/brief/briefHtml';
import type { BriefModel } from '../../../shared/exports/brief/briefModel';
import type { CaseWithEntries } from '../../../shared/domain/case';
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
import type { JournalStore } from '../../journal/journalStore';
import type { ExportLog } from '../exportLog';
import { lineChecker, masker } from './lineChecker';
import { writtenText } from './writtenText';
import { allMarkers } from '../../../shared/exports/deidentify/markers';
import { briefDeidentifier } from '../../../shared/exports/brief/briefDeidentifier';
import type { Replacement } from '../../../shared/exports/deidentify/deidentifier';

export interface PreparedBrief {
  model: BriefModel;
  /** What de-identification would still replace in a text: empty for a text that is safe to write. */
  leftovers: (text: string) => Replacement[];
  labels: BriefLabels;
  blocks: BriefBlock[];
  charts: Record<BriefChartName, BriefChart>;
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

/** What a brief is built from, as read for one request. */
export interface BriefInputs {
  journalCase: CaseWithEntries;
  record: CaseExports;
  /** Today on the practitioner's calendar, `YYYY-MM-DD`. */
  producedOn: string;
  lexicon: Lexicon;
}

/** Reads the case and its export log and builds everything the writers need; `invalid-request` for a backwards period. */
export async function prepareBrief(sources: BriefSources, request: BriefRequest): Promise<PreparedBrief> {
  return buildPreparedBrief(await readBriefInputs(sources, request), request);
}

/** Reads what a brief is built from; `invalid-request` for a backwards period, before the dictionaries load. */
export async function readBriefInputs(sources: BriefSources, request: BriefRequest): Promise<BriefInputs> {
  const journalCase = await sources.store.readCase(request.caseId);
  const record = await sources.log.read(request.caseId);
  const producedOn = sources.today();
  const period = resolvePeriod(request, lastBrief(record));
  const to = period.to ?? producedOn;
  if (period.from !== undefined && period.from > to) {
    throw new AppError('invalid-request', `The period starts (${period.from}) after it ends (${to}).`);
  }
  return { journalCase, record, producedOn, lexicon: await sources.lexicon() };
}

/** Builds everything the writers need from what was read. */
export function buildPreparedBrief(inputs: BriefInputs, request: BriefRequest): PreparedBrief {
  const { journalCase, record, producedOn, lexicon } = inputs;
  const period = resolvePeriod(request, lastBrief(record));
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
    lexicon,
  });
  const labels = briefLabels(request.language);
  const again = { journalCase, choices: { language: request.language }, pseudonyms: record.pseudonyms, lexicon };
  return {
    model,
    leftovers: lineChecker(() => {
      const { deidentifier, others, derivedLabels } = briefDeidentifier({ ...again, decisions: record });
      // The app's own pseudonyms may hold a listed word ("Abuela A" for "la abuela"): they are what was put
      // there. A pseudonym the practitioner wrote is read like any other text.
      const labels = [...derivedLabels, ...others.map((other) => other.pseudonym), ...allMarkers];
      return { deidentifier, mask: masker(labels) };
    }),
    labels,
    blocks: briefBlocks(model, labels),
    charts: briefCharts(model, labels),
    periodSource: period.source,
    record,
    title: `${labels.texts.title}: ${model.facts.caseLabel}`,
  };
}

/** The brief as a file carries it: its reference under the facts and in the footer (the preview has none). */
export function withReference(brief: PreparedBrief, reference: string): PreparedBrief {
  const model = { ...brief.model, facts: { ...brief.model.facts, reference } };
  return {
    ...brief,
    model,
    blocks: briefBlocks(model, brief.labels),
    // The reference is the app's own and names nothing, but after "Reference:" its digits read
    // as a file number to the check of what was written: it is taken out before that check.
    leftovers: (text) => brief.leftovers(text.replaceAll(reference, '')),
  };
}

/** The HTML export and its `<article>`: the charts inline as SVG. */
export function briefHtml(brief: PreparedBrief): { html: string; body: string } {
  const body = briefBodyHtml(brief.blocks, (chart) => serializeSvg(brief.charts[chart].tree), brief.labels.language);
  return { body, html: briefDocumentHtml(body, brief.title, brief.labels) };
}

/** The HTML a PDF is printed from, checked as the HTML export is. */
export function checkedHtml(brief: PreparedBrief): string {
  const { html } = briefHtml(brief);
  refuseLeftovers(brief, writtenText('html', Buffer.from(html, 'utf8')));
  return html;
}

/**
 * The file's bytes in one format, read back and checked
 * once more: a file that still holds something de-identification removes is refused
 * (`deidentification-incomplete`), naming only what kinds and how many.
 */
export async function briefBytes(brief: PreparedBrief, format: WrittenBriefFormat): Promise<Uint8Array> {
  const bytes = await uncheckedBriefBytes(brief, format);
  refuseLeftovers(brief, writtenText(format, bytes));
  return bytes;
}

/** Refuses a text that still holds an identifying detail; the message counts them by kind, never quotes them. */
export function refuseLeftovers(brief: PreparedBrief, text: string): void {
  const left = brief.leftovers(text);
  if (left.length === 0) return;
  const counts = new Map<string, number>();
  for (const item of left) counts.set(item.kind, (counts.get(item.kind) ?? 0) + item.count);
  const detail = [...counts].map(([kind, count]) => `${kind}: ${count}`).join(', ');
  throw new AppError('deidentification-incomplete', detail);
}

/** The DOCX writer (and `docx` with it) is loaded only when a DOCX is written. */
async function uncheckedBriefBytes(brief: PreparedBrief, format: WrittenBriefFormat): Promise<Uint8Array> {
  switch (format) {
    case 'md':
      return Buffer.from(briefMarkdown(brief.model, brief.labels), 'utf8');
    case 'html':
      return Buffer.from(briefHtml(brief).html, 'utf8');
    case 'docx': {
      const { briefDocx } = await import('./briefDocx');
      return briefDocx({
        blocks: brief.blocks,
        charts: brief.charts,
        labels: brief.labels,
        title: brief.title,
        caseLabel: brief.model.facts.caseLabel,
        ...(brief.model.facts.reference === undefined ? {} : { reference: brief.model.facts.reference }),
      });
    }
  }
}

/** The file name to suggest in each format. */
export function suggestedFileNames(brief: PreparedBrief): Record<BriefFormat, string> {
  return Object.fromEntries(
    briefFormats.map((format) => [format, suggestedFileName(brief.model, brief.labels, format)]),
  ) as Record<BriefFormat, string>;
}
