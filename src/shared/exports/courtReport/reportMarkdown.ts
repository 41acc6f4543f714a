/**
 * A court-report document as Markdown. In the review copy every line of the report's sections
 * is wrapped and numbered (`` `12` ``), so the caregiver can point at "line 12" in the file as in
 * the printed copy, and each section ends with a marked area for their comments. All text is
 * escaped: a statement that starts with "#" or "-" stays a sentence.
 */
import { plain } from '../brief/markdownText';
import { inertMarkdown } from '../../render/inertMarkdown';
import type { CourtReportDocument, ReportBlock } from './reportDocument';
import { linesOf, paragraphsOf } from './paragraphs';

/** Characters per numbered line: short enough to print, and to read on a phone. */
const lineWidth = 76;
/** Hard line break. */
const newline = '  \n';

/** One line of plain text as Markdown that cannot turn into a list, heading or rule. */
export function markdownLine(text: string): string {
  return plain(text)
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^=+$/, (equals) => `\\${equals}`);
}

/** A line cut into lines of at most `lineWidth` characters, at spaces (a longer word stays whole). */
export function wrap(line: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(/\s+/).filter((item) => item !== '')) {
    if (current !== '' && current.length + 1 + word.length > lineWidth) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** Writes blocks; in `numbered` mode each line of text gets the next number. */
function createWriter(numbered: boolean) {
  let next = 1;
  const width = 3;
  /** Lines of one paragraph: numbered ones are cut to the line width, each its own printed line. */
  const lines = (texts: readonly string[], style: (line: string) => string = markdownLine): string => {
    if (!numbered) return texts.map(style).join(newline);
    return texts
      .flatMap(wrap)
      .map((line) => `\`${String(next++).padStart(width, ' ')}\` ${style(line)}`)
      .join(newline);
  };
  const strong = (line: string) => `**${markdownLine(line)}**`;
  const emphasised = (line: string) => `_${markdownLine(line)}_`;

  const block = (item: ReportBlock): string => {
    switch (item.kind) {
      case 'heading':
        return `${item.newPage === true ? '---\n\n' : ''}${'#'.repeat(item.level)} ${plain(item.text)}`;
      case 'paragraph':
        return paragraphsOf(item.text)
          .map(linesOf)
          .map((paragraph) => lines(paragraph, item.emphasis === true ? emphasised : markdownLine))
          .join('\n\n');
      case 'list':
        return item.items.map((text) => `- ${plain(text)}`).join('\n');
      case 'fields':
        return item.rows.map((row) => `**${plain(row.label)}:** ${plain(row.value)}`).join(newline);
      case 'statement':
        return [
          lines([item.label], strong),
          ...paragraphsOf(item.text)
            .map(linesOf)
            .map((paragraph) => lines(paragraph)),
          ...(item.sessions === undefined ? [] : [lines([item.sessions], emphasised)]),
        ].join('\n\n');
      case 'quote':
        return paragraphsOf(item.text)
          .map(linesOf)
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
