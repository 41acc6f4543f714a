import { useEffect, useState } from 'react';
import type { RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { getApi } from '../api/client';

export type SearchRequest = RequestOf<'searchJournal'>;
export type SearchResponse = ResponseOf<'searchJournal'>;

/** Waits until `value` has stopped changing for `delay` milliseconds. */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * The answer to the latest request (given as its JSON, so equal requests are one). An answer that
 * arrives after a newer request was made is dropped, so results never jump back. A new `refresh`
 * asks the same request again and keeps showing the last answer until the new one arrives.
 */
export function useSearch(requestKey: string | undefined, refresh = 0) {
  const [answer, setAnswer] = useState<{ key: string; result: Result<SearchResponse> } | undefined>();
  useEffect(() => {
    if (requestKey === undefined) return;
    let current = true;
    void getApi()
      .searchJournal(JSON.parse(requestKey) as SearchRequest)
      .then((result) => {
        if (current) setAnswer({ key: requestKey, result });
      });
    return () => {
      current = false;
    };
  }, [requestKey, refresh]);
  const settled = answer !== undefined && answer.key === requestKey ? answer.result : undefined;
  return { result: settled, pending: requestKey !== undefined && settled === undefined };
}
