import { useCallback, useMemo, useRef, useState } from 'react';
import type { Navigation } from './NavigationContext';
import type { Route } from './route';

/** The navigation state of the unlocked app, with a guard against leaving unsaved work. */
export function useNavigationState(initial: Route): Navigation {
  const [route, setRoute] = useState<Route>(initial);
  const guard = useRef<(() => boolean) | undefined>(undefined);
  const navigate = useCallback((next: Route) => {
    if (guard.current !== undefined && !guard.current()) return;
    guard.current = undefined;
    setRoute(next);
  }, []);
  const setLeaveGuard = useCallback((next: (() => boolean) | undefined) => {
    guard.current = next;
  }, []);
  return useMemo(() => ({ route, navigate, setLeaveGuard }), [route, navigate, setLeaveGuard]);
}
