import { createElement, type ReactNode } from 'react';
import { attributeText, type SvgChild, type SvgElement } from '../../../shared/charts/svgTree';

/** `stroke-width` → `strokeWidth`; `aria-*` stays as written; `class` → `className`. */
function propName(attribute: string): string {
  if (attribute === 'class') return 'className';
  if (attribute.startsWith('aria-')) return attribute;
  return attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function render(child: SvgChild): ReactNode {
  if (typeof child === 'string') return child;
  const props: Record<string, string> = {};
  for (const [name, value] of Object.entries(child.attributes)) {
    if (name !== 'xmlns') props[propName(name)] = attributeText(value);
  }
  return createElement(child.tag, props, ...child.children.map(render));
}

/**
 * A chart's SVG tree as React elements: no markup string is injected, React escapes every text,
 * and the tree's own allow-lists keep out styles and handlers.
 */
export function SvgView({ element }: { element: SvgElement }) {
  return render(element);
}
