/** One horizontal grid line across the plot with its value at the left, as the charts' scales draw them. */
import { chartColors } from './chartStyle';
import { svg, type SvgElement } from './svgTree';

export interface PlotSpan {
  plotLeft: number;
  plotRight: number;
}

export function gridTick(span: PlotSpan, y: number, value: number): SvgElement[] {
  return [
    svg('line', { x1: span.plotLeft, y1: y, x2: span.plotRight, y2: y, stroke: chartColors.grid, 'stroke-width': 1 }),
    svg('text', { x: span.plotLeft - 8, y, 'text-anchor': 'end', 'dominant-baseline': 'middle' }, String(value)),
  ];
}
