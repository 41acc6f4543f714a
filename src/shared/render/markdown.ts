/**
 * The one path from markdown to HTML, for the editor preview and every export. It needs no DOM:
 * `marked` renders through our own renderer, which writes only the allow-list below — raw HTML
 * (block and inline) becomes the text that was typed, a link keeps its `href` only for http(s)
 * and mailto, an image becomes its description, a task's checkbox becomes `[ ]` or `[x]` — and
 * `allowListed` then checks every tag of the result, so nothing outside the list reaches a page
 * even if `marked` one day renders a token we did not expect. Where a real DOM exists (the
 * renderer's previews) DOMPurify runs over the same allow-list as a second line.
 */
import { Marked, type RendererObject } from 'marked';
import { decodeHTML } from 'entities';
import { escapeMarkup } from './escapeMarkup';
import { allowedLink, safeLink } from './safeLink';

export { safeLink };

/** The part of a DOM element the link hook touches (no DOM types in shared code). */
interface HookElement {
  tagName: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
}

/** The part of DOMPurify this module uses. */
export interface Purifier {
  sanitize(html: string, config: Record<string, unknown>): string;
  addHook(hook: 'afterSanitizeAttributes', callback: (node: HookElement) => void): void;
  removeHook(hook: 'afterSanitizeAttributes'): unknown;
}

/** The HTML markdown may produce; anything else is removed. */
export const markdownTags = [
  'p',
  'br',
  'hr',
  'strong',
  'em',
  'del',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];
export const markdownAttributes = ['href', 'title', 'start', 'align'];

/** What a link carries besides its address: no referrer, no handle on this window. */
const linkRel = 'noopener noreferrer';

/** Each attribute the renderer writes, on the tags that may carry it, with the values it may hold. */
const attributeRules: Record<string, { tags: readonly string[]; valid: (value: string) => boolean }> = {
  href: { tags: ['a'], valid: (value) => allowedLink(value) !== undefined },
  title: { tags: ['a'], valid: () => true },
  rel: { tags: ['a'], valid: (value) => value === linkRel },
  start: { tags: ['ol'], valid: (value) => /^\d{1,9}$/.test(value) },
  align: { tags: ['th', 'td'], valid: (value) => /^(?:left|center|right)$/.test(value) },
};

/**
 * Overrides of `marked`'s renderer for every token that could carry markup or an address; the
 * others (paragraphs, emphasis, lists, tables, headings) are marked's own and escape their text.
 */
const renderer: RendererObject = {
  html: ({ text }) => escapeMarkup(text),
  code: ({ text }) => `<pre><code>${escapeMarkup(text.replace(/\n$/, ''))}\n</code></pre>\n`,
  codespan: ({ text }) => `<code>${escapeMarkup(text)}</code>`,
  checkbox: ({ checked }) => (checked ? '[x] ' : '[ ] '),
  image: ({ text }) => escapeMarkup(decodeHTML(text)),
  link({ href, title, tokens }) {
    const inner = this.parser.parseInline(tokens);
    const url = allowedLink(href);
    if (url === undefined) return inner;
    const titled = title === null || title === undefined || title === '' ? '' : ` title="${attribute(title)}"`;
    return `<a href="${escapeMarkup(encodeLink(url))}"${titled} rel="${linkRel}">${inner}</a>`;
  },
};

/** An attribute value as typed (entities decoded once), escaped again for the quotes it sits in. */
function attribute(value: string): string {
  return escapeMarkup(decodeHTML(value));
}

/** The address percent-encoded as `marked` does (spaces, non-ASCII), never doubly. */
function encodeLink(url: string): string {
  try {
    return encodeURI(url).replace(/%25/g, '%');
  } catch {
    return url;
  }
}

/**
 * Practitioners write prose, not HTML: raw HTML in the markdown (block or inline) is shown as
 * typed text, never interpreted.
 */
const marked = new Marked({ gfm: true, breaks: true, async: false, renderer });

const tagPattern = /^<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z]+="[^"<>]*")*)\s*>/;
const attributePattern = /\s+([a-z]+)="([^"<>]*)"/g;

/**
 * The HTML with every `<` that does not open or close an allowed tag (with allowed attributes and
 * values) written as text. The renderer above produces nothing else; this holds if it ever did.
 */
export function allowListed(html: string): string {
  let output = '';
  let index = 0;
  for (let next = html.indexOf('<'); next !== -1; next = html.indexOf('<', index)) {
    output += html.slice(index, next);
    const match = tagPattern.exec(html.slice(next));
    if (match !== null && isAllowedTag(match)) {
      output += match[0];
      index = next + match[0].length;
    } else {
      output += '&lt;';
      index = next + 1;
    }
  }
  return output + html.slice(index);
}

function isAllowedTag([, closing, name, attributes]: RegExpExecArray): boolean {
  if (name === undefined || !markdownTags.includes(name)) return false;
  if (closing === '/') return attributes === '';
  for (const [, attributeName, value] of (attributes ?? '').matchAll(attributePattern)) {
    const rule = attributeName === undefined ? undefined : attributeRules[attributeName];
    if (rule === undefined || !rule.tags.includes(name) || !rule.valid(value ?? '')) return false;
  }
  return true;
}

/**
 * Renders markdown to HTML that holds only the allow-list. With a purifier (DOMPurify on a real
 * DOM, in the renderer) the result is sanitized once more.
 */
export function renderMarkdown(markdown: string, purifier?: Purifier): string {
  const html = allowListed(marked.parse(markdown) as string);
  return purifier === undefined ? html : sanitizeHtml(html, purifier);
}

/** DOMPurify over the allow-list, so the payload corpus can be thrown at it without marked in front. */
export function sanitizeHtml(html: string, purifier: Purifier): string {
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (allowedLink(href) === undefined) node.removeAttribute('href');
      else node.setAttribute('rel', linkRel);
    }
  });
  try {
    return purifier.sanitize(html, {
      ALLOWED_TAGS: markdownTags,
      ALLOWED_ATTR: [...markdownAttributes, 'rel'],
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      ALLOWED_URI_REGEXP: safeLink,
    });
  } finally {
    purifier.removeHook('afterSanitizeAttributes');
  }
}
