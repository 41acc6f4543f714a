import { useCallback, useEffect, useState } from 'react';
import type { AppErrorShape, Result } from '../../../shared/ipc/result';

export type Loaded<T> = { kind: 'loading' } | { kind: 'loaded'; value: T } | { kind: 'failed'; error: AppErrorShape };

/**
 * What one call to main answers, loaded when `key` changes and again on `reload`. An answer that
 * arrives after the key changed (another case is shown now) is dropped.
 */
export function useLoaded<T>(load: () => Promise<Result<T>>, key: string) {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let wanted = true;
    void load().then((result) => {
      if (!wanted) return;
      setState(result.ok ? { kind: 'loaded', value: result.value } : { kind: 'failed', error: result.error });
    });
    return () => {
      wanted = false;
    };
    // `load` is a new function on every render; `key` says when it asks for something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, reload, setState };
}
