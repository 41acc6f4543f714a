import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, sanitizeHtml, type Purifier } from '../../../src/shared/render/markdown';

const window = new JSDOM('').window;
const purifier = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]) as unknown as Purifier;
const render = (markdown: string) => renderMarkdown(markdown, purifier);

/** Payloads of the kind that turned markdown previews into code execution in Electron note apps. */
const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<svg onload=alert(1)><circle r=1 /></svg>',
  '<a href="javascript:alert(1)">click</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](  javascript:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](file:///etc/passwd)',
  '[click](vbscript:msgbox(1))',
  '![x](https://evil.example/track.png)',
  '![x](x" onerror="alert(1))',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<form action="https://evil.example"><input name=a></form>',
  '<object data="evil.swf"></object><embed src="evil.swf">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<details open ontoggle=alert(1)>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<base href="https://evil.example/">',
  '<link rel=import href="https://evil.example/x.html">',
  '[x](https://ok.example "title" onmouseover="alert(1)")',
  '<a href="https://ok.example" target="_blank" onclick="alert(1)">x</a>',
  '```\n<script>alert(1)</script>\n```',
  '<<script>script>alert(1)<</script>/script>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
];

describe('markdown rendering', () => {
  it('renders the formatting practitioners use', () => {
    const html = render('# Title\n\n**bold** and *italic*\n\n- one\n- two\n\n> quoted\n\n1. first');
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>italic</em>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<ol>');
  });

  it('keeps http(s) and mailto links, with rel=noopener', () => {
    expect(render('[guide](https://example.org/guide)')).toBe(
      '<p><a href="https://example.org/guide" rel="noopener noreferrer">guide</a></p>\n',
    );
    expect(render('[mail](mailto:supervisor@example.org)')).toContain('href="mailto:supervisor@example.org"');
  });

  it('shows typed angle brackets and ampersands as text', () => {
    expect(render('age < 5 & > 2')).toContain('age &lt; 5 &amp; &gt; 2');
  });

  it('shows code, autolinks and nested quotes as written', () => {
    expect(render('`a < b && c`')).toContain('<code>a &lt; b &amp;&amp; c</code>');
    expect(render('<https://example.org>')).toContain('href="https://example.org"');
    expect(render('> > nested')).toMatch(/<blockquote>\s*<blockquote>/);
  });

  it.each(payloads.flatMap((payload) => [[payload, 'markdown'] as const, [payload, 'html'] as const]))(
    'neutralises %s (as %s)',
    (payload, as) => {
      const html = as === 'markdown' ? render(payload) : sanitizeHtml(payload, purifier);
      const document = new JSDOM(`<body>${html}</body>`).window.document;
      expect(
        document.querySelectorAll(
          'script, iframe, object, embed, img, svg, math, form, input, style, meta, base, link, details, noscript',
        ).length,
      ).toBe(0);
      for (const element of document.body.querySelectorAll('*')) {
        for (const attribute of element.getAttributeNames()) {
          expect(attribute.startsWith('on'), `${attribute} in ${html}`).toBe(false);
          expect(attribute, html).not.toBe('style');
        }
        const href = element.getAttribute('href');
        if (href !== null) expect(href, html).toMatch(/^(https?:|mailto:)/i);
      }
    },
  );
});
