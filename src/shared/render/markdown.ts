/**
 * The one path from markdown to HTML, for the editor preview and every export. `marked` does
 * not sanitize, so its output always goes through DOMPurify with an allow-list: no scripts, no
 * event handlers, no styles, no frames or forms, links only to http(s) and mailto, no remote
 * images. The caller passes DOMPurify bound to a window (the renderer's, or jsdom's in main),
 * which keeps this module free of the DOM.
 */
import { Marked } from 'marked';
import { escapeMarkup } from './escapeMarkup';

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
/** The only links kept: web pages and e-mail. */
export const safeLink = /^(?:https?:|mailto:)/i;

/**
 * Practitioners write prose, not HTML: raw HTML in the markdown (block or inline) is shown as
 * typed text, never interpreted. DOMPurify remains the last line.
 */
const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: { html: ({ text }) => escapeMarkup(text) },
});

/** Renders markdown to sanitized HTML. */
export function renderMarkdown(markdown: string, purifier: Purifier): string {
  return sanitizeHtml(marked.parse(markdown) as string, purifier);
}

/** The sanitizing step alone, so the payload corpus can be thrown at it without marked in front. */
export function sanitizeHtml(html: string, purifier: Purifier): string {
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!safeLink.test(href.trim())) node.removeAttribute('href');
      else node.setAttribute('rel', 'noopener noreferrer');
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
