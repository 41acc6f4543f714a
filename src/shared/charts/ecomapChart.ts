/**
 * The family's ecomap as an SVG tree: the child (or children) in a circle at the centre, every
 * other party in a box around it, and a line from each to the centre drawn by its quality, with
 * the count of sessions behind it printed on the line. Labels come in already translated; party
 * names come in as the caller chooses (names in the app, pseudonyms in the brief).
 */
import type { Ecomap, EcomapLine, LineQuality } from '../ecomap/ecomap';
import { lineQualities } from '../ecomap/ecomap';
import { chartFrame } from './chartFrame';
import { chartColors, estimateTextWidth } from './chartStyle';
import { ecomapLine, type Point } from './ecomapLines';
import { serializeSvg, svg, wrapText, type SvgElement } from './svgTree';

export interface EcomapChartLabels {
  title: string;
  /** A sentence for screen readers: what the chart shows. */
  description: string;
  /** The centre's label when the case has no child among its parties. */
  child: string;
  /** A party's name as this chart shows it. */
  party: (partyId: string) => string;
  qualities: Record<LineQuality, string>;
  /** The text on a line: "3 sessions", "2 strong · 1 strained". Empty for none. */
  count: (line: EcomapLine) => string;
  /** Shown when the case has nobody but the child. */
  empty: string;
}

export interface EcomapChartOptions {
  idPrefix?: string;
  /** Narrower than the usual 740 for a printed page: the boxes move in, the text keeps its size. */
  width?: number;
}

const layout = {
  width: 740,
  mapHeight: 560,
  legendHeight: 44,
  centreRadius: 54,
  boxWidth: 136,
  boxHeight: 42,
  boxCharacters: 19,
  orbitX: 282,
  orbitY: 218,
  padding: 12,
} as const;

/**
 * The map's size and orbit for a width: the orbit of a narrower map loses half the width lost
 * and gains all of it in height (the map twice that), so twelve boxes still stay apart.
 */
function mapFrame(width: number) {
  const narrower = layout.width - width;
  return {
    mapHeight: layout.mapHeight + 2 * narrower,
    orbitX: layout.orbitX - narrower / 2,
    orbitY: layout.orbitY + narrower,
  };
}

/** Where each party's box sits: evenly round an ellipse, the first at the top. */
export function ecomapPositions(count: number, width: number = layout.width): Point[] {
  const { mapHeight, orbitX, orbitY } = mapFrame(width);
  const centre = { x: width / 2, y: mapHeight / 2 };
  return Array.from({ length: count }, (_, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / Math.max(1, count);
    return { x: centre.x + orbitX * Math.cos(angle), y: centre.y + orbitY * Math.sin(angle) };
  });
}

export function ecomapChart(map: Ecomap, labels: EcomapChartLabels, options: EcomapChartOptions = {}): SvgElement {
  const idPrefix = options.idPrefix ?? 'ecomap';
  const width = options.width ?? layout.width;
  const { mapHeight } = mapFrame(width);
  const height = mapHeight + layout.legendHeight;
  const centre = { x: width / 2, y: mapHeight / 2 };
  const positions = ecomapPositions(map.lines.length, width);
  const centreName = map.centre.length === 0 ? labels.child : map.centre.map(labels.party).join(', ');

  const ends = map.lines.map((_, index) => {
    const box = positions[index] ?? centre;
    return { start: towards(centre, box, layout.centreRadius + 2), end: boxEdge(box, centre) };
  });
  const lines = map.lines.map((line, index) => {
    const { start, end } = ends[index] ?? { start: centre, end: centre };
    return svg(
      'g',
      { class: 'ecomap-link' },
      svg('title', {}, `${labels.party(line.partyId)}: ${labels.qualities[line.quality]}. ${labels.count(line)}`),
      ecomapLine(line.quality, start, end),
    );
  });
  // Drawn after the boxes and the centre: a long count ("strong in 6 · strained in 1") on a short
  // line reaches over a box's edge, and must stay readable there.
  const counts = map.lines.flatMap((line, index) => {
    const { start, end } = ends[index] ?? { start: centre, end: centre };
    return countLabel(labels.count(line), { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 }) || [];
  });
  const boxes = map.lines.map((line, index) => partyBox(labels.party(line.partyId), positions[index] ?? centre));

  return chartFrame(
    { width: width, height: height, idPrefix, title: labels.title, description: labels.description },
    svg('g', { class: 'ecomap-lines' }, lines),
    svg('g', { class: 'ecomap-parties' }, boxes),
    centreCircle(centreName, centre),
    svg('g', { class: 'ecomap-counts' }, counts),
    map.lines.length === 0 &&
      svg(
        'text',
        { x: centre.x, y: centre.y + layout.centreRadius + 28, 'text-anchor': 'middle', fill: chartColors.muted },
        labels.empty,
      ),
    legend(labels, mapHeight + layout.legendHeight / 2),
  );
}

/** The ecomap as SVG markup, for exports. */
export function ecomapChartSvg(map: Ecomap, labels: EcomapChartLabels, options: EcomapChartOptions = {}): string {
  return serializeSvg(ecomapChart(map, labels, options));
}

/** The point `distance` from `from` on the way to `to`. */
function towards(from: Point, to: Point, distance: number): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: from.x + ((to.x - from.x) / length) * distance, y: from.y + ((to.y - from.y) / length) * distance };
}

/** Where the segment from a box's centre to `target` leaves the box. */
function boxEdge(box: Point, target: Point): Point {
  const dx = target.x - box.x;
  const dy = target.y - box.y;
  const scale = Math.min(
    dx === 0 ? Infinity : layout.boxWidth / 2 / Math.abs(dx),
    dy === 0 ? Infinity : layout.boxHeight / 2 / Math.abs(dy),
  );
  return { x: box.x + dx * Math.min(1, scale), y: box.y + dy * Math.min(1, scale) };
}

function textLines(lines: string[], at: Point, lineHeight: number, extra: Record<string, string | number> = {}) {
  const firstY = at.y - ((lines.length - 1) * lineHeight) / 2;
  return svg(
    'text',
    { x: at.x, y: firstY, 'text-anchor': 'middle', 'dominant-baseline': 'middle', ...extra },
    lines.map((line, index) => svg('tspan', { x: at.x, y: firstY + index * lineHeight }, line)),
  );
}

function partyBox(name: string, at: Point): SvgElement {
  const lines = wrapText(name, layout.boxCharacters, 2);
  return svg(
    'g',
    { class: 'ecomap-party' },
    lines.join(' ') !== name && svg('title', {}, name),
    svg('rect', {
      x: at.x - layout.boxWidth / 2,
      y: at.y - layout.boxHeight / 2,
      width: layout.boxWidth,
      height: layout.boxHeight,
      fill: chartColors.background,
      stroke: chartColors.muted,
      'stroke-width': 1.5,
    }),
    textLines(lines, at, 15),
  );
}

function centreCircle(name: string, at: Point): SvgElement {
  const lines = wrapText(name, 13, 3);
  return svg(
    'g',
    { class: 'ecomap-centre' },
    lines.join(' ') !== name && svg('title', {}, name),
    svg('circle', {
      cx: at.x,
      cy: at.y,
      r: layout.centreRadius,
      fill: '#e6eff4',
      stroke: chartColors.ink,
      'stroke-width': 2,
    }),
    textLines(lines, at, 15, { 'font-weight': 600 }),
  );
}

function countLabel(text: string, at: Point): SvgElement | false {
  if (text === '') return false;
  const width = estimateTextWidth(text, 11) + 10;
  return svg(
    'g',
    { class: 'ecomap-count' },
    svg('rect', {
      x: at.x - width / 2,
      y: at.y - 9,
      width,
      height: 18,
      fill: chartColors.background,
      stroke: chartColors.grid,
      'stroke-width': 1,
    }),
    svg('text', { x: at.x, y: at.y, 'text-anchor': 'middle', 'dominant-baseline': 'middle', 'font-size': 11 }, text),
  );
}

function legend(labels: EcomapChartLabels, y: number): SvgElement {
  let x = layout.padding;
  const items = lineQualities.map((quality) => {
    const item = svg(
      'g',
      { class: 'ecomap-legend-item' },
      ecomapLine(quality, { x, y }, { x: x + 40, y }),
      svg('text', { x: x + 48, y, 'dominant-baseline': 'middle' }, labels.qualities[quality]),
    );
    x += 48 + estimateTextWidth(labels.qualities[quality]) + 28;
    return item;
  });
  return svg('g', { class: 'legend' }, items);
}
