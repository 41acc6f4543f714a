import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Focus follows the screen. When `screen` changes (and when the frame first shows), focus moves
 * to the new screen's `<h1 tabindex="-1">` as soon as it is in the page (a lazily loaded screen
 * paints later), unless the screen put focus inside itself (a field with `autoFocus`). For as long
 * as the frame is shown, when the focused element leaves the page (a form that closed, a button
 * the new state has no use for, a loading heading replaced by the loaded one), focus goes to the
 * screen's heading instead of falling to the body, where keyboard and screen-reader users would
 * start again from the top of the window.
 */
export function useScreenFocus(frame: RefObject<HTMLElement | null>, screen: string): void {
  const pending = useRef(true);
  const lastFocused = useRef<Element | null>(null);

  useLayoutEffect(() => {
    pending.current = true;
    if (frame.current !== null) focusNewScreen(frame.current, pending);
  }, [frame, screen]);

  useEffect(() => {
    const root = frame.current;
    if (root === null) return;
    const remember = (event: FocusEvent) => {
      lastFocused.current = event.target instanceof Element ? event.target : null;
    };
    let check: number | undefined;
    const observer = new MutationObserver(() => {
      if (pending.current) {
        focusNewScreen(root, pending);
        return;
      }
      // After the task that removed it: a widget that gives focus back itself (a menu to its
      // button, in a timeout) does so first, and then nothing is lost.
      window.clearTimeout(check);
      check = window.setTimeout(() => {
        const lost = lastFocused.current;
        if (lost === null || lost.isConnected) return;
        if (document.activeElement !== null && document.activeElement !== document.body) return;
        lastFocused.current = null;
        root.querySelector<HTMLElement>('h1')?.focus();
      }, 0);
    });
    observer.observe(root, { childList: true, subtree: true });
    document.addEventListener('focusin', remember);
    return () => {
      observer.disconnect();
      window.clearTimeout(check);
      document.removeEventListener('focusin', remember);
    };
  }, [frame]);
}

/** Focuses the screen's heading once there is one, unless the screen already holds focus. */
function focusNewScreen(root: HTMLElement, pending: { current: boolean }): void {
  const heading = root.querySelector<HTMLElement>('h1');
  if (heading === null) return;
  pending.current = false;
  const active = document.activeElement;
  if (active !== null && active !== document.body && root.contains(active)) return;
  heading.focus();
}
