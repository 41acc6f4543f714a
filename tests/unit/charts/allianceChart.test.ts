import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  allianceChart,
  allianceChartSvg,
  allianceGeometry,
  allianceTimeline,
  phaseBands,
  tickDates,
  type SvgElement,
} from '../../../src/shared/charts';
import { allianceLabels as labels, chartEntry, sampleCase, tension } from './chartFixtures';

function parse(markup: string): Document {
  return new JSDOM(markup, { contentType: 'image/svg+xml' }).window.document;
}

function find(element: SvgElement, predicate: (node: SvgElement) => boolean): SvgElement[] {
  const found = predicate(element) ? [element] : [];
  for (const child of element.children) if (typeof child !== 'string') found.push(...find(child, predicate));
  return found;
}

describe('alliance timeline data', () => {
  it('orders sessions by date and keeps each rupture kind once', () => {
    const points = allianceTimeline(sampleCase);
    expect(points.map((point) => point.entryId)).toEqual(['e1', 'e2', 'e3']);
    expect(points[0]?.ruptures).toEqual(['withdrawal']);
    expect(points[2]?.ruptures).toEqual(['confrontation']);
    expect(points[0]?.caregiver).toBeUndefined();
    expect(points[2]?.caregiver).toEqual({ bond: 7, goals: 6, tasks: 8, partyId: 'p1' });
  });

  it('groups consecutive sessions of one phase into bands, and a return to a phase into a new band', () => {
    const phases = ['start', 'start', 'evaluation', 'start'] as const;
    expect(phaseBands(phases.map((phase) => ({ phase })))).toEqual([
      { phase: 'start', first: 0, last: 1 },
      { phase: 'evaluation', first: 2, last: 2 },
      { phase: 'start', first: 3, last: 3 },
    ]);
  });
});

describe('alliance chart', () => {
  const tree = allianceChart(sampleCase, labels);
  const markup = allianceChartSvg(sampleCase, labels);

  it('is well-formed SVG announced as an image with a title and a description', () => {
    const document = parse(markup);
    expect(document.querySelector('parsererror')).toBeNull();
    const root = document.documentElement;
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-labelledby')).toBe('alliance-chart-title alliance-chart-description');
    expect(document.getElementById('alliance-chart-title')?.textContent).toBe('Alliance over time');
    expect(document.getElementById('alliance-chart-description')?.textContent).toBe(
      'Bond, goals and tasks per session.',
    );
  });

  it('has no style attribute, no script, no event handler and no link', () => {
    expect(markup).not.toMatch(/style=/i);
    expect(markup).not.toMatch(/<script|<foreignObject|href=|\son\w+=/i);
  });

  it('draws one point per rated element and session, practitioner solid and caregiver dashed', () => {
    const geometry = allianceGeometry(allianceTimeline(sampleCase));
    const circles = find(tree, (node) => node.tag === 'circle');
    // Three practitioner ratings per element, three elements, plus the legend sample.
    expect(circles).toHaveLength(3 * 3 + 1);
    const bondFirst = circles.find(
      (circle) => circle.attributes.cx === geometry.x('2025-03-01') && circle.attributes.cy === geometry.y('bond', 6),
    );
    expect(bondFirst).toBeDefined();
    const lines = find(tree, (node) => node.tag === 'polyline');
    const dashed = lines.filter((line) => line.attributes['stroke-dasharray'] !== undefined);
    expect(lines).toHaveLength(6);
    expect(dashed).toHaveLength(3);
    // The caregiver's markers are hollow squares: a shape of their own, not only a colour.
    const squares = find(tree, (node) => node.tag === 'rect' && node.attributes.width === 7);
    expect(squares).toHaveLength(2 * 3 + 1);
  });

  it('places later sessions further right and higher ratings higher up', () => {
    const geometry = allianceGeometry(allianceTimeline(sampleCase));
    expect(geometry.x('2025-03-08')).toBeGreaterThan(geometry.x('2025-03-01'));
    expect(geometry.y('goals', 8)).toBeLessThan(geometry.y('goals', 2));
    expect(geometry.x('2025-03-01')).toBeGreaterThanOrEqual(geometry.plotLeft);
    expect(geometry.x('2025-03-20')).toBeLessThanOrEqual(geometry.plotRight);
  });

  it('shades a band per phase run, split halfway between the sessions on either side', () => {
    const geometry = allianceGeometry(allianceTimeline(sampleCase));
    const phaseGroup = find(tree, (node) => node.attributes.class === 'phases')[0]!;
    const bands = phaseGroup.children.filter(
      (child): child is SvgElement => typeof child !== 'string' && child.tag === 'rect',
    );
    expect(bands).toHaveLength(2);
    const boundary = (geometry.x('2025-03-08') + geometry.x('2025-03-20')) / 2;
    expect(bands[1]!.attributes.x).toBeCloseTo(boundary, 5);
    const texts = phaseGroup.children.filter(
      (child): child is SvgElement => typeof child !== 'string' && child.tag === 'text',
    );
    expect(texts.map((text) => text.children[0])).toEqual(['Start', 'Evaluation']);
  });

  it('marks ruptures with distinct shapes and a tooltip naming the kind and the date', () => {
    const group = find(tree, (node) => node.attributes.class === 'ruptures')[0]!;
    const shapes = find(group, (node) => node.tag === 'path');
    expect(shapes).toHaveLength(3);
    const titles = shapes.map((shape) => (shape.children[0] as SvgElement).children[0]);
    expect(titles).toEqual(['Withdrawal (2025-03-01)', 'Withdrawal (2025-03-08)', 'Confrontation (2025-03-20)']);
  });

  it('escapes the labels it is given', () => {
    const hostile = allianceChartSvg(sampleCase, {
      ...labels,
      title: '</title><script>alert(1)</script>',
      phases: { ...labels.phases, start: '<b onmouseover="x">"Start" & more' },
      formatDate: () => `<img src=x onerror=alert(1)>`,
    });
    expect(hostile).not.toContain('<script');
    expect(hostile).not.toContain('<img');
    expect(hostile).not.toContain('<b ');
    expect(hostile).toContain('&lt;/title&gt;&lt;script&gt;');
    expect(parse(hostile).querySelector('parsererror')).toBeNull();
  });

  it('says so when nothing is rated yet, and still draws the frame', () => {
    const markup = allianceChartSvg({ entries: [chartEntry('a', '2025-01-01', 'start')] }, labels);
    expect(markup).toContain('No ratings yet');
    expect(markup).not.toContain('<polyline');
  });

  it('leaves markers out of a long history but keeps the dashed lines apart', () => {
    const entries = Array.from({ length: 400 }, (_, index) =>
      chartEntry(`e${index}`, new Date(Date.UTC(2020, 0, 1 + index)).toISOString().slice(0, 10), 'intervention', {
        ratings: { practitioner: { bond: index % 11, goals: 5, tasks: 5 }, caregiver: { bond: 5, goals: 5, tasks: 5 } },
        tensions: index % 10 === 0 ? [tension({ type: 'disengagement', rupture: 'withdrawal' })] : [],
      }),
    );
    const big = allianceChart({ entries }, labels);
    expect(find(big, (node) => node.tag === 'circle')).toHaveLength(1);
    // Rupture markers stay; the guide lines through the panels would hide the data.
    const ruptureGroup = find(big, (node) => node.attributes.class === 'ruptures')[0]!;
    expect(find(ruptureGroup, (node) => node.tag === 'path')).toHaveLength(40);
    expect(find(ruptureGroup, (node) => node.tag === 'line')).toHaveLength(0);
    expect(find(big, (node) => node.tag === 'polyline')).toHaveLength(6);
  });

  it('labels up to six dates on the time axis', () => {
    const many = Array.from({ length: 30 }, (_, index) => ({
      sessionDate: new Date(Date.UTC(2025, 0, 1 + index * 3)).toISOString().slice(0, 10),
    }));
    const ticks = tickDates(many);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks[0]).toBe('2025-01-01');
    expect(ticks.at(-1)).toBe(many.at(-1)!.sessionDate);
    expect(tickDates([{ sessionDate: '2025-02-01' }, { sessionDate: '2025-02-01' }])).toEqual(['2025-02-01']);
  });
});
