import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  attainmentChart,
  attainmentChartSvg,
  attainmentGeometry,
  attainmentSide,
  type AttainmentChartLabels,
  type SvgElement,
} from '../../../src/shared/charts';

const labels: AttainmentChartLabels = {
  title: 'T-score over the reviews',
  description: 'The T-score at each review.',
  score: 'T-score',
  scoreAxis: 'T-score',
  dateAxis: 'Review date',
  expected: 'Expected (50)',
  empty: 'No review yet',
  formatDate: (date) => `on ${date}`,
  formatScore: (score) => score.toFixed(1),
};

function parse(markup: string): Document {
  return new JSDOM(markup, { contentType: 'image/svg+xml' }).window.document;
}

function find(element: SvgElement, predicate: (node: SvgElement) => boolean): SvgElement[] {
  const found = predicate(element) ? [element] : [];
  for (const child of element.children) if (typeof child !== 'string') found.push(...find(child, predicate));
  return found;
}

const reviews = [
  { reviewedOn: '2025-04-01', tScore: 38.2 },
  { reviewedOn: '2025-05-01', tScore: 50 },
  { reviewedOn: '2025-06-01', tScore: 61.8 },
];

describe('goal attainment chart', () => {
  it('draws one point per scored review, shaped by its side of 50, with its score written beside it', () => {
    const tree = attainmentChart(reviews, labels);
    const points = find(tree, (node) => String(node.attributes.class ?? '').startsWith('attainment-point '));
    expect(points.map((point) => point.attributes.class)).toEqual([
      'attainment-point attainment-below',
      'attainment-point attainment-expected',
      'attainment-point attainment-above',
    ]);
    // Shapes, not colour alone: a hollow triangle below, a circle on 50, a filled triangle above.
    expect(points.map((point) => (point.children[0] as SvgElement).tag)).toEqual(['path', 'circle', 'path']);
    expect((points[0]!.children[0] as SvgElement).attributes.fill).toBe('#ffffff');
    const written = points.map((point) => (point.children[1] as SvgElement).children[0]);
    expect(written).toEqual(['38.2', '50.0', '61.8']);
  });

  it('puts a higher score higher, time from left to right, and a dashed line at 50', () => {
    const geometry = attainmentGeometry(reviews);
    expect(geometry.y(61.8)).toBeLessThan(geometry.y(50));
    expect(geometry.x('2025-06-01')).toBeGreaterThan(geometry.x('2025-04-01'));
    const tree = attainmentChart(reviews, labels);
    const [expected] = find(tree, (node) => node.attributes.class === 'expected');
    const line = expected!.children[0] as SvgElement;
    expect(line.attributes['stroke-dasharray']).toBe('6 4');
    expect(line.attributes.y1).toBe(geometry.y(50));
    const [polyline] = find(tree, (node) => node.tag === 'polyline');
    expect(String(polyline!.attributes.points).split(' ')).toHaveLength(3);
  });

  it('widens its scale past 30–70 only when a score needs it', () => {
    expect([attainmentGeometry(reviews).low, attainmentGeometry(reviews).high]).toEqual([30, 70]);
    const far = attainmentGeometry([{ reviewedOn: '2025-04-01', tScore: 82.4 }]);
    expect(far.high).toBe(90);
    expect(far.y(82.4)).toBeGreaterThan(far.plotTop);
  });

  it('says so when no review has a score, and leaves out a review without one', () => {
    const empty = attainmentChartSvg([{ reviewedOn: '2025-04-01' }], labels);
    expect(empty).toContain('No review yet');
    expect(parse(empty).querySelectorAll('.attainment-point')).toHaveLength(0);
    const one = attainmentChart([{ reviewedOn: '2025-04-01' }, { reviewedOn: '2025-05-01', tScore: 45 }], labels);
    expect(find(one, (node) => node.tag === 'polyline')).toHaveLength(0);
    expect(find(one, (node) => String(node.attributes.class ?? '').startsWith('attainment-point '))).toHaveLength(1);
  });

  it('serializes to valid, labelled SVG with the dates and scores in the tooltips', () => {
    const document = parse(attainmentChartSvg(reviews, labels, { idPrefix: 'brief-gas' }));
    const root = document.documentElement;
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-labelledby')).toBe('brief-gas-title brief-gas-description');
    const titles = [...document.querySelectorAll('.attainment-point title')].map((node) => node.textContent);
    expect(titles).toEqual([
      'T-score 38.2 (on 2025-04-01)',
      'T-score 50.0 (on 2025-05-01)',
      'T-score 61.8 (on 2025-06-01)',
    ]);
  });

  it('rounds to the printed decimal before choosing a side', () => {
    expect(attainmentSide(50.04)).toBe('expected');
    expect(attainmentSide(50.06)).toBe('above');
    expect(attainmentSide(49.94)).toBe('below');
  });
});
