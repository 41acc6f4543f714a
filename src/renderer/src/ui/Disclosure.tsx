import type { ReactNode } from 'react';

interface Props {
  summary: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  children: ReactNode;
  testId?: string;
}

/**
 * A collapsible group of the form (`<details>`): the rich parts stay out of the way of a quick
 * note. Its open state is kept by the form, so a problem on save can open the group it is in.
 * Native `<details>` rather than Radix Collapsible: the browser already gives it the keyboard, the
 * expanded state, find-in-page and a working fold without script.
 */
export function Disclosure({ summary, open, onToggle, children, testId }: Props) {
  return (
    <details
      className="entry-group"
      open={open}
      data-testid={testId}
      onToggle={(event) => {
        if (event.currentTarget.open !== open) onToggle(event.currentTarget.open);
      }}
    >
      <summary>{summary}</summary>
      <div className="entry-group-body">{children}</div>
    </details>
  );
}
