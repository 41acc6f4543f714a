import { useRef, useState } from 'react';
import type { AppErrorShape, Result } from '../../../shared/ipc/result';

/**
 * Runs one API call at a time for a form, keeping its busy state and typed error. The guard is a
 * ref, not the busy state: two clicks in the same tick both see the state of the last render.
 */
export function useSubmit<T>(onSuccess: (value: T) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | undefined>();
  const running = useRef(false);

  async function submit(call: () => Promise<Result<T>>): Promise<void> {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(undefined);
    try {
      const result = await call();
      if (result.ok) onSuccess(result.value);
      else setError(result.error);
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  return { busy, error, submit, clearError: () => setError(undefined) };
}
