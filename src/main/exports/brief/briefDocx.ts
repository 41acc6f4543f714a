/**
 * The brief as a Word document, from the same blocks as the Markdown and HTML: headings, tables,
 * the questions in a box, each large part on a new page, the charts (alliance, tensions, ecomap) as SVG with a PNG beside them
 * for word processors that cannot show SVG, ruled lines for the supervisor. The file's metadata
 * names no one: the author is "Alianza" and the title carries only the de-identified case label.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { serializeSvg } from '../../../shared/charts/svgTree';
import type { BlockSection, BriefBlock } from '../../../shared/exports/brief/briefBlocks';
import { pageTextWidth, type BriefChart, type BriefChartName } from '../../../shared/exports/brief/briefCharts';
import { fill, type BriefLabels } from '../../../shared/exports/labels/briefTexts';
import { chartFallback } from './chartImages';
import { markdownToDocx, type ParagraphLook } from './markdownDocx';

export interface DocxInput {
  blocks: readonly BriefBlock[];
  charts: Record<BriefChartName, BriefChart>;
  labels: BriefLabels;
  title: string;
  caseLabel: string;
  /** The file's reference (`SB-…`), repeated in the footer of every page. */
  reference?: string;
}

const author = 'Alianza';
const accent = '23607A';
/** Parts that start on a new page when printed, as in the HTML's print stylesheet. */
const newPage: readonly BlockSection[] = ['alliance', 'tensions', 'excerpts', 'notes'];

const questionsBox: ParagraphLook = {
  border: {
    top: { style: BorderStyle.SINGLE, size: 12, color: accent, space: 6 },
    bottom: { style: BorderStyle.SINGLE, size: 12, color: accent, space: 6 },
    left: { style: BorderStyle.SINGLE, size: 12, color: accent, space: 8 },
    right: { style: BorderStyle.SINGLE, size: 12, color: accent, space: 8 },
  },
  shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF5F8' },
};

function chartParagraph(chart: BriefChart, fallback: Buffer): Paragraph {
  const width = Number(chart.tree.attributes.width ?? 600);
  const height = Number(chart.tree.attributes.height ?? 400);
  const scale = Math.min(1, pageTextWidth / width);
  return new Paragraph({
    keepNext: true,
    spacing: { line: 240, lineRule: LineRuleType.AUTO },
    children: [
      new ImageRun({
        type: 'svg',
        data: Buffer.from(serializeSvg(chart.tree), 'utf8'),
        fallback: { type: 'png', data: fallback },
        transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
        altText: { name: chart.description, description: chart.description, title: chart.description },
      }),
    ],
  });
}

function writingLines(lines: number): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const rule = { style: BorderStyle.SINGLE, size: 4, color: '8A948C' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: Array.from(
      { length: lines },
      () =>
        new TableRow({
          height: { value: 520, rule: 'atLeast' },
          children: [
            new TableCell({
              children: [new Paragraph('')],
              borders: { top: none, left: none, right: none, bottom: rule },
            }),
          ],
        }),
    ),
  });
}

/** The DOCX file's bytes. */
export async function briefDocx(input: DocxInput): Promise<Uint8Array> {
  const { labels } = input;
  // The charts' pixels first: their PNGs are compressed while the text is laid out. The compression
  // starts on the thread pool only once this function has yielded, so it yields after each chart.
  const fallbacks = new Map<BriefChartName, Promise<Buffer>>();
  for (const block of input.blocks) {
    if (block.kind !== 'chart' || fallbacks.has(block.chart)) continue;
    fallbacks.set(block.chart, chartFallback(input.charts[block.chart]));
    await nextTurn();
  }
  const laidOut: (Paragraph | Table | BriefChartName)[] = [];
  let section: BlockSection | undefined;
  for (const [index, block] of input.blocks.entries()) {
    const starts = block.section !== section && newPage.includes(block.section);
    section = block.section;
    if (starts) laidOut.push(new Paragraph({ pageBreakBefore: true, children: [] }));
    // What introduces a chart (its heading, a sentence) stays on the chart's page.
    const introducesChart = input.blocks[index + 1]?.kind === 'chart';
    if (block.kind === 'markdown')
      laidOut.push(
        ...markdownToDocx(block.markdown, {
          ...(block.section === 'questions' ? questionsBox : {}),
          ...(introducesChart ? { keepNext: true } : {}),
        }),
      );
    else if (block.kind === 'chart') laidOut.push(block.chart);
    else laidOut.push(writingLines(block.lines));
  }
  const pngs = new Map<BriefChartName, Buffer>();
  for (const [chart, png] of fallbacks) pngs.set(chart, await png);
  const children = laidOut.map((child) =>
    typeof child === 'string' ? chartParagraph(input.charts[child], pngs.get(child) ?? Buffer.alloc(0)) : child,
  );
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            text: `${[fill(labels.texts.footer, { caseLabel: input.caseLabel }), input.reference].filter(Boolean).join(' · ')} · `,
            size: 16,
          }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
        ],
      }),
    ],
  });
  const heading = (size: number) => ({
    run: { font: 'Georgia', color: accent, size },
    paragraph: { spacing: { before: 240, after: 120 } },
  });
  const document = new Document({
    title: input.title,
    creator: author,
    lastModifiedBy: author,
    description: labels.texts.title,
    styles: {
      default: {
        document: {
          run: { font: 'Georgia', size: 21 },
          // `auto`: proportional spacing, which also lets a line grow to fit a chart.
          paragraph: { spacing: { after: 100, line: 276, lineRule: LineRuleType.AUTO } },
        },
        heading1: heading(40),
        heading2: heading(30),
        heading3: { ...heading(25), run: { font: 'Georgia', size: 25, bold: true } },
        heading4: { ...heading(22), run: { font: 'Georgia', size: 22, bold: true } },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
