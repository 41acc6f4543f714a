import { describe, expect, it } from 'vitest';
import { escapeXml, formatNumber, serializeSvg, svg, wrapText, type SvgElement } from '../../../src/shared/charts';

describe('svg tree', () => {
  it('serializes elements, numbers and text', () => {
    const tree = svg('g', { class: 'a', x: 1 / 3, y: undefined }, svg('text', { x: -0.001 }, 'a < b'), false);
    expect(serializeSvg(tree)).toBe('<g class="a" x="0.33"><text x="0">a &lt; b</text></g>');
  });

  it('refuses tags and attributes outside the allow-lists', () => {
    const script = { tag: 'script', attributes: {}, children: [] } as unknown as SvgElement;
    expect(() => serializeSvg(script)).toThrow(/tag/);
    const styled = { tag: 'rect', attributes: { style: 'fill:red' }, children: [] } as unknown as SvgElement;
    expect(() => serializeSvg(styled)).toThrow(/attribute/);
  });

  it('escapes every markup character', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(formatNumber(Number.NaN)).toBe('0');
  });

  it('wraps text by words, with an ellipsis where it was cut', () => {
    expect(wrapText('one two three', 20, 2)).toEqual(['one two three']);
    expect(wrapText('one two three four', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrapText('supercalifragilistic', 8, 1)).toEqual(['superca…']);
  });
});
