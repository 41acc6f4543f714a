import { useId } from 'react';
import type { Loaded } from '../api/loadState';
import { DamagedFileNotice } from '../components/DamagedFileNotice';

interface Props {
  state: Loaded<unknown>;
  /** The screen's own class, so the heading sits where its content will. */
  className: string;
  loading: string;
  failed: string;
}

/**
 * What a screen shows before what it reads is there: a heading while it loads (the section says
 * it is busy), or what failed with the newest backup offered. Nothing once it is loaded.
 */
export function ScreenLoadState({ state, className, loading, failed }: Props) {
  const titleId = useId();
  if (state.kind === 'loaded') return null;
  return (
    <section
      className={`screen ${className}`}
      aria-labelledby={titleId}
      aria-busy={state.kind === 'loading' ? true : undefined}
    >
      <h1 tabIndex={-1} id={titleId}>
        {state.kind === 'loading' ? loading : failed}
      </h1>
      {state.kind === 'failed' && <DamagedFileNotice error={state.error} />}
    </section>
  );
}
