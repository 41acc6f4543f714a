import type { ReactNode } from 'react';

interface Props {
  /** The heading's id: the summary at the top of Home moves focus to it. */
  headingId: string;
  /** The heading, with the count in words ("3 reports to share…"). */
  title: string;
  /** What an empty list says, so an empty section is an answer, not a blank. */
  empty: string;
  count: number;
  testId: string;
  children: ReactNode;
  /** A line under the list (a way to change what the list counts). */
  footer?: ReactNode;
}

/** One list of Home's work queue: a heading with its count, the rows, or what its emptiness means. */
export function QueueSection({ headingId, title, empty, count, testId, children, footer }: Props) {
  return (
    <section className="home-queue-section" aria-labelledby={headingId} data-testid={testId} data-count={count}>
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      {count === 0 ? <p className="help">{empty}</p> : <ul className="reports-items">{children}</ul>}
      {footer}
    </section>
  );
}
