import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * Where focus goes after an inline form closes: back to the button that opened it, or to the
 * section's heading when that button is gone (the action changed what can be done). When the
 * reads the action made stale remove the opener later (a closed case has no Close button), the
 * screen's own focus keeper (`useScreenFocus`) moves focus to the screen's heading.
 */
export function useReturnFocus(heading: RefObject<HTMLElement | null>) {
  const opener = useRef<HTMLElement | null>(null);
  const [request, setRequest] = useState(0);
  // Before paint, in the same commit that closes the form and shows its confirmation: nothing
  // (a person, a screen reader, a test) sees the page with focus lost to the body in between.
  useLayoutEffect(() => {
    if (request === 0) return;
    const target = opener.current;
    (target?.isConnected ? target : heading.current)?.focus();
  }, [request, heading]);
  return {
    /** Call as a form opens: remembers what has focus now. */
    remember: () => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
    /** Forget the opener: focus goes to the heading next time. */
    forget: () => {
      opener.current = null;
    },
    /** Call as the form closes. */
    restore: () => setRequest((value) => value + 1),
  };
}
