/**
 * A court-report document as Markdown. In the review copy every line of the report's sections
 * is wrapped and numbered (`` `12` ``), so the caregiver can point at "line 12" in the file as in
 * the printed copy, and each section ends with a marked area for their comments. All text is
 * escaped: a statement that starts with "#" or "-" stays a sentence.
 */
import { plain } from '../brief/markdownText';
import { inertMarkdown } from '../../render/inertMarkdown';
import type { CourtReportDocument, ReportBlock } from './reportDocument';
import { statementParagraphs, textParagraphs } from './paragraphs';
import { numberedParagraphs } from './reviewLines';

/** Hard line break. */
const newline = '  \n';

/** One line of plain text as Markdown that cannot turn into a list, heading or rule. */
export function markdownLine(text: string): string {
  return plain(text)
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^=+$/, (equals) => `\\${equals}`);
}

/** Writes blocks; in `numbered` mode each line of text gets the next number (`reviewLines.ts`). */
function createWriter(numbered: boolean) {
  let next = 1;
  const width = 3;
  /** The paragraphs of a block, each its lines: as the review copy numbers them, or as written. */
  const paragraphs = (item: ReportBlock, written: string[][]): string[][] =>
    numbered ? numberedParagraphs(item) : written;
  /** Lines of one paragraph, each its own printed line, numbered in `numbered` mode. */
  const lines = (texts: readonly string[], style: (line: string) => string = markdownLine): string => {
    if (!numbered) return texts.map(style).join(newline);
    return texts.map((line) => `\`${String(next++).padStart(width, ' ')}\` ${style(line)}`).join(newline);
  };
  const strong = (line: string) => `**${markdownLine(line)}**`;
  const emphasised = (line: string) => `_${markdownLine(line)}_`;

  const block = (item: ReportBlock): string => {
    switch (item.kind) {
      case 'heading':
        return `${item.newPage === true ? '---\n\n' : ''}${'#'.repeat(item.level)} ${plain(item.text)}`;
      case 'paragraph':
        return paragraphs(item, textParagraphs(item.text))
          .map((paragraph) => lines(paragraph, item.emphasis === true ? emphasised : markdownLine))
          .join('\n\n');
      case 'list':
        return item.items.map((text) => `- ${plain(text)}`).join('\n');
      case 'fields':
        return item.rows.map((row) => `**${plain(row.label)}:** ${plain(row.value)}`).join(newline);
      case 'statement': {
        // The label first, in bold; the sessions it cites last, in italics.
        const groups = paragraphs(item, statementParagraphs(item));
        const style = (index: number) =>
          index === 0 ? strong : item.sessions !== undefined && index === groups.length - 1 ? emphasised : markdownLine;
        return groups.map((group, index) => lines(group, style(index))).join('\n\n');
      }
      case 'quote':
        return textParagraphs(item.text)
          .map((paragraph) => paragraph.map((line) => `> ${markdownLine(line)}`).join(`${newline}`))
          .join('\n>\n');
      case 'comment-space':
        // Ruled lines to write on; a run of underscores is a rule in Markdown and a line on paper.
        return [
          `> **${plain(item.heading)}**  `,
          `> _${plain(item.prompt)}_`,
          ...Array.from(
            { length: item.lines },
            () => '>\n> ______________________________________________________________',
          ),
        ].join('\n');
    }
  };
  return { blocks: (items: readonly ReportBlock[]) => items.map(block) };
}

export function reportMarkdown(document: CourtReportDocument): string {
  const marking = document.marking === undefined ? [] : [`> **${plain(document.marking)}**`];
  const parts = [
    `# ${markdownLine(document.title)}`,
    ...(document.subtitle === undefined ? [] : [`**${plain(document.subtitle)}**`]),
    ...marking,
    ...createWriter(false).blocks(document.front),
    ...createWriter(document.kind === 'review').blocks(document.body),
    ...createWriter(false).blocks(document.back),
    ...marking,
  ];
  // Every text above is escaped already; the check every Markdown export shares holds it so.
  return inertMarkdown(`${parts.join('\n\n')}\n`);
}
