import type { ComponentProps } from 'react';

interface Props extends Omit<ComponentProps<'button'>, 'type' | 'onClick' | 'aria-expanded'> {
  /** Whether the form this button opens is open now. */
  expanded: boolean;
  onToggle: () => void;
}

/**
 * A button that opens its inline form, or closes it again; it says which with `aria-expanded`.
 * A plain button, not a Radix Collapsible: the form opens elsewhere on the screen (under the
 * header, inside a tab) and `InlinePanel` already moves focus into it.
 */
export function PanelToggle({ expanded, onToggle, children, ...button }: Props) {
  return (
    <button type="button" {...button} aria-expanded={expanded} onClick={onToggle}>
      {children}
    </button>
  );
}
