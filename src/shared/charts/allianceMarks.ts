/** The alliance chart's legend and marks: each series and rupture kind has a shape of its own. */
import type { AllianceChartLabels } from './allianceChart';
import { layout } from './allianceGeometry';
import type { Rupture } from './chartData';
import { chartColors, estimateTextWidth } from './chartStyle';
import { svg, type SvgElement } from './svgTree';

export function legend(labels: AllianceChartLabels): SvgElement {
  const items: { label: string; sample: (x: number) => SvgElement[] }[] = [
    { label: labels.practitioner, sample: (x) => lineSample(x, 'practitioner') },
    { label: labels.caregiver, sample: (x) => lineSample(x, 'caregiver') },
    { label: labels.ruptures.withdrawal, sample: (x) => [ruptureShape('withdrawal', x + 10, layout.legendY)] },
    { label: labels.ruptures.confrontation, sample: (x) => [ruptureShape('confrontation', x + 10, layout.legendY)] },
  ];
  let x = layout.left;
  const children: SvgElement[] = [];
  for (const item of items) {
    children.push(...item.sample(x));
    children.push(svg('text', { x: x + 30, y: layout.legendY, 'dominant-baseline': 'middle' }, item.label));
    x += 30 + estimateTextWidth(item.label) + 24;
  }
  return svg('g', { class: 'legend' }, children);
}

function lineSample(x: number, who: 'practitioner' | 'caregiver'): SvgElement[] {
  const y = layout.legendY;
  return [svg('line', { x1: x, y1: y, x2: x + 24, y2: y, ...lineStyle(who) }), marker(who, x + 12, y)];
}

export function lineStyle(who: 'practitioner' | 'caregiver') {
  return who === 'practitioner'
    ? { stroke: chartColors.practitioner, 'stroke-width': 2, fill: 'none' }
    : { stroke: chartColors.caregiver, 'stroke-width': 2, 'stroke-dasharray': '6 4', fill: 'none' };
}

export function marker(who: 'practitioner' | 'caregiver', x: number, y: number, title?: string): SvgElement {
  const tooltip = title === undefined ? undefined : svg('title', {}, title);
  return who === 'practitioner'
    ? svg('circle', { cx: x, cy: y, r: 3.5, fill: chartColors.practitioner }, tooltip)
    : svg(
        'rect',
        {
          x: x - 3.5,
          y: y - 3.5,
          width: 7,
          height: 7,
          fill: chartColors.background,
          stroke: chartColors.caregiver,
          'stroke-width': 1.75,
        },
        tooltip,
      );
}

/** Withdrawal: a hollow triangle pointing down; confrontation: a filled diamond. */
export function ruptureShape(kind: Rupture, x: number, y: number, title?: string): SvgElement {
  const tooltip = title === undefined ? undefined : svg('title', {}, title);
  return kind === 'withdrawal'
    ? svg(
        'path',
        {
          d: `M ${x - 5} ${y - 4} L ${x + 5} ${y - 4} L ${x} ${y + 5} Z`,
          fill: chartColors.background,
          stroke: chartColors.withdrawal,
          'stroke-width': 1.75,
        },
        tooltip,
      )
    : svg(
        'path',
        { d: `M ${x} ${y - 6} L ${x + 5} ${y} L ${x} ${y + 6} L ${x - 5} ${y} Z`, fill: chartColors.confrontation },
        tooltip,
      );
}
