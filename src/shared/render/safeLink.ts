/**
 * The one rule for links, in every format: only web pages (http, https) and e-mail (mailto).
 * A link is judged by what a browser would follow, so entities are decoded first
 * (`&#x6A;avascript:` is `javascript:`), and a link with a control character or white space
 * anywhere in it is refused outright: browsers drop tabs and line breaks inside a URL, which is
 * how `jav&#x09;ascript:` and `java\nscript:` slip past a plain prefix check.
 */
import { decodeHTML } from 'entities';

/** The schemes kept, for DOMPurify's `ALLOWED_URI_REGEXP` and for a check on a decoded URL. */
export const safeLink = /^(?:https?:|mailto:)/i;

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
const controlOrSpace = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/u;

/** The URL a link leads to, entities decoded and outer white space trimmed; undefined when it is not allowed. */
export function allowedLink(href: string): string | undefined {
  const url = decodeHTML(href).trim();
  if (controlOrSpace.test(url)) return undefined;
  return safeLink.test(url) ? url : undefined;
}

/** Whether a link (as written, entities and all) leads to a web page or an e-mail address. */
export function isSafeLink(href: string): boolean {
  return allowedLink(href) !== undefined;
}
