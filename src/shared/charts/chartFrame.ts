/**
 * The root `<svg>` every chart is drawn in: its size, named for screen readers by its title and
 * description, the journal's font and ink, and a background so the PNG fallback is not transparent.
 */
import { chartColors, chartFont } from './chartStyle';
import { svg, type SvgChild, type SvgElement } from './svgTree';

export interface ChartFrame {
  width: number;
  height: number;
  /** Makes the title's and description's ids unique when several charts share a page. */
  idPrefix: string;
  title: string;
  description: string;
}

export function chartFrame(frame: ChartFrame, ...children: (SvgChild | false | undefined | SvgChild[])[]): SvgElement {
  const { width, height, idPrefix } = frame;
  return svg(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': `${idPrefix}-title ${idPrefix}-description`,
      'font-family': chartFont.family,
      'font-size': chartFont.size,
      fill: chartColors.ink,
    },
    svg('title', { id: `${idPrefix}-title` }, frame.title),
    svg('desc', { id: `${idPrefix}-description` }, frame.description),
    svg('rect', { x: 0, y: 0, width, height, fill: chartColors.background }),
    ...children,
  );
}
