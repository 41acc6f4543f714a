/**
 * The brief as HTML: each Markdown block through the one sanitizing path (`renderMarkdown`),
 * grouped into a section per part, and the charts placed by the caller (inline SVG for the HTML
 * export, an image reference for the DOCX). The charts come from our own SVG tree serializer,
 * which escapes every text and allows no script, style or link.
 */
import { renderMarkdown } from '../../render/markdown';
import type { BriefLabels } from '../labels/briefTexts';
import type { BriefBlock } from './briefBlocks';
import type { BriefChartName } from './briefCharts';
import { briefStylesheet } from './briefStylesheet';
import { escapeMarkup } from '../../render/escapeMarkup';

/** How a chart block is written: the SVG inline, or an `<img>` the DOCX writer resolves. */
export type ChartHtml = (chart: BriefChartName) => string;

/** The `<article>` with the whole brief. */
export function briefBodyHtml(blocks: readonly BriefBlock[], chartHtml: ChartHtml, lang: string) {
  const sections: string[] = [];
  let current: { name: string; parts: string[] } | undefined;
  for (const block of blocks) {
    if (current?.name !== block.section) {
      if (current !== undefined) sections.push(section(current.name, current.parts));
      current = { name: block.section, parts: [] };
    }
    if (block.kind === 'markdown') current.parts.push(renderMarkdown(block.markdown));
    else if (block.kind === 'chart')
      current.parts.push(`<figure class="brief-chart">${chartHtml(block.chart)}</figure>`);
    // Table rows, not paragraphs: Word draws one border around a run of bordered paragraphs.
    else current.parts.push(`<table class="writing-lines">${'<tr><td>&nbsp;</td></tr>'.repeat(block.lines)}</table>`);
  }
  if (current !== undefined) sections.push(section(current.name, current.parts));
  return `<article class="brief" lang="${escapeMarkup(lang)}">\n${sections.join('\n')}\n</article>`;
}

function section(name: string, parts: readonly string[]): string {
  return `<section class="brief-${name}">\n${parts.join('\n')}\n</section>`;
}

/** A complete, self-contained page: no script, no remote anything, and a CSP that says so. */
export function briefDocumentHtml(body: string, title: string, labels: BriefLabels): string {
  return [
    '<!doctype html>',
    `<html lang="${labels.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="generator" content="Alianza">',
    `<title>${escapeMarkup(title)}</title>`,
    `<style>${briefStylesheet}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
