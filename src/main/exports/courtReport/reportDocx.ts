/**
 * A court-report document as a Word file, from the same blocks as the Markdown. The review copy
 * has "DRAFT – for your comments" in the header of every section, its report section numbered
 * line by line (Word's own line numbering, so the numbers follow the printed lines), and a
 * ruled box after each section; both documents have "Page X of Y" in the footer. The file's
 * metadata names no one: the author is "Alianza".
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LineNumberRestartFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { CourtReportDocument, ReportBlock } from '../../../shared/exports/courtReport/reportDocument';
import { paragraphsOf, statementParagraphs, textParagraphs } from '../../../shared/exports/courtReport/paragraphs';
import { numberedParagraphs } from '../../../shared/exports/courtReport/reviewLines';
import { reportLabels } from '../../../shared/exports/labels/reportTexts';

const author = 'Alianza';
const accent = '23607A';
const marking = 'A33A3A';
/** A4 with 2.5 cm margins: room in the left one for the line numbers. */
const page = { size: { width: 11906, height: 16838 }, margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 } };

/** Lines of one paragraph of plain text as runs with line breaks between them. */
function lineRuns(text: string, style: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun[] {
  return text
    .split('\n')
    .map((line, index) => new TextRun({ text: line.trim(), break: index === 0 ? 0 : 1, ...style }));
}

/**
 * The caregiver's space to write in: a shaded box with a heading and a prompt, then ruled lines.
 * Each line is a table row, because word processors merge the borders of consecutive paragraphs.
 */
function commentSpace(block: Extract<ReportBlock, { kind: 'comment-space' }>): Table {
  const box = { style: BorderStyle.SINGLE, size: 12, color: accent };
  const rule = { style: BorderStyle.SINGLE, size: 4, color: '8A948C' };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const cell = (children: Paragraph[], place: { first: boolean; last: boolean }) =>
    new TableCell({
      borders: { top: place.first ? box : none, left: box, right: box, bottom: place.last ? box : rule },
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F3F7F9' },
      margins: { top: 80, bottom: 40, left: 160, right: 160 },
      children,
    });
  const paragraph = (text: string, style: { bold?: boolean; italics?: boolean }) =>
    new Paragraph({ suppressLineNumbers: true, keepNext: true, children: lineRuns(text, style) });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell([paragraph(block.heading, { bold: true }), paragraph(block.prompt, { italics: true })], {
            first: true,
            last: false,
          }),
        ],
      }),
      ...Array.from(
        { length: block.lines },
        (_, index) =>
          new TableRow({
            cantSplit: true,
            height: { value: 567, rule: 'atLeast' },
            children: [
              cell([new Paragraph({ suppressLineNumbers: true, children: [] })], {
                first: false,
                last: index === block.lines - 1,
              }),
            ],
          }),
      ),
    ],
  });
}

/** Word paragraphs and tables for blocks; `numbered`: text lines count, headings and boxes do not. */
function blockChildren(blocks: readonly ReportBlock[], numbered: boolean): (Paragraph | Table)[] {
  const suppress = numbered ? {} : { suppressLineNumbers: true };
  // Numbered text breaks where the review copy's numbering does (`reviewLines.ts`), so Word's
  // numbers are those of the Markdown copy and of the report screen.
  const paragraphs = (block: ReportBlock, written: string[][]): string[] =>
    (numbered ? numberedParagraphs(block) : written).map((lines) => lines.join('\n'));
  const children: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        children.push(
          new Paragraph({
            heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
            keepNext: true,
            suppressLineNumbers: true,
            ...(block.newPage === true ? { pageBreakBefore: true } : {}),
            children: lineRuns(block.text),
          }),
        );
        break;
      case 'paragraph':
        for (const text of paragraphs(block, textParagraphs(block.text)))
          children.push(new Paragraph({ ...suppress, children: lineRuns(text, { italics: block.emphasis === true }) }));
        break;
      case 'list':
        for (const item of block.items)
          children.push(new Paragraph({ ...suppress, bullet: { level: 0 }, children: lineRuns(item) }));
        break;
      case 'fields':
        for (const row of block.rows)
          children.push(
            new Paragraph({
              ...suppress,
              spacing: { after: 40 },
              children: [new TextRun({ text: `${row.label}: `, bold: true }), new TextRun(row.value)],
            }),
          );
        break;
      case 'statement': {
        const [label = '', ...rest] = paragraphs(block, statementParagraphs(block));
        const sessions = block.sessions === undefined ? undefined : rest.pop();
        const texts = rest;
        children.push(
          new Paragraph({
            ...suppress,
            keepNext: true,
            spacing: { before: 160, after: 40 },
            children: lineRuns(label, { bold: true }),
          }),
          ...texts.map(
            (text, index) =>
              new Paragraph({
                ...suppress,
                keepNext: index < texts.length - 1 || sessions !== undefined,
                children: lineRuns(text),
              }),
          ),
        );
        if (sessions !== undefined)
          children.push(new Paragraph({ ...suppress, children: lineRuns(sessions, { italics: true, size: 20 }) }));
        break;
      }
      case 'quote':
        for (const text of paragraphsOf(block.text))
          children.push(
            new Paragraph({
              ...suppress,
              indent: { left: 567 },
              border: { left: { style: BorderStyle.SINGLE, size: 12, color: accent, space: 8 } },
              children: lineRuns(text),
            }),
          );
        break;
      case 'comment-space':
        children.push(commentSpace(block), new Paragraph({ suppressLineNumbers: true, children: [] }));
        break;
    }
  }
  return children;
}

/** "Page {page} of {pages}" with the two placeholders as Word's page fields. */
function pageFooter(template: string): Footer {
  const children = template
    .split(/(\{page\}|\{pages\})/)
    .filter((piece) => piece !== '')
    .map((piece) => (piece === '{page}' ? PageNumber.CURRENT : piece === '{pages}' ? PageNumber.TOTAL_PAGES : piece));
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        // LibreOffice numbers header and footer lines unless told not to; Word never does.
        suppressLineNumbers: true,
        children: [new TextRun({ children, size: 18 })],
      }),
    ],
  });
}

function markingHeader(text: string): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        suppressLineNumbers: true,
        children: [new TextRun({ text, bold: true, color: marking, size: 22 })],
      }),
    ],
  });
}

/** The DOCX file's bytes. */
export async function reportDocx(document: CourtReportDocument): Promise<Uint8Array> {
  const footer = pageFooter(document.pageOfPages);
  const headers = document.marking === undefined ? {} : { headers: { default: markingHeader(document.marking) } };
  const titleBlock = [
    new Paragraph({ heading: HeadingLevel.TITLE, suppressLineNumbers: true, children: lineRuns(document.title) }),
    ...(document.subtitle === undefined
      ? []
      : [
          new Paragraph({ suppressLineNumbers: true, children: lineRuns(document.subtitle, { bold: true, size: 26 }) }),
        ]),
  ];
  const sections: ISectionOptions[] =
    document.kind === 'review'
      ? [
          // The cover note on its own, then the report itself numbered from line 1 on a new page.
          {
            properties: { page },
            footers: { default: footer },
            ...headers,
            children: [...titleBlock, ...blockChildren(document.front, false)],
          },
          {
            properties: {
              page,
              lineNumbers: { countBy: 1, start: 1, restart: LineNumberRestartFormat.NEW_SECTION, distance: 340 },
            },
            footers: { default: footer },
            ...headers,
            children: [...blockChildren(document.body, true), ...blockChildren(document.back, false)],
          },
        ]
      : [
          {
            properties: { page },
            footers: { default: footer },
            ...headers,
            children: [
              ...titleBlock,
              ...blockChildren(document.front, false),
              ...blockChildren(document.body, false),
              ...blockChildren(document.back, false),
            ],
          },
        ];
  const font = document.kind === 'review' ? 'Arial' : 'Times New Roman';
  const heading = (size: number) => ({
    run: { font, size, bold: true, color: accent },
    paragraph: { spacing: { before: 280, after: 120 } },
  });
  const file = new Document({
    title: document.title,
    creator: author,
    lastModifiedBy: author,
    styles: {
      default: {
        document: {
          run: {
            font,
            size: document.kind === 'review' ? 24 : 23,
            language: { value: reportLabels(document.language).texts.locale },
          },
          paragraph: { spacing: { after: 120, line: 300 } },
        },
        title: { run: { font, size: 40, bold: true, color: accent }, paragraph: { spacing: { after: 200 } } },
        heading2: heading(28),
        heading3: heading(24),
      },
    },
    sections,
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
