import { describe, expect, it } from 'vitest';
import {
  ecomapChart,
  ecomapChartSvg,
  ecomapPositions,
  serializeSvg,
  type EcomapChartLabels,
  type SvgChild,
  type SvgElement,
} from '../../../src/shared/charts';
import { buildEcomap, lineQualities, type EcomapLine } from '../../../src/shared/ecomap';
import { family, session, source } from '../ecomap/ecomapFixtures';

const names: Record<string, string> = {
  child: 'Tomás',
  mother: 'Carolina <Caro>',
  grandmother: 'Abuela Rosa',
  psychologist: 'Ps. Díaz',
  uncle: 'Tío Pedro',
  court: 'Tribunal de Familia',
};

const labels: EcomapChartLabels = {
  title: 'Ecomap',
  description: 'The child at the centre.',
  child: 'The child',
  party: (partyId) => names[partyId] ?? partyId,
  qualities: { strong: 'Strong', strained: 'Strained', mixed: 'Mixed', 'no-data': 'No data' },
  count: (line: EcomapLine) =>
    line.quality === 'mixed'
      ? `${line.strongSessions} strong · ${line.strainedSessions} strained`
      : line.sessions === 0
        ? ''
        : `${line.sessions} sessions`,
  empty: 'Nobody else in the case yet.',
};

const map = buildEcomap(
  source(family, [
    session('s1', '2025-01-10', {
      relationships: [
        { relationship: 'parent-child', quality: 'strong' },
        { relationship: 'caregiver-child', quality: 'strained' },
      ],
    }),
    session('s2', '2025-01-17', {
      relationships: [{ relationship: 'caregiver-child', quality: 'strong' }],
      tensions: [{ parties: ['psychologist'], relationship: 'professional-child' }],
    }),
    session('s3', '2025-01-24', { relationships: [{ relationship: 'parent-child', quality: 'strong' }] }),
  ]),
);

function all(element: SvgElement, found: SvgElement[] = []): SvgElement[] {
  found.push(element);
  for (const child of element.children) if (typeof child !== 'string') all(child, found);
  return found;
}

function textOf(child: SvgChild): string {
  return typeof child === 'string' ? child : child.children.map(textOf).join('');
}

describe('the ecomap chart', () => {
  const tree = ecomapChart(map, labels, { idPrefix: 'test' });
  const elements = all(tree);
  const linkOf = (quality: string) =>
    elements.find((element) => String(element.attributes.class ?? '').includes(`ecomap-line-${quality}`));

  it('draws each quality with its own pattern, not its colour alone', () => {
    const patterns = lineQualities.map((quality) => {
      const line = linkOf(quality);
      if (line === undefined) throw new Error(`no ${quality} line`);
      return `${line.tag}|${line.attributes['stroke-dasharray'] ?? 'solid'}|${line.attributes['stroke-width']}`;
    });
    expect(new Set(patterns).size).toBe(lineQualities.length);
    expect(linkOf('strained')?.tag).toBe('polyline');
    expect(linkOf('strong')?.attributes['stroke-dasharray']).toBeUndefined();
  });

  it('prints the sessions behind each line on it', () => {
    const texts = elements.filter((element) => element.tag === 'text').map(textOf);
    expect(texts).toEqual(expect.arrayContaining(['2 sessions', '1 strong · 1 strained', '1 sessions']));
  });

  it('names the child at the centre and every other party in a box', () => {
    const parties = elements.filter((element) => element.attributes.class === 'ecomap-party');
    expect(parties).toHaveLength(5);
    const centre = elements.find((element) => element.attributes.class === 'ecomap-centre');
    expect(textOf(centre!)).toContain('Tomás');
  });

  it('is labelled for screen readers and escapes every name', () => {
    const markup = ecomapChartSvg(map, labels, { idPrefix: 'test' });
    expect(markup).toContain('aria-labelledby="test-title test-description"');
    expect(markup).toContain('Carolina &lt;Caro&gt;');
    expect(markup).not.toContain('<Caro>');
    expect(serializeSvg(tree)).toBe(markup);
  });

  it('says so when the child is alone', () => {
    const lonely = ecomapChartSvg(buildEcomap(source([{ id: 'child', role: 'child' }], [])), labels);
    expect(lonely).toContain('Nobody else in the case yet.');
  });

  it.each([
    [1, 740],
    [6, 740],
    [11, 740],
    [12, 740],
    [12, 642],
  ])('keeps %i boxes apart and inside a map %i wide', (count, width) => {
    const positions = ecomapPositions(count, width);
    for (const [index, a] of positions.entries())
      for (const b of positions.slice(index + 1))
        expect(Math.abs(a.x - b.x) >= 136 || Math.abs(a.y - b.y) >= 42).toBe(true);
    for (const { x } of positions) {
      expect(x - 136 / 2).toBeGreaterThanOrEqual(12);
      expect(x + 136 / 2).toBeLessThanOrEqual(width - 12);
    }
  });
});
