import { readFileSync } from 'node:fs';
import path from 'node:path';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeBriefBody } from '../../../src/renderer/src/exports/sanitizeBrief';
import { briefStylesheet } from '../../../src/shared/exports/brief/briefStylesheet';
import type { Purifier } from '../../../src/shared/render/markdown';

const purifier = createDOMPurify(new JSDOM('').window as never) as unknown as Purifier;

describe('the brief preview in the app', () => {
  it('keeps the brief and its chart as main built them', () => {
    const body = [
      '<article class="brief" lang="es"><section class="brief-questions"><h2>Preguntas</h2><ul><li><strong>1</strong> — ¿Qué?</li></ul></section>',
      '<figure class="brief-chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 760 506" width="760" role="img" aria-labelledby="t">',
      '<title id="t">Alianza</title><rect x="0" y="0" width="760" height="506" fill="#ffffff"/>',
      '<line x1="64" y1="14" x2="88" y2="14" stroke="#23607a" stroke-width="2" stroke-dasharray="6 4"/>',
      '<text x="94" y="14" dominant-baseline="middle" font-size="12">Profesional</text></svg></figure>',
      '<table class="writing-lines"><tbody><tr><td>&nbsp;</td></tr></tbody></table></article>',
    ].join('');
    const clean = sanitizeBriefBody(body, purifier);
    for (const kept of [
      'class="brief"',
      'lang="es"',
      'class="brief-questions"',
      'viewBox="0 0 760 506"',
      'x1="64"',
      'stroke-dasharray="6 4"',
      'dominant-baseline="middle"',
      'fill="#ffffff"',
      'class="writing-lines"',
      '¿Qué?',
    ]) {
      expect(clean, kept).toContain(kept);
    }
  });

  it('drops scripts, handlers, styles, forms and remote resources', () => {
    const clean = sanitizeBriefBody(
      [
        '<article class="brief"><script>alert(1)</script><style>body{}</style>',
        '<p style="color:red" onclick="alert(2)">text</p><img src="https://example.org/x.png">',
        '<a href="javascript:alert(3)">a</a><a href="https://example.org">b</a><form><input></form>',
        '<svg><foreignObject><p>x</p></foreignObject><use href="#x"/><text x="1" onload="alert(4)">t</text></svg>',
        '<iframe src="https://example.org"></iframe></article>',
      ].join(''),
      purifier,
    );
    for (const gone of [
      '<script',
      '<style',
      'style=',
      'onclick',
      'onload',
      '<img',
      'javascript:',
      '<form',
      '<input',
      'foreignObject',
      '<use',
      '<iframe',
    ]) {
      expect(clean, gone).not.toContain(gone);
    }
    expect(clean).toContain('href="https://example.org"');
    expect(clean).toContain('<text x="1">t</text>');
  });

  it('is drawn with the same rules the HTML export carries (brief.css matches briefStylesheet)', () => {
    const css = readFileSync(path.resolve(import.meta.dirname, '../../../src/renderer/src/exports/brief.css'), 'utf8');
    const normalize = (text: string) =>
      text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/@page[^}]*\}/g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};:,>])\s*/g, '$1')
        .replace(/;}/g, '}')
        .trim();
    expect(normalize(css)).toBe(normalize(briefStylesheet));
  });
});
