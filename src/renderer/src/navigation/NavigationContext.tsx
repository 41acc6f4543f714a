import { createContext, useContext } from 'react';
import type { Route } from './route';

export interface Navigation {
  route: Route;
  /** Goes to a route unless a screen with unsaved work refuses (see `useLeaveGuard`). */
  navigate: (route: Route) => void;
  /** A screen with unsaved text registers a check; it returns false to stay. */
  setLeaveGuard: (guard: (() => boolean) | undefined) => void;
}

export const NavigationContext = createContext<Navigation | undefined>(undefined);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (navigation === undefined) throw new Error('useNavigation outside NavigationContext');
  return navigation;
}
