/**
 * The alliance over time, as an SVG tree: one panel per element (bond, goals, tasks), the
 * practitioner's line solid with round markers, the caregiver's dashed with hollow squares,
 * phase bands behind, and rupture markers above. Labels come in already translated.
 */
import { allianceElements, type AllianceElement } from '../domain/ratings';
import type { Phase } from '../domain/taxonomy';
import { allianceGeometry, layout, panelStep, plotsBottom, tickDates, type AllianceGeometry } from './allianceGeometry';
import { legend, lineStyle, marker, ruptureShape } from './allianceMarks';
import { groupAlliance, groupPoints, type AlliancePeriod, type GroupingPeriod } from './alliancePeriods';
import { allianceTimeline, phaseBands, type AlliancePoint, type ChartSource, type Rupture } from './chartData';
import { chartFrame } from './chartFrame';
import { gridTick } from './gridTick';
import { chartColors, estimateTextWidth, phaseFills } from './chartStyle';
import { serializeSvg, svg, type SvgElement } from './svgTree';

export interface AllianceChartLabels {
  title: string;
  /** A sentence for screen readers: what the chart shows. */
  description: string;
  elements: Record<AllianceElement, string>;
  practitioner: string;
  caregiver: string;
  ratingAxis: string;
  dateAxis: string;
  rupturesLane: string;
  phases: Record<Phase, string>;
  ruptures: Record<Rupture, string>;
  /** Shown in the frame when no session has a rating or a rupture. */
  empty: string;
  /** A session date (`YYYY-MM-DD`) as the reader writes dates. */
  formatDate: (date: string) => string;
  /** Needed to draw weeks or months. */
  periods?: AlliancePeriodLabels;
}

export interface AlliancePeriodLabels {
  /** The date axis of a grouped chart, saying what each point is ("Week: median of its sessions"). */
  axis: Record<GroupingPeriod, string>;
  /** A period as a marker's tooltip names it: "week of 3 Mar 2025", "March 2025". */
  formatPeriod: (period: GroupingPeriod, start: string) => string;
  /** A day under a tick of the date axis: "3 Mar 2025", "Mar 2025". */
  formatTick: (period: GroupingPeriod, date: string) => string;
}

export interface AllianceChartOptions {
  width?: number;
  /** Prefix of the ids inside the SVG, unique in the page that shows it. */
  idPrefix?: string;
  /** Markers are drawn up to this many sessions; beyond it the dash pattern alone tells the lines apart. */
  maxMarkers?: number;
  /** One point per session (the default), or the median of each week or month. */
  period?: AlliancePeriod;
}

/** The chart as an SVG tree (`SvgView` in the app renders it; `allianceChartSvg` serializes it). */
export function allianceChart(
  source: ChartSource,
  labels: AllianceChartLabels,
  options: AllianceChartOptions = {},
): SvgElement {
  const idPrefix = options.idPrefix ?? 'alliance-chart';
  const period = options.period ?? 'session';
  const sessions = allianceTimeline(source);
  const points = period === 'session' ? sessions : groupPoints(groupAlliance(sessions, period));
  const pointLabels = period === 'session' ? labels : groupedLabels(labels, period);
  const formatTick =
    period === 'session' ? labels.formatDate : (date: string) => periodLabels(labels).formatTick(period, date);
  const geometry = allianceGeometry(points, options.width);
  const showMarkers = points.length <= (options.maxMarkers ?? 120);
  const hasData = points.some(
    (point) => point.practitioner !== undefined || point.caregiver !== undefined || point.ruptures.length > 0,
  );
  return chartFrame(
    { width: geometry.width, height: geometry.height, idPrefix, title: labels.title, description: labels.description },
    legend(labels),
    hasData && bands(points, geometry, labels),
    allianceElements.map((element) => panel(element, geometry, labels)),
    hasData && ruptureMarkers(points, geometry, pointLabels, showMarkers),
    hasData && allianceElements.map((element) => series(element, points, geometry, pointLabels, showMarkers)),
    dateAxis(points, geometry, pointLabels, formatTick),
    !hasData &&
      svg(
        'text',
        {
          x: (geometry.plotLeft + geometry.plotRight) / 2,
          y: layout.panelsTop + panelStep,
          'text-anchor': 'middle',
          fill: chartColors.muted,
        },
        labels.empty,
      ),
  );
}

function periodLabels(labels: AllianceChartLabels): AlliancePeriodLabels {
  if (labels.periods === undefined) throw new Error('the alliance chart needs period labels to draw weeks or months');
  return labels.periods;
}

/** A grouped chart's points are periods: their tooltips name the period, the axis says what a point is. */
function groupedLabels(labels: AllianceChartLabels, period: GroupingPeriod): AllianceChartLabels {
  const periods = periodLabels(labels);
  return {
    ...labels,
    dateAxis: periods.axis[period],
    formatDate: (start) => periods.formatPeriod(period, start),
  };
}

/** The chart as SVG markup, for exports. */
export function allianceChartSvg(
  source: ChartSource,
  labels: AllianceChartLabels,
  options: AllianceChartOptions = {},
): string {
  return serializeSvg(allianceChart(source, labels, options));
}

function bands(points: AlliancePoint[], geometry: AllianceGeometry, labels: AllianceChartLabels): SvgElement {
  const xs = points.map((point) => geometry.x(point.sessionDate));
  const children: SvgElement[] = [];
  for (const band of phaseBands(points)) {
    const before = xs[band.first - 1];
    const after = xs[band.last + 1];
    const first = xs[band.first] ?? geometry.plotLeft;
    const last = xs[band.last] ?? geometry.plotRight;
    const from = before === undefined ? geometry.plotLeft : (before + first) / 2;
    const to = after === undefined ? geometry.plotRight : (last + after) / 2;
    const label = labels.phases[band.phase];
    children.push(
      svg('rect', {
        x: from,
        y: layout.bandTop,
        width: Math.max(0, to - from),
        height: plotsBottom - layout.bandTop,
        fill: phaseFills[band.phase],
      }),
    );
    if (before !== undefined)
      children.push(
        svg('line', {
          x1: from,
          y1: layout.bandTop,
          x2: from,
          y2: plotsBottom,
          stroke: chartColors.frame,
          'stroke-width': 1,
        }),
      );
    if (estimateTextWidth(label) + 8 <= to - from)
      children.push(
        svg('text', { x: (from + to) / 2, y: layout.phaseLabelY, 'text-anchor': 'middle', 'font-weight': 600 }, label),
      );
  }
  return svg('g', { class: 'phases' }, children);
}

function panel(element: AllianceElement, geometry: AllianceGeometry, labels: AllianceChartLabels): SvgElement {
  const top = geometry.y(element, 10);
  const bottom = geometry.y(element, 0);
  const ticks = [0, 5, 10].map((rating) => svg('g', {}, gridTick(geometry, geometry.y(element, rating), rating)));
  return svg(
    'g',
    { class: 'panel' },
    svg('text', { x: geometry.plotLeft, y: top - 6, 'font-weight': 600 }, labels.elements[element]),
    ticks,
    svg('rect', {
      x: geometry.plotLeft,
      y: top,
      width: geometry.plotRight - geometry.plotLeft,
      height: bottom - top,
      fill: 'none',
      stroke: chartColors.frame,
      'stroke-width': 1,
    }),
  );
}

function series(
  element: AllianceElement,
  points: AlliancePoint[],
  geometry: AllianceGeometry,
  labels: AllianceChartLabels,
  showMarkers: boolean,
): SvgElement {
  const children: SvgElement[] = [];
  for (const who of ['practitioner', 'caregiver'] as const) {
    const rated = points.flatMap((point) => {
      const rating = point[who]?.[element];
      return rating === undefined
        ? []
        : [{ x: geometry.x(point.sessionDate), y: geometry.y(element, rating), rating, date: point.sessionDate }];
    });
    if (rated.length > 1)
      children.push(
        svg('polyline', {
          points: rated.map((point) => `${round(point.x)},${round(point.y)}`).join(' '),
          'stroke-linejoin': 'round',
          ...lineStyle(who),
        }),
      );
    if (showMarkers || rated.length === 1)
      for (const point of rated)
        children.push(
          marker(
            who,
            point.x,
            point.y,
            `${labels[who]}, ${labels.elements[element]}: ${point.rating} (${labels.formatDate(point.date)})`,
          ),
        );
  }
  return svg('g', { class: `series series-${element}` }, children);
}

/** Markers in their lane; guide lines down through the panels only while they stay readable. */
function ruptureMarkers(
  points: AlliancePoint[],
  geometry: AllianceGeometry,
  labels: AllianceChartLabels,
  guideLines: boolean,
): SvgElement {
  const children: SvgElement[] = [
    svg(
      'text',
      { x: geometry.plotLeft - 8, y: layout.ruptureLaneY, 'text-anchor': 'end', 'dominant-baseline': 'middle' },
      labels.rupturesLane,
    ),
  ];
  for (const point of points) {
    if (point.ruptures.length === 0) continue;
    const x = geometry.x(point.sessionDate);
    if (guideLines)
      children.push(
        svg('line', {
          x1: x,
          y1: layout.ruptureLaneY + 8,
          x2: x,
          y2: plotsBottom,
          stroke: chartColors.ruptureLine,
          'stroke-width': 1,
          'stroke-dasharray': '2 3',
        }),
      );
    point.ruptures.forEach((kind, index) => {
      const offset = (index - (point.ruptures.length - 1) / 2) * 12;
      children.push(
        ruptureShape(
          kind,
          x + offset,
          layout.ruptureLaneY,
          `${labels.ruptures[kind]} (${labels.formatDate(point.sessionDate)})`,
        ),
      );
    });
  }
  return svg('g', { class: 'ruptures' }, children);
}

function dateAxis(
  points: AlliancePoint[],
  geometry: AllianceGeometry,
  labels: AllianceChartLabels,
  formatTick: (date: string) => string,
): SvgElement {
  const children: SvgElement[] = [];
  for (const date of tickDates(points)) {
    const x = geometry.x(date);
    children.push(
      svg('line', { x1: x, y1: plotsBottom, x2: x, y2: plotsBottom + 5, stroke: chartColors.frame, 'stroke-width': 1 }),
      svg('text', { x, y: plotsBottom + 18, 'text-anchor': 'middle' }, formatTick(date)),
    );
  }
  children.push(
    svg(
      'text',
      {
        x: (geometry.plotLeft + geometry.plotRight) / 2,
        y: plotsBottom + 40,
        'text-anchor': 'middle',
        fill: chartColors.muted,
      },
      labels.dateAxis,
    ),
    svg(
      'text',
      {
        x: 14,
        y: (layout.panelsTop + plotsBottom) / 2,
        'text-anchor': 'middle',
        transform: `rotate(-90 14 ${round((layout.panelsTop + plotsBottom) / 2)})`,
        fill: chartColors.muted,
      },
      labels.ratingAxis,
    ),
  );
  return svg('g', { class: 'axis' }, children);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
