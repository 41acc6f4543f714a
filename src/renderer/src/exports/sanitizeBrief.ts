/**
 * The brief's `<article>` as the app shows it. Main already built it through the one sanitizing
 * path, but the renderer sanitizes it again before it enters the page (defence in depth): only
 * the tags the brief uses, its classes and the chart's SVG attributes; never a script, a handler,
 * a `style` (the look comes from brief.css), a form or a remote resource.
 */
import { svgAttributeNames, svgTags } from '../../../shared/charts/svgTree';
import { markdownAttributes, markdownTags, safeLink, type Purifier } from '../../../shared/render/markdown';

/** The brief's own frame around text that went through the markdown path. */
const htmlTags = ['article', 'section', 'figure', ...markdownTags];
const htmlAttributes = ['class', 'lang', 'rel', ...markdownAttributes];

// DOMPurify compares attribute names in lower case (`viewBox` → `viewbox`).
const chartAttributes = svgAttributeNames.map((name) => name.toLowerCase());

export function sanitizeBriefBody(html: string, purifier: Purifier): string {
  return purifier.sanitize(html, {
    ALLOWED_TAGS: [...htmlTags, ...svgTags],
    ALLOWED_ATTR: [...htmlAttributes, ...chartAttributes],
    // Only `href` holds a link; the other values (coordinates, colours, classes) are not URIs.
    ADD_URI_SAFE_ATTR: [...htmlAttributes, ...chartAttributes].filter((name) => name !== 'href'),
    FORBID_ATTR: ['style'],
    ALLOW_DATA_ATTR: false,
    ALLOWED_URI_REGEXP: safeLink,
  });
}
