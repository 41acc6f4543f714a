/** Where everything sits on the alliance chart: the panels, the time axis, the rating scale. */
import { allianceElements, type AllianceElement } from '../domain/ratings';
import type { AlliancePoint } from './chartData';

/** Pixel positions of the rows of the chart, top to bottom, and its left and right margins. */
export const layout = {
  left: 64,
  right: 20,
  legendY: 14,
  phaseLabelY: 48,
  bandTop: 36,
  ruptureLaneY: 68,
  panelsTop: 84,
  panelTitle: 18,
  panelHeight: 96,
  panelGap: 14,
} as const;

export const panelStep = layout.panelTitle + layout.panelHeight + layout.panelGap;
export const plotsBottom = layout.panelsTop + allianceElements.length * panelStep - layout.panelGap;
const chartHeight = plotsBottom + 52;
const dayMilliseconds = 86_400_000;

/** The position of each part of the chart, for the SVG and for tests. */
export interface AllianceGeometry {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  x: (date: string) => number;
  /** The y of a rating in the panel of an element. */
  y: (element: AllianceElement, rating: number) => number;
}

function dayNumber(date: string): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / dayMilliseconds;
}

function dateOfDay(day: number): string {
  return new Date(Math.round(day) * dayMilliseconds).toISOString().slice(0, 10);
}

export function allianceGeometry(points: readonly Pick<AlliancePoint, 'sessionDate'>[], width = 760): AllianceGeometry {
  const days = points.map((point) => dayNumber(point.sessionDate));
  let low = days.length === 0 ? 0 : Math.min(...days);
  let high = days.length === 0 ? 1 : Math.max(...days);
  if (high - low < 2) {
    low -= 1;
    high += 1;
  }
  const padding = (high - low) * 0.03;
  low -= padding;
  high += padding;
  const plotLeft = layout.left;
  const plotRight = width - layout.right;
  return {
    width,
    height: chartHeight,
    plotLeft,
    plotRight,
    x: (date) => plotLeft + ((dayNumber(date) - low) / (high - low)) * (plotRight - plotLeft),
    y: (element, rating) => {
      const top = layout.panelsTop + allianceElements.indexOf(element) * panelStep + layout.panelTitle;
      return top + layout.panelHeight - (rating / 10) * layout.panelHeight;
    },
  };
}

/** Up to six dates to label: every session date when there are few, else evenly spaced days. */
export function tickDates(points: readonly Pick<AlliancePoint, 'sessionDate'>[], most = 6): string[] {
  const dates = [...new Set(points.map((point) => point.sessionDate))].sort();
  if (dates.length <= most) return dates;
  const first = dayNumber(dates[0] ?? '1970-01-01');
  const last = dayNumber(dates.at(-1) ?? '1970-01-01');
  const ticks = Array.from({ length: most - 1 }, (_, index) =>
    dateOfDay(first + ((last - first) * index) / (most - 2)),
  );
  return [...new Set(ticks)];
}
