/**
 * Which tensions came up in which phase: tension types down, phases across, the count printed
 * in each cell over a shade that grows with it. Empty cells are blank, so the pattern shows.
 */
import { phases, type Phase, type TensionType } from '../domain/taxonomy';
import { tensionCounts, type ChartSource } from './chartData';
import { chartFrame } from './chartFrame';
import { chartColors, heatFills, heatLevel } from './chartStyle';
import { serializeSvg, svg, wrapText, type SvgElement } from './svgTree';

export interface TensionMapLabels {
  title: string;
  description: string;
  /** Heading of the first column. */
  tension: string;
  total: string;
  phases: Record<Phase, string>;
  tensionType: (type: TensionType) => string;
  /** Shown when no tension was noted yet. */
  empty: string;
}

export interface TensionMapOptions {
  idPrefix?: string;
  /** Every tension type as a row, even those never noted. */
  allTypes?: boolean;
}

const layout = {
  labelWidth: 300,
  labelCharacters: 44,
  columnWidth: 96,
  totalWidth: 72,
  headerHeight: 34,
  rowHeight: 38,
  padding: 8,
} as const;

export function tensionMap(source: ChartSource, labels: TensionMapLabels, options: TensionMapOptions = {}): SvgElement {
  const idPrefix = options.idPrefix ?? 'tension-map';
  const counts = tensionCounts(source, options);
  const width = layout.padding * 2 + layout.labelWidth + phases.length * layout.columnWidth + layout.totalWidth;
  const bodyRows = Math.max(1, counts.rows.length) + 1;
  const height = layout.padding * 2 + layout.headerHeight + bodyRows * layout.rowHeight;
  const columnX = (index: number) => layout.padding + layout.labelWidth + index * layout.columnWidth;
  const totalX = columnX(phases.length);
  const rowY = (index: number) => layout.padding + layout.headerHeight + index * layout.rowHeight;

  const header = svg(
    'g',
    { class: 'header', 'font-weight': 600 },
    svg(
      'text',
      { x: layout.padding, y: layout.padding + layout.headerHeight / 2, 'dominant-baseline': 'middle' },
      labels.tension,
    ),
    phases.map((phase, index) =>
      svg(
        'text',
        {
          x: columnX(index) + layout.columnWidth / 2,
          y: layout.padding + layout.headerHeight / 2,
          'text-anchor': 'middle',
          'dominant-baseline': 'middle',
        },
        labels.phases[phase],
      ),
    ),
    svg(
      'text',
      {
        x: totalX + layout.totalWidth / 2,
        y: layout.padding + layout.headerHeight / 2,
        'text-anchor': 'middle',
        'dominant-baseline': 'middle',
      },
      labels.total,
    ),
  );

  const rows = counts.rows.map((row, index) => {
    const y = rowY(index);
    const full = labels.tensionType(row.type);
    const lines = wrapText(full, layout.labelCharacters, 2);
    const cut = lines.join(' ') !== full;
    return svg(
      'g',
      { class: 'row' },
      cut && svg('title', {}, full),
      rowLabel(lines, layout.padding, y),
      phases.map((phase, column) => cell(row.counts[phase], columnX(column), y, layout.columnWidth)),
      totalCell(row.total, totalX, y),
      separator(y + layout.rowHeight, width),
    );
  });

  const totalsY = rowY(Math.max(1, counts.rows.length));
  const totals = svg(
    'g',
    { class: 'totals', 'font-weight': 600 },
    svg('text', { x: layout.padding, y: totalsY + layout.rowHeight / 2, 'dominant-baseline': 'middle' }, labels.total),
    phases.map((phase, column) => totalCell(counts.totals[phase], columnX(column), totalsY, layout.columnWidth)),
    totalCell(counts.total, totalX, totalsY),
  );

  return chartFrame(
    { width: width, height: height, idPrefix, title: labels.title, description: labels.description },
    header,
    separator(layout.padding + layout.headerHeight, width, chartColors.frame),
    rows,
    counts.rows.length === 0 &&
      svg(
        'text',
        {
          x: layout.padding,
          y: rowY(0) + layout.rowHeight / 2,
          'dominant-baseline': 'middle',
          fill: chartColors.muted,
        },
        labels.empty,
      ),
    totals,
  );
}

/** The map as SVG markup, for exports. */
export function tensionMapSvg(source: ChartSource, labels: TensionMapLabels, options: TensionMapOptions = {}): string {
  return serializeSvg(tensionMap(source, labels, options));
}

function rowLabel(lines: string[], x: number, y: number): SvgElement {
  const lineHeight = 15;
  const firstY = y + layout.rowHeight / 2 - ((lines.length - 1) * lineHeight) / 2;
  return svg(
    'text',
    { x, y: firstY, 'dominant-baseline': 'middle' },
    lines.map((line, index) => svg('tspan', { x, y: firstY + index * lineHeight }, line)),
  );
}

function cell(count: number, x: number, y: number, width: number): SvgElement {
  const level = heatLevel(count);
  return svg(
    'g',
    { class: 'cell' },
    svg('rect', {
      x: x + 3,
      y: y + 3,
      width: width - 6,
      height: layout.rowHeight - 6,
      fill: heatFills[level],
      stroke: chartColors.grid,
      'stroke-width': 1,
    }),
    count > 0 &&
      svg(
        'text',
        {
          x: x + width / 2,
          y: y + layout.rowHeight / 2,
          'text-anchor': 'middle',
          'dominant-baseline': 'middle',
          'font-weight': 600,
          fill: level >= 3 ? chartColors.background : chartColors.ink,
        },
        String(count),
      ),
  );
}

function totalCell(count: number, x: number, y: number, width: number = layout.totalWidth): SvgElement {
  return svg(
    'text',
    {
      class: 'total',
      x: x + width / 2,
      y: y + layout.rowHeight / 2,
      'text-anchor': 'middle',
      'dominant-baseline': 'middle',
    },
    String(count),
  );
}

function separator(y: number, width: number, stroke: string = chartColors.grid): SvgElement {
  return svg('line', { x1: layout.padding, y1: y, x2: width - layout.padding, y2: y, stroke, 'stroke-width': 1 });
}
