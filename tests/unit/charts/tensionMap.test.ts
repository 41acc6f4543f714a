import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { tensionCounts, tensionMapSvg, type TensionMapLabels } from '../../../src/shared/charts';
import { tensionTypes } from '../../../src/shared/domain/taxonomy';
import { sampleCase } from './chartFixtures';

const labels: TensionMapLabels = {
  title: 'Tensions by phase',
  description: 'How often each tension was noted in each phase.',
  tension: 'Tension',
  total: 'Total',
  phases: { start: 'Start', evaluation: 'Evaluation', intervention: 'Intervention', closure: 'Closure' },
  tensionType: (type) => `Label of ${type}`,
  empty: 'No tensions noted yet',
};

describe('tension counts', () => {
  it('counts each type by the phase of its session, in taxonomy order', () => {
    const counts = tensionCounts(sampleCase);
    expect(counts.rows.map((row) => row.type)).toEqual([
      'fear-of-losing-children',
      'duty-to-report',
      'couple-conflict',
    ]);
    const couple = counts.rows.find((row) => row.type === 'couple-conflict')!;
    expect(couple.counts).toEqual({ start: 1, evaluation: 1, intervention: 0, closure: 0 });
    expect(couple.total).toBe(2);
    expect(couple.ruptures).toBe(1);
    expect(counts.totals).toEqual({ start: 3, evaluation: 2, intervention: 0, closure: 0 });
    expect(counts.total).toBe(5);
  });

  it('can list every type, noted or not', () => {
    expect(tensionCounts(sampleCase, { allTypes: true }).rows).toHaveLength(tensionTypes.length);
  });
});

describe('tension map', () => {
  const markup = tensionMapSvg(sampleCase, labels);
  const document = new JSDOM(markup, { contentType: 'image/svg+xml' }).window.document;

  it('is an accessible image with the counts written in the cells', () => {
    expect(document.querySelector('parsererror')).toBeNull();
    expect(document.documentElement.getAttribute('role')).toBe('img');
    expect(document.getElementById('tension-map-title')?.textContent).toBe('Tensions by phase');
    const rows = [...document.querySelectorAll('g.row')];
    expect(rows).toHaveLength(3);
    const texts = rows[0]!.querySelectorAll('text');
    expect(texts[0]?.textContent).toBe('Label of fear-of-losing-children');
    // Start: 2, evaluation to closure empty, total 2.
    const cells = [...rows[0]!.querySelectorAll('g.cell')];
    expect(cells.map((cell) => cell.querySelector('text')?.textContent ?? '')).toEqual(['2', '', '', '']);
    expect(rows[0]!.querySelector('text.total')?.textContent).toBe('2');
  });

  it('writes no style attribute and escapes labels', () => {
    expect(markup).not.toMatch(/style=/i);
    const hostile = tensionMapSvg(sampleCase, { ...labels, tensionType: () => '<script>alert("x")</script> & co' });
    expect(hostile).not.toContain('<script');
    expect(hostile).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  });

  it('wraps long labels on two lines and keeps the full text as a tooltip', () => {
    const long = 'A very long label that certainly does not fit on one line of the map and keeps on going';
    const wrapped = new JSDOM(tensionMapSvg(sampleCase, { ...labels, tensionType: () => long }), {
      contentType: 'image/svg+xml',
    }).window.document;
    const row = wrapped.querySelector('g.row')!;
    expect(row.querySelectorAll('tspan')).toHaveLength(2);
    expect(row.querySelector('title')?.textContent).toBe(long);
  });

  it('says so when no tension was noted', () => {
    expect(tensionMapSvg({ entries: [] }, labels)).toContain('No tensions noted yet');
  });
});
