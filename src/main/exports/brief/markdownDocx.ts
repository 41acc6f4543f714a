/**
 * The brief's Markdown blocks as Word paragraphs and tables, read with the same Markdown rules as
 * the HTML (`marked`, GFM, line breaks). Nothing in a DOCX runs, so the HTML sanitizer is not
 * needed here; what it guards against is kept out all the same: raw HTML is written as the text
 * that was typed, images are left out (only their description stays), and a link becomes a
 * hyperlink only for http(s) and mailto (the one rule of `allowedLink`). Entities in text are
 * decoded as a browser would (`&lt;` is `<`), so the DOCX reads as the HTML does.
 */
import {
  BorderStyle,
  ExternalHyperlink,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { decodeHTMLStrict } from 'entities';
import { Lexer, type Token, type Tokens } from 'marked';
import { allowedLink } from '../../../shared/render/safeLink';

/** Formatting carried down into nested inline tokens. */
interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

/** Extra paragraph properties a part of the brief gives all its paragraphs (the questions box). */
export type ParagraphLook = Omit<IParagraphOptions, 'children' | 'text' | 'heading'>;

const headingLevels = ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6'] as const;
const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: 'B9C2C8' };

function runs(tokens: readonly Token[] | undefined, style: RunStyle = {}): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        children.push(...runs((token as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case 'em':
        children.push(...runs((token as Tokens.Em).tokens, { ...style, italics: true }));
        break;
      case 'del':
        children.push(...runs((token as Tokens.Del).tokens, { ...style, strike: true }));
        break;
      case 'codespan':
        children.push(text((token as Tokens.Codespan).text, { ...style, code: true }));
        break;
      case 'br':
        children.push(new TextRun({ break: 1 }));
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const inner = runs(link.tokens, style);
        const url = allowedLink(link.href);
        children.push(...(url === undefined ? inner : [new ExternalHyperlink({ link: url, children: inner })]));
        break;
      }
      case 'image':
        children.push(text(decodeHTMLStrict((token as Tokens.Image).text), style));
        break;
      case 'text': {
        const item = token as Tokens.Text;
        children.push(
          ...(item.tokens === undefined ? [text(decodeHTMLStrict(item.text), style)] : runs(item.tokens, style)),
        );
        break;
      }
      default:
        // escape, html and anything newer: the characters as typed.
        children.push(text('text' in token ? String(token.text) : token.raw, style));
    }
  }
  return children;
}

function text(value: string, style: RunStyle): TextRun {
  return new TextRun({
    text: value,
    ...(style.bold === true ? { bold: true } : {}),
    ...(style.italics === true ? { italics: true } : {}),
    ...(style.strike === true ? { strike: true } : {}),
    ...(style.code === true ? { font: 'Consolas' } : {}),
  });
}

function table(token: Tokens.Table): Table {
  const row = (cells: readonly Tokens.TableCell[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map(
        (cell) =>
          new TableCell({
            children: [new Paragraph({ children: runs(cell.tokens, header ? { bold: true } : {}) })],
            borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder },
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF2F4' } } : {}),
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(token.header, true), ...token.rows.map((cells) => row(cells, false))],
  });
}

/** The first line of a list item: a paragraph's inline tokens, or a tight item's text. */
function leadRuns(lead: Token): ParagraphChild[] {
  return lead.type === 'paragraph' ? runs((lead as Tokens.Paragraph).tokens) : runs([lead]);
}

function blocks(tokens: readonly Token[], look: ParagraphLook, depth: number): (Paragraph | Table)[] {
  const output: (Paragraph | Table)[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
        break;
      case 'heading': {
        const heading = token as Tokens.Heading;
        output.push(
          new Paragraph({
            ...look,
            style: headingLevels[heading.depth - 1] ?? 'Heading6',
            children: runs(heading.tokens),
          }),
        );
        break;
      }
      case 'paragraph':
        output.push(new Paragraph({ ...look, children: runs((token as Tokens.Paragraph).tokens) }));
        break;
      case 'list': {
        const list = token as Tokens.List;
        list.items.forEach((item, index) => {
          const [first, ...rest] = item.tokens;
          const marker = list.ordered ? [new TextRun(`${Number(list.start || 1) + index}. `)] : [];
          const lead = first?.type === 'text' || first?.type === 'paragraph' ? first : undefined;
          output.push(
            new Paragraph({
              ...look,
              ...(list.ordered ? { indent: { left: 360 * (depth + 1) } } : { bullet: { level: depth } }),
              children: [...marker, ...(lead === undefined ? [] : leadRuns(lead))],
            }),
          );
          output.push(...blocks(lead === undefined ? item.tokens : rest, look, depth + 1));
        });
        break;
      }
      case 'table':
        output.push(table(token as Tokens.Table));
        break;
      case 'blockquote':
        output.push(
          ...blocks(
            (token as Tokens.Blockquote).tokens,
            {
              ...look,
              indent: { left: 480 },
              border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'B9C2C8', space: 8 } },
            },
            depth,
          ),
        );
        break;
      case 'code':
        for (const line of (token as Tokens.Code).text.split('\n'))
          output.push(new Paragraph({ ...look, children: [text(line, { code: true })] }));
        break;
      case 'hr':
        output.push(
          new Paragraph({
            ...look,
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'B9C2C8', space: 1 } },
          }),
        );
        break;
      default:
        output.push(new Paragraph({ ...look, children: [text(token.raw.trim(), {})] }));
    }
  }
  return output;
}

/** One Markdown block as paragraphs and tables; `look` is added to every paragraph outside tables. */
export function markdownToDocx(markdown: string, look: ParagraphLook = {}): (Paragraph | Table)[] {
  return blocks(Lexer.lex(markdown, { gfm: true, breaks: true }), look, 0);
}
