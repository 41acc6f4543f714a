import { useCallback, useEffect } from 'react';
import { useNavigation } from '../navigation/NavigationContext';

/**
 * While `dirty`, leaving the screen asks first: a busy practitioner who clicks another case
 * should not lose the parties they just typed. The browser's own confirm is accessible and modal.
 * Returns `release`, to call once the work is saved and the screen moves on by itself.
 */
export function useUnsavedGuard(dirty: boolean, question: string): () => void {
  const { setLeaveGuard } = useNavigation();
  useEffect(() => {
    if (!dirty) return;
    setLeaveGuard(() => window.confirm(question));
    return () => setLeaveGuard(undefined);
  }, [dirty, question, setLeaveGuard]);
  return useCallback(() => setLeaveGuard(undefined), [setLeaveGuard]);
}
