/**
 * What in a piece of HTML could run or load something: an element or attribute outside the
 * allow-list, or an address that is not a web page or e-mail. Read with a real HTML parser
 * (jsdom, test-only), so it sees what a browser would build from the text.
 */
import { JSDOM } from 'jsdom';

export interface AllowList {
  tags: readonly string[];
  attributes: readonly string[];
}

/** Attributes that hold an address a browser may follow or load. */
const addressAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite'];

/** The problems found, each naming the element and what is wrong; none when the HTML is inert. */
export function liveHtmlProblems(html: string, allow: AllowList): string[] {
  const { document } = new JSDOM(`<!doctype html><body>${html}</body>`).window;
  const problems: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (['html', 'head', 'body'].includes(tag)) continue;
    if (!allow.tags.includes(tag)) problems.push(`<${tag}>`);
    for (const name of element.getAttributeNames()) {
      if (!allow.attributes.includes(name)) problems.push(`<${tag} ${name}>`);
      if (addressAttributes.includes(name)) {
        // What a browser follows: every control character and space removed, as URL parsing does.
        // eslint-disable-next-line no-control-regex -- control characters are what a browser drops
        const address = (element.getAttribute(name) ?? '').replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
        if (!/^(?:https?:|mailto:)/i.test(address)) problems.push(`<${tag} ${name}="${address}">`);
      }
    }
  }
  return problems;
}
