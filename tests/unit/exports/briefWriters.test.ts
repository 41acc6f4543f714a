import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/main/exports/png';
import { svg } from '../../../src/shared/charts/svgTree';
import type { BriefBlock } from '../../../src/shared/exports/brief/briefBlocks';
import { briefBodyHtml, briefDocumentHtml } from '../../../src/shared/exports/brief/briefHtml';
import { cell, demoteHeadings, listItemBody, plain } from '../../../src/shared/exports/brief/markdownText';
import { briefLabels } from '../../../src/shared/exports/labels/briefTexts';
import { rasterize } from '../../../src/shared/exports/raster/rasterize';

describe('Markdown pieces', () => {
  it("keep a practitioner's text inside the place it is put", () => {
    expect(cell('a | b\nc')).toBe('a \\| b c');
    expect(plain('Family *R* [x]')).toBe('Family \\*R\\* \\[x\\]');
    expect(listItemBody('first\nsecond\n\n# third')).toBe('first\n  second\n\n  #### third');
    expect(demoteHeadings('# Visit\n## Home\nTitle\n===\ntext\n---')).toBe(
      '#### Visit\n#### Home\nTitle\n***\ntext\n***',
    );
  });
});

describe('the HTML of a brief', () => {
  const blocks: BriefBlock[] = [
    { section: 'facts', kind: 'markdown', markdown: '# Supervision brief: Family R.' },
    {
      section: 'excerpts',
      kind: 'markdown',
      markdown: '<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>',
    },
    { section: 'alliance', kind: 'chart', chart: 'alliance' },
    { section: 'notes', kind: 'writing-space', lines: 3 },
  ];

  it('goes through the one sanitizing path, grouped by part, with the chart where its block is', () => {
    const body = briefBodyHtml(blocks, () => '<svg data-chart="yes"></svg>', 'en');
    expect(body).toContain('<section class="brief-facts">\n<h1>Supervision brief: Family R.</h1>');
    expect(body).not.toMatch(/<script|<img|href="?javascript/i);
    expect(body).toContain('&lt;script&gt;');
    expect(body).toContain('<figure class="brief-chart"><svg data-chart="yes"></svg></figure>');
    expect(body.match(/<tr><td>&nbsp;<\/td><\/tr>/g)).toHaveLength(3);
  });

  it('is a self-contained page that forbids scripts and remote content', () => {
    const html = briefDocumentHtml('<article></article>', 'Brief: <Family>', briefLabels('es'));
    expect(html).toContain('<html lang="es">');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<title>Brief: &lt;Family&gt;</title>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|https?:\/\//);
  });
});

describe('the chart fallback image', () => {
  const tree = svg(
    'svg',
    { width: 20, height: 10, fill: '#000000' },
    svg('rect', { x: 0, y: 0, width: 10, height: 10, fill: '#ff0000' }),
    svg('line', { x1: 15, y1: 0, x2: 15, y2: 10, stroke: '#0000ff', 'stroke-width': 2 }),
    svg('text', { x: 10, y: 5 }, 'É'),
  );

  it('draws shapes in their colours, smoothed, at the scale asked', () => {
    const image = rasterize(tree, 1);
    expect([image.width, image.height]).toEqual([20, 10]);
    const pixel = (x: number, y: number) => [...image.rgb.subarray((y * 20 + x) * 3, (y * 20 + x) * 3 + 3)];
    expect(pixel(2, 5)).toEqual([255, 0, 0]);
    expect(pixel(15, 5)).toEqual([0, 0, 255]);
    expect(pixel(19, 9)).toEqual([255, 255, 255]);
    expect(rasterize(tree, 2).width).toBe(40);
  });

  it('encodes a PNG that decodes back to the same pixels', () => {
    const image = rasterize(tree, 1);
    const png = encodePng(image);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(png.readUInt32BE(16)).toBe(20);
    expect(png.readUInt32BE(20)).toBe(10);
    const start = png.indexOf('IDAT') + 4;
    const length = png.readUInt32BE(start - 8);
    const raw = inflateSync(png.subarray(start, start + length));
    expect(raw.subarray(1, 61)).toEqual(Buffer.from(image.rgb.subarray(0, 60)));
  });
});
