import { useEffect, useMemo, useState } from 'react';

export interface SettledRequest<T> {
  /** The request once it has stopped changing for the delay; the first one at once. */
  settled: T | undefined;
  /** The request differs from the settled one: its answer is not asked yet. */
  settling: boolean;
}

/**
 * A request for a cached read, held back while it keeps changing (typing a word or a date), so
 * a read is not asked for every keystroke. Requests are compared by their JSON, so an equal
 * request built again is the same one.
 */
export function useSettledRequest<T>(request: T | undefined, delay: number): SettledRequest<T> {
  const key = request === undefined ? undefined : JSON.stringify(request);
  const [settledKey, setSettledKey] = useState(key);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettledKey(key), delay);
    return () => window.clearTimeout(timer);
  }, [key, delay]);
  const settled = useMemo(() => (settledKey === undefined ? undefined : (JSON.parse(settledKey) as T)), [settledKey]);
  return { settled, settling: settledKey !== key };
}
