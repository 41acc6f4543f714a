import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CaseSummary } from '../../../shared/journal/caseSummary';
import type { AppErrorShape, Result } from '../../../shared/ipc/result';
import { getApi } from '../api/client';
import type { Journal } from './JournalContext';

/** Loads the case list once the journal is open; dropped with the component when it locks. */
export function useJournalState(): Journal {
  const [cases, setCases] = useState<CaseSummary[] | undefined>();
  const [error, setError] = useState<AppErrorShape | undefined>();

  const apply = useCallback((result: Result<CaseSummary[]>) => {
    if (result.ok) {
      setCases(result.value);
      setError(undefined);
    } else setError(result.error);
  }, []);

  const refresh = useCallback(async () => apply(await getApi().listCases()), [apply]);

  useEffect(() => {
    let current = true;
    void getApi()
      .listCases()
      .then((result) => {
        if (current) apply(result);
      });
    return () => {
      current = false;
    };
  }, [apply]);

  return useMemo(() => ({ cases, error, refresh }), [cases, error, refresh]);
}
