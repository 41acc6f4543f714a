import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownMarkup, inertMarkdown, isInert } from '../../../src/shared/render/inertMarkdown';
import {
  allowListed,
  markdownAttributes,
  markdownTags,
  renderMarkdown,
  sanitizeHtml,
  type Purifier,
} from '../../../src/shared/render/markdown';
import { isSafeLink } from '../../../src/shared/render/safeLink';
import { markdownPayloads } from '../../fixtures/markdownPayloads';
import { liveHtmlProblems } from '../../support/liveHtml';

const window = new JSDOM('').window;
const purifier = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]) as unknown as Purifier;
/** The main process's path: no DOM, no DOMPurify. */
const render = (markdown: string) => renderMarkdown(markdown);
/** What we allow out of markdown. */
const allowList = { tags: markdownTags, attributes: [...markdownAttributes, 'rel'] };
/** A viewer that passes raw HTML through, as many Markdown viewers do. */
const permissive = new Marked({ gfm: true });
/** What such a viewer draws from plain Markdown: its own tags, a task's disabled checkbox, a code block's class. */
const permissiveAllowList = {
  tags: [...markdownTags, 'input'],
  attributes: [...markdownAttributes, 'rel', 'class', 'type', 'disabled', 'checked'],
};

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

  it('keeps http(s) and mailto links, with rel=noopener, in main and in the preview alike', () => {
    for (const html of [
      render('[guide](https://example.org/guide)'),
      renderMarkdown('[guide](https://example.org/guide)', purifier),
    ]) {
      expect(html).toBe('<p><a href="https://example.org/guide" rel="noopener noreferrer">guide</a></p>\n');
    }
    expect(render('[mail](mailto:supervisor@example.org)')).toContain('href="mailto:supervisor@example.org"');
    expect(render('[guide](https://example.org/a?b=1&c=2 "The guide")')).toBe(
      '<p><a href="https://example.org/a?b=1&amp;c=2" title="The guide" rel="noopener noreferrer">guide</a></p>\n',
    );
  });

  it('shows typed angle brackets and ampersands as text', () => {
    expect(render('age < 5 & > 2')).toContain('age &lt; 5 &amp; &gt; 2');
  });

  it('shows code, autolinks, nested quotes, tables, ordered lists and tasks as written', () => {
    expect(render('`a < b && c`')).toContain('<code>a &lt; b &amp;&amp; c</code>');
    expect(render('<https://example.org>')).toContain('href="https://example.org"');
    expect(render('> > nested')).toMatch(/<blockquote>\s*<blockquote>/);
    expect(render('| a | b |\n| :-- | --: |\n| 1 | 2 |')).toContain('<td align="right">2</td>');
    expect(render('3. third\n4. fourth')).toContain('<ol start="3">');
    expect(render('- [x] done\n- [ ] to do')).toMatch(/<li>\[x\] done<\/li>\s*<li>\[ \] to do<\/li>/);
    expect(render('```ts\nconst a = "<b>";\n```')).toBe('<pre><code>const a = &quot;&lt;b&gt;&quot;;\n</code></pre>\n');
  });

  it('shows an image as its description, loading nothing', () => {
    expect(render('![the drawing](https://example.org/drawing.png)')).toBe('<p>the drawing</p>\n');
  });

  it('lets only allowed tags, attributes and addresses through the final check', () => {
    expect(allowListed('<p>a</p><a href="https://x.example" rel="noopener noreferrer">b</a>')).toBe(
      '<p>a</p><a href="https://x.example" rel="noopener noreferrer">b</a>',
    );
    expect(allowListed('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)>');
    expect(allowListed('<a href="javascript:alert(1)">x</a>')).toBe('&lt;a href="javascript:alert(1)">x</a>');
    expect(allowListed('<a href="jav&#x09;ascript:alert(1)">x</a>')).toContain('&lt;a');
    expect(allowListed('<p onclick="alert(1)">x</p>')).toBe('&lt;p onclick="alert(1)">x</p>');
    expect(allowListed('<td align="justify">x</td>')).toContain('&lt;td');
    expect(allowListed('<ol start="1" href="https://x.example">')).toContain('&lt;ol');
  });

  it('judges a link as a browser would: entities decoded, tabs and line breaks refused', () => {
    for (const safe of [
      'https://example.org',
      'HTTP://example.org',
      'mailto:a@example.org',
      'h&#x74;tps://x.example',
    ]) {
      expect(isSafeLink(safe), safe).toBe(true);
    }
    for (const unsafe of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'jav&#x09;ascript:alert(1)',
      'jav\tascript:alert(1)',
      '&#x6A;avascript:alert(1)',
      'javascript&colon;alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'vbscript:msgbox(1)',
      'https://ok.example\u0000',
      '//evil.example',
      'page.html',
      '',
    ]) {
      expect(isSafeLink(unsafe), unsafe).toBe(false);
    }
  });

  describe.each(markdownPayloads.map((payload) => [payload]))('the payload %j', (payload) => {
    it('is inert as main renders it (no DOM)', () => {
      expect(liveHtmlProblems(render(payload), allowList)).toEqual([]);
    });

    it('is inert in the preview (main path, then DOMPurify)', () => {
      expect(liveHtmlProblems(renderMarkdown(payload, purifier), allowList)).toEqual([]);
    });

    it('is inert as HTML given to DOMPurify directly', () => {
      expect(liveHtmlProblems(sanitizeHtml(payload, purifier), allowList)).toEqual([]);
    });

    it('is inert in a Markdown file, even in a viewer that passes raw HTML through', () => {
      const markdown = inertMarkdown(payload);
      expect(isInert(escapeMarkdownMarkup(payload)), 'the first pass is enough, no fallback').toBe(true);
      expect(markdown).toBe(escapeMarkdownMarkup(payload));
      const html = permissive.parse(markdown) as string;
      expect(liveHtmlProblems(html, permissiveAllowList), `${markdown}\n→ ${html}`).toEqual([]);
      expect(inertMarkdown(markdown), 'a second pass changes nothing').toBe(markdown);
    });
  });
});

describe('inert Markdown', () => {
  it('leaves ordinary Markdown as written', () => {
    for (const markdown of [
      '# Visit\n\n**Bold**, _em_, ~~struck~~ and `code <b>`.\n\n- one\n  - two\n\n1. first\n\n> quoted',
      'Read [the guide](https://example.org/guide "Guide") or write to <mailto:a@example.org> or <https://example.org>.',
      '| a | b |\n| --- | --- |\n| 1 | 2 |',
      'age < 5 and 3 > 2; R&D; a ! [not an image]',
      '```\n<script>kept as code</script>\n```',
      '- [ ] to do\n- [x] done',
      '\\[x\\](javascript:y) already escaped, &lt;b> too',
    ]) {
      expect(inertMarkdown(markdown)).toBe(markdown);
    }
  });

  it('escapes raw HTML and unsafe links, keeps their text, and turns images into links', () => {
    expect(inertMarkdown('Hola <img src=x onerror=alert(1)> Tomás')).toBe('Hola &lt;img src=x onerror=alert(1)> Tomás');
    expect(inertMarkdown('Escaped \\<b>, \\\\<i>, `<code>`')).toBe('Escaped &lt;b>, \\\\&lt;i>, `<code>`');
    expect(inertMarkdown('[click](javascript:alert(1))')).toBe('[click]\\(javascript:alert(1))');
    expect(inertMarkdown('[r]\n\n[r]: file:///etc/passwd')).toBe('[r]\n\n[r]\\: file:///etc/passwd');
    expect(inertMarkdown('![drawing](https://example.org/d.png)')).toBe('[drawing](https://example.org/d.png)');
    expect(inertMarkdown('<javascript:alert(1)>')).toBe('&lt;javascript:alert(1)>');
  });

  it('falls back to escaping every mark when a parser could still read HTML in it', () => {
    // The first pass takes the backticks for a code span; the parser reads a link and raw HTML.
    const markdown = '[a](https://x.example/`)<img src=x onerror=alert(1)>`';
    expect(isInert(escapeMarkdownMarkup(markdown))).toBe(false);
    const inert = inertMarkdown(markdown);
    expect(isInert(inert)).toBe(true);
    expect(liveHtmlProblems(permissive.parse(inert) as string, permissiveAllowList)).toEqual([]);
  });
});
