import { useState } from 'react';
import type { AppErrorShape, Result } from '../../../shared/ipc/result';

/** Runs one API call at a time for a form, keeping its busy state and typed error. */
export function useSubmit<T>(onSuccess: (value: T) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | undefined>();

  async function submit(call: () => Promise<Result<T>>): Promise<void> {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await call();
      if (result.ok) onSuccess(result.value);
      else setError(result.error);
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, submit, clearError: () => setError(undefined) };
}
