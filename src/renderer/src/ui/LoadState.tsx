import type { ReactNode } from 'react';
import type { Loaded } from '../api/loadState';
import { DamagedFileNotice } from '../components/DamagedFileNotice';

interface Props<T> {
  state: Loaded<T>;
  /** The line shown while it loads. */
  loading: string;
  /** What to show once it is loaded. */
  children: (value: T) => ReactNode;
}

/**
 * A read inside a section of a screen: a line while it loads, main's error if it failed (with
 * the newest backup offered when a file is damaged), then the content.
 */
export function LoadState<T>({ state, loading, children }: Props<T>) {
  if (state.kind === 'loading') return <p className="help">{loading}</p>;
  if (state.kind === 'failed') return <DamagedFileNotice error={state.error} />;
  return children(state.value);
}
