import type { ReactNode } from 'react';
import type { CasePanel } from './casePanels';

interface Props {
  panel: CasePanel;
  open: CasePanel | undefined;
  onToggle: (panel: CasePanel) => void;
  children: ReactNode;
}

/** A button that opens its inline form, or closes it again; it says which with `aria-expanded`. */
export function PanelToggle({ panel, open, onToggle, children }: Props) {
  return (
    <button type="button" aria-expanded={open === panel} onClick={() => onToggle(panel)}>
      {children}
    </button>
  );
}
