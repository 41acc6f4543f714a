import { useEffect } from 'react';
import { useNavigation } from '../navigation/NavigationContext';
import type { Autosave } from './useDraftAutosave';

/**
 * While a reflection has unsaved changes, leaving the screen asks first (the draft is saved as
 * the question is asked, so staying or going loses nothing), and closing or reloading the window
 * is held back while typed text is not in a draft yet.
 */
export function useLeaveGuard(active: boolean, question: string, autosave: Pick<Autosave, 'flush' | 'isBehind'>): void {
  const { setLeaveGuard } = useNavigation();
  const { flush, isBehind } = autosave;
  useEffect(() => {
    if (!active) return;
    setLeaveGuard(() => {
      void flush();
      // The browser's own confirm: modal, accessible, and the guard must answer at once.
      return window.confirm(question);
    });
    function onBeforeUnload(event: BeforeUnloadEvent): void {
      if (!isBehind()) return;
      void flush();
      event.preventDefault();
    }
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      setLeaveGuard(undefined);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [active, question, flush, isBehind, setLeaveGuard]);
}
