import type { ReactNode } from 'react';

/**
 * The box a chart's table scrolls in when it is long: the box takes focus, so the keyboard can
 * scroll it too, and is named by the table's caption.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="chart-table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
