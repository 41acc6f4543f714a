import { useCallback, useEffect, useState } from 'react';
import type { Case, CaseWithEntries } from '../../../shared/domain/case';
import type { AppErrorShape } from '../../../shared/ipc/result';
import { getApi } from '../api/client';

export type CaseState =
  { kind: 'loading' } | { kind: 'loaded'; journalCase: CaseWithEntries } | { kind: 'failed'; error: AppErrorShape };

/** One case with its entries, loaded from main; `apply` takes the case an update returned. */
export function useCase(caseId: string) {
  const [state, setState] = useState<CaseState>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let wanted = true; // An answer for a case no longer shown is dropped.
    void getApi()
      .getCase({ caseId })
      .then((result) => {
        if (!wanted) return;
        setState(result.ok ? { kind: 'loaded', journalCase: result.value } : { kind: 'failed', error: result.error });
      });
    return () => {
      wanted = false;
    };
  }, [caseId, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  // Updates answer with the case without its entries; the entries did not change.
  const apply = useCallback((updated: Case) => {
    setState((previous) =>
      previous.kind === 'loaded'
        ? { kind: 'loaded', journalCase: { ...updated, entries: previous.journalCase.entries } }
        : previous,
    );
  }, []);

  return { state, reload, apply };
}
