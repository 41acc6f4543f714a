/**
 * The goal attainment T-score over the reviews, as an SVG tree: one solid line, each review a
 * marker whose shape says where it stands against the expected 50 (a triangle up above it, down
 * below it, a circle on it) with its score written beside it, and a dashed line at 50. Colour is
 * never the only cue. Labels come in already translated.
 */
import { tickDates } from './allianceGeometry';
import { chartColors, chartFont, estimateTextWidth } from './chartStyle';
import { gridTick } from './gridTick';
import { serializeSvg, svg, type SvgElement } from './svgTree';

export interface AttainmentPoint {
  reviewedOn: string;
  /** Undefined when none of the goals rated at the review still has a scale. */
  tScore?: number | undefined;
}

export interface AttainmentChartLabels {
  title: string;
  /** A sentence for screen readers: what the chart shows. */
  description: string;
  score: string;
  scoreAxis: string;
  dateAxis: string;
  /** The dashed line at 50. */
  expected: string;
  /** Shown in the frame when no review has a score. */
  empty: string;
  formatDate: (date: string) => string;
  /** A T-score as the reader writes numbers (one decimal). */
  formatScore: (score: number) => string;
}

export interface AttainmentChartOptions {
  width?: number;
  idPrefix?: string;
}

const margin = { left: 64, right: 24, top: 44, bottom: 56 } as const;
const plotHeight = 200;
const legendY = 14;
const dayMilliseconds = 86_400_000;

/** Where the chart puts a review and a score, for the SVG and for tests. */
export function attainmentGeometry(points: readonly AttainmentPoint[], width = 760) {
  const scores = points.flatMap((point) => (point.tScore === undefined ? [] : [point.tScore]));
  const low = Math.min(30, Math.floor((Math.min(...scores, 50) - 5) / 10) * 10);
  const high = Math.max(70, Math.ceil((Math.max(...scores, 50) + 5) / 10) * 10);
  const days = points.map((point) => dayNumber(point.reviewedOn));
  let first = days.length === 0 ? 0 : Math.min(...days);
  let last = days.length === 0 ? 1 : Math.max(...days);
  if (last - first < 2) {
    first -= 1;
    last += 1;
  }
  const padding = (last - first) * 0.06;
  const plotLeft = margin.left;
  const plotRight = width - margin.right;
  const plotTop = margin.top;
  const plotBottom = margin.top + plotHeight;
  return {
    width,
    height: plotBottom + margin.bottom,
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    low,
    high,
    x: (date: string) =>
      plotLeft + ((dayNumber(date) - first + padding) / (last - first + 2 * padding)) * (plotRight - plotLeft),
    y: (score: number) => plotBottom - ((score - low) / (high - low)) * plotHeight,
  };
}

type Geometry = ReturnType<typeof attainmentGeometry>;

/** Which side of the expected 50 a score is on: the marker's shape. */
export function attainmentSide(score: number): 'above' | 'expected' | 'below' {
  const rounded = Math.round(score * 10) / 10;
  return rounded > 50 ? 'above' : rounded < 50 ? 'below' : 'expected';
}

export function attainmentChart(
  points: readonly AttainmentPoint[],
  labels: AttainmentChartLabels,
  options: AttainmentChartOptions = {},
): SvgElement {
  const idPrefix = options.idPrefix ?? 'attainment-chart';
  const geometry = attainmentGeometry(points, options.width);
  const scored = points.flatMap((point) =>
    point.tScore === undefined ? [] : [{ date: point.reviewedOn, score: point.tScore }],
  );
  return svg(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${geometry.width} ${geometry.height}`,
      width: geometry.width,
      height: geometry.height,
      role: 'img',
      'aria-labelledby': `${idPrefix}-title ${idPrefix}-description`,
      'font-family': chartFont.family,
      'font-size': chartFont.size,
      fill: chartColors.ink,
    },
    svg('title', { id: `${idPrefix}-title` }, labels.title),
    svg('desc', { id: `${idPrefix}-description` }, labels.description),
    svg('rect', { x: 0, y: 0, width: geometry.width, height: geometry.height, fill: chartColors.background }),
    legend(labels),
    grid(geometry),
    expectedLine(geometry, labels),
    scored.length > 1 &&
      svg('polyline', {
        class: 'attainment-line',
        points: scored.map((point) => `${round(geometry.x(point.date))},${round(geometry.y(point.score))}`).join(' '),
        fill: 'none',
        stroke: chartColors.practitioner,
        'stroke-width': 2,
        'stroke-linejoin': 'round',
      }),
    svg(
      'g',
      { class: 'attainment-points' },
      scored.map((point) => {
        const x = geometry.x(point.date);
        const y = geometry.y(point.score);
        const side = attainmentSide(point.score);
        const text = labels.formatScore(point.score);
        return svg(
          'g',
          { class: `attainment-point attainment-${side}` },
          scoreMarker(side, x, y, `${labels.score} ${text} (${labels.formatDate(point.date)})`),
          svg('text', { x, y: side === 'below' ? y + 20 : y - 12, 'text-anchor': 'middle', 'font-weight': 600 }, text),
        );
      }),
    ),
    dateAxis(points, geometry, labels),
    scored.length === 0 &&
      svg(
        'text',
        {
          x: (geometry.plotLeft + geometry.plotRight) / 2,
          y: geometry.plotTop + 40,
          'text-anchor': 'middle',
          fill: chartColors.muted,
        },
        labels.empty,
      ),
  );
}

/** The chart as SVG markup, for exports. */
export function attainmentChartSvg(
  points: readonly AttainmentPoint[],
  labels: AttainmentChartLabels,
  options: AttainmentChartOptions = {},
): string {
  return serializeSvg(attainmentChart(points, labels, options));
}

/** Above 50: a triangle pointing up; below: pointing down, hollow; at 50: a circle. */
function scoreMarker(side: ReturnType<typeof attainmentSide>, x: number, y: number, title: string): SvgElement {
  const tooltip = svg('title', {}, title);
  if (side === 'expected') return svg('circle', { cx: x, cy: y, r: 5, fill: chartColors.practitioner }, tooltip);
  if (side === 'above')
    return svg(
      'path',
      {
        d: `M ${round(x)} ${round(y - 6)} L ${round(x + 6)} ${round(y + 5)} L ${round(x - 6)} ${round(y + 5)} Z`,
        fill: chartColors.practitioner,
      },
      tooltip,
    );
  return svg(
    'path',
    {
      d: `M ${round(x - 6)} ${round(y - 5)} L ${round(x + 6)} ${round(y - 5)} L ${round(x)} ${round(y + 6)} Z`,
      fill: chartColors.background,
      stroke: chartColors.caregiver,
      'stroke-width': 2,
    },
    tooltip,
  );
}

function legend(labels: AttainmentChartLabels): SvgElement {
  const x = margin.left;
  const second = x + 30 + estimateTextWidth(labels.score) + 24;
  return svg(
    'g',
    { class: 'legend' },
    svg('line', { x1: x, y1: legendY, x2: x + 24, y2: legendY, stroke: chartColors.practitioner, 'stroke-width': 2 }),
    svg('text', { x: x + 30, y: legendY, 'dominant-baseline': 'middle' }, labels.score),
    svg('line', {
      x1: second,
      y1: legendY,
      x2: second + 24,
      y2: legendY,
      stroke: chartColors.muted,
      'stroke-width': 1.5,
      'stroke-dasharray': '6 4',
    }),
    svg('text', { x: second + 30, y: legendY, 'dominant-baseline': 'middle' }, labels.expected),
  );
}

function grid(geometry: Geometry): SvgElement {
  const ticks: SvgElement[] = [];
  for (let score = geometry.low; score <= geometry.high; score += 10) {
    ticks.push(...gridTick(geometry, geometry.y(score), score));
  }
  return svg(
    'g',
    { class: 'grid' },
    ticks,
    svg('rect', {
      x: geometry.plotLeft,
      y: geometry.plotTop,
      width: geometry.plotRight - geometry.plotLeft,
      height: geometry.plotBottom - geometry.plotTop,
      fill: 'none',
      stroke: chartColors.frame,
      'stroke-width': 1,
    }),
  );
}

function expectedLine(geometry: Geometry, labels: AttainmentChartLabels): SvgElement {
  const y = geometry.y(50);
  return svg(
    'g',
    { class: 'expected' },
    svg('line', {
      x1: geometry.plotLeft,
      y1: y,
      x2: geometry.plotRight,
      y2: y,
      stroke: chartColors.muted,
      'stroke-width': 1.5,
      'stroke-dasharray': '6 4',
    }),
    svg('title', {}, labels.expected),
  );
}

function dateAxis(points: readonly AttainmentPoint[], geometry: Geometry, labels: AttainmentChartLabels): SvgElement {
  const children: SvgElement[] = [];
  for (const date of tickDates(points.map((point) => ({ sessionDate: point.reviewedOn })))) {
    const x = geometry.x(date);
    children.push(
      svg('line', {
        x1: x,
        y1: geometry.plotBottom,
        x2: x,
        y2: geometry.plotBottom + 5,
        stroke: chartColors.frame,
        'stroke-width': 1,
      }),
      svg('text', { x, y: geometry.plotBottom + 18, 'text-anchor': 'middle' }, labels.formatDate(date)),
    );
  }
  const middle = (geometry.plotTop + geometry.plotBottom) / 2;
  children.push(
    svg(
      'text',
      {
        x: (geometry.plotLeft + geometry.plotRight) / 2,
        y: geometry.plotBottom + 40,
        'text-anchor': 'middle',
        fill: chartColors.muted,
      },
      labels.dateAxis,
    ),
    svg(
      'text',
      {
        x: 16,
        y: middle,
        'text-anchor': 'middle',
        transform: `rotate(-90 16 ${round(middle)})`,
        fill: chartColors.muted,
      },
      labels.scoreAxis,
    ),
  );
  return svg('g', { class: 'axis' }, children);
}

function dayNumber(date: string): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / dayMilliseconds;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
