/** Putting text into generated Markdown without it breaking the structure around it. */
import type { Phase } from '../../domain/taxonomy';
import type { BriefLabels } from '../labels/briefTexts';

/** "14 March 2025 · Start": when and in which phase a session was. */
export function sessionLabel(labels: BriefLabels, date: string, phase: Phase): string {
  return `${labels.formatDate(date)} · ${labels.taxonomy.phases[phase]}`;
}

/** Text for a table cell: one line, pipes escaped. */
export function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

/** Plain text (labels, pseudonyms) that must not turn into formatting. */
export function plain(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]<>#|~])/g, '\\$1')
    .trim();
}

/** A practitioner's Markdown as the body of a list item: continuation lines indented under it. */
export function listItemBody(markdown: string, indent = '  '): string {
  return demoteHeadings(markdown.trim())
    .split('\n')
    .map((line, index) => (index === 0 || line.trim() === '' ? line : `${indent}${line}`))
    .join('\n');
}

/**
 * A practitioner's Markdown as a block under the brief's own headings: their headings become
 * level four, so an excerpt's "# Visit" cannot pose as a part of the brief. Underlined
 * ("setext") headings become a paragraph and a rule.
 */
export function demoteHeadings(markdown: string): string {
  return markdown.replace(/^( {0,3})#{1,6}(?=[ \t]|$)/gm, '$1####').replace(/^( {0,3})(?:=+|-+)[ \t]*$/gm, '$1***');
}

/** A table from a header row and body rows (already cell-escaped). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
