/**
 * The two places HTML enters the page (the Markdown and brief previews) go through here. The
 * page's CSP requires Trusted Types, so an `innerHTML` fed a plain string throws: HTML reaches
 * the DOM only as the `alianza-html` policy's output, and only after DOMPurify has run. One
 * DOMPurify for the whole page, since its own Trusted Types policy may be created once.
 */
import createDOMPurify from 'dompurify';
import type { Purifier } from '../../../shared/render/markdown';

export const purifier = createDOMPurify(window) as unknown as Purifier;

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML: (input: string) => string }): { createHTML(input: string): unknown };
}

const policy = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes?.createPolicy('alianza-html', {
  // Only ever given DOMPurify's output (see the callers): the policy marks it, it does not clean it.
  createHTML: (sanitized) => sanitized,
});

/**
 * HTML already sanitized, as what React may assign to `innerHTML`. React passes the policy's
 * object through untouched; the type says string because React's types have no TrustedHTML.
 */
export function trustedHtml(sanitized: string): string {
  return (policy?.createHTML(sanitized) as string | undefined) ?? sanitized;
}
