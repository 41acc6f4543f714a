/**
 * A tiny SVG element tree: the charts build one, exports serialize it to a string, and the app
 * turns it into React elements. Only an allow-list of tags and attributes exists, so no `style`,
 * no event handler and no link can get in, and every text and value is escaped on the way out.
 */
import { escapeMarkup } from '../render/escapeMarkup';

export const svgTags = [
  'svg',
  'g',
  'title',
  'desc',
  'rect',
  'line',
  'polyline',
  'path',
  'circle',
  'text',
  'tspan',
] as const;
export type SvgTag = (typeof svgTags)[number];

export const svgAttributeNames = [
  'xmlns',
  'viewBox',
  'width',
  'height',
  'role',
  'aria-labelledby',
  'aria-label',
  'aria-hidden',
  'id',
  'class',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'dx',
  'dy',
  'd',
  'points',
  'transform',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'text-anchor',
  'dominant-baseline',
  'font-family',
  'font-size',
  'font-weight',
] as const;
export type SvgAttributeName = (typeof svgAttributeNames)[number];

export type SvgAttributes = Partial<Record<SvgAttributeName, string | number>>;

export interface SvgElement {
  tag: SvgTag;
  attributes: SvgAttributes;
  children: SvgChild[];
}

/** An element, or text content. */
export type SvgChild = SvgElement | string;

/** Builds an element; undefined attributes are left out, falsy children (from `&&`) dropped. */
export function svg(
  tag: SvgTag,
  attributes: Partial<Record<SvgAttributeName, string | number | undefined>> = {},
  ...children: (SvgChild | false | undefined | SvgChild[])[]
): SvgElement {
  const kept: SvgAttributes = {};
  for (const [name, value] of Object.entries(attributes) as [SvgAttributeName, string | number | undefined][]) {
    if (value !== undefined) kept[name] = value;
  }
  const flat = children.flat().filter((child): child is SvgChild => child !== false && child !== undefined);
  return { tag, attributes: kept, children: flat };
}

/** Numbers as short, locale-free text: at most two decimals, no `-0`. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** The value of an attribute as it is written: numbers formatted, text escaped. */
export function attributeText(value: string | number): string {
  return typeof value === 'number' ? formatNumber(value) : value;
}

/** The markup of a tree. Tag and attribute names come from the allow-lists; everything else is escaped. */
export function serializeSvg(element: SvgElement): string {
  if (!(svgTags as readonly string[]).includes(element.tag)) throw new Error(`Unexpected SVG tag ${element.tag}`);
  const attributes = Object.entries(element.attributes)
    .map(([name, value]) => {
      if (!(svgAttributeNames as readonly string[]).includes(name)) throw new Error(`Unexpected SVG attribute ${name}`);
      return ` ${name}="${escapeMarkup(attributeText(value))}"`;
    })
    .join('');
  if (element.children.length === 0) return `<${element.tag}${attributes}/>`;
  const content = element.children
    .map((child) => (typeof child === 'string' ? escapeMarkup(child) : serializeSvg(child)))
    .join('');
  return `<${element.tag}${attributes}>${content}</${element.tag}>`;
}

/** Splits a label into at most `maxLines` lines of about `width` characters, with an ellipsis where it was cut. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const current = lines.at(-1);
    if (current !== undefined && `${current} ${word}`.length <= width) lines[lines.length - 1] = `${current} ${word}`;
    else lines.push(word);
  }
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines) kept[kept.length - 1] = `${kept.at(-1) ?? ''}…`;
  return kept.map((line) => (line.length > width ? `${line.slice(0, Math.max(1, width - 1)).trimEnd()}…` : line));
}

/** The same escaping as every other markup Alianza writes. */
export { escapeMarkup as escapeXml };
