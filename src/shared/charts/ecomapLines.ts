/**
 * How each kind of ecomap line is drawn. The pattern carries the meaning, colour only repeats it:
 * strong is a thick solid line, strained a zig-zag, mixed a dash-dot, no data a thin dotted line.
 * Dashes alone are left free for "tenuous", the usual ecomap sign the journal cannot yet record.
 */
import type { LineQuality } from '../ecomap/ecomap';
import { chartColors } from './chartStyle';
import { formatNumber, svg, type SvgElement } from './svgTree';

export const ecomapLineColors: Record<LineQuality, string> = {
  strong: chartColors.ink,
  strained: chartColors.confrontation,
  mixed: chartColors.withdrawal,
  'no-data': chartColors.frame,
};

const widths: Record<LineQuality, number> = { strong: 4, strained: 2, mixed: 2.5, 'no-data': 1.5 };
const dashes: Partial<Record<LineQuality, string>> = { mixed: '12 5 2 5', 'no-data': '1 5' };

/** Half the height of a zig-zag's teeth, and the length of one. */
const zigzag = { amplitude: 4.5, step: 9 } as const;

export interface Point {
  x: number;
  y: number;
}

/** A line of the given quality from `start` to `end`. */
export function ecomapLine(quality: LineQuality, start: Point, end: Point): SvgElement {
  const style = {
    fill: 'none',
    stroke: ecomapLineColors[quality],
    'stroke-width': widths[quality],
    'stroke-dasharray': dashes[quality],
    'stroke-linecap': quality === 'no-data' ? 'round' : 'butt',
    'stroke-linejoin': 'round',
    class: `ecomap-line ecomap-line-${quality}`,
  };
  if (quality !== 'strained') return svg('line', { x1: start.x, y1: start.y, x2: end.x, y2: end.y, ...style });
  return svg('polyline', { points: zigzagPoints(start, end), ...style });
}

/** The points of a zig-zag along the segment, straight for a short stretch at each end. */
export function zigzagPoints(start: Point, end: Point): string {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  const length = Math.hypot(dx, dy);
  const points: Point[] = [start];
  if (length > zigzag.step * 3) {
    const ux = dx / length;
    const uy = dy / length;
    const teeth = Math.floor((length - zigzag.step) / zigzag.step);
    const margin = (length - teeth * zigzag.step) / 2;
    for (let index = 0; index <= teeth; index += 1) {
      const along = margin + index * zigzag.step;
      const side = index === 0 || index === teeth ? 0 : index % 2 === 0 ? 1 : -1;
      points.push({
        x: start.x + ux * along - uy * side * zigzag.amplitude,
        y: start.y + uy * along + ux * side * zigzag.amplitude,
      });
    }
  }
  points.push(end);
  return points.map((point) => `${formatNumber(point.x)},${formatNumber(point.y)}`).join(' ');
}
