import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  children: ReactNode;
  className?: string;
  /** 3 when the panel opens inside a section that already has a level-2 heading. */
  level?: 2 | 3;
}

/**
 * A form that opens in place under its button, instead of a modal dialog: it is labelled by its
 * heading and takes focus on its first field, so keyboard and screen-reader users land in it.
 * Not a Radix Dialog: the form belongs to the page (the rest stays readable and reachable) and
 * `useReturnFocus` gives focus back to its opener when it closes.
 */
export function InlinePanel({ title, children, className, level = 2 }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const titleId = useId();
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A confirmation has no field: focus its heading, not the button that would act at once.
    (panel.current?.querySelector<HTMLElement>('input, select, textarea') ?? heading.current)?.focus();
  }, []);
  return (
    <section
      ref={panel}
      className={className === undefined ? 'cases-panel' : `cases-panel ${className}`}
      aria-labelledby={titleId}
    >
      <Heading id={titleId} ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
