import { useCallback } from 'react';
import type { Case, CaseWithEntries } from '../../../shared/domain/case';
import type { CaseOverview } from '../../../shared/journal/caseOverview';
import type { Result } from '../../../shared/ipc/result';
import { getApi } from '../api/client';
import { useLoaded } from '../api/useLoaded';

/** How a screen reads its case: whole, or only what the case screen shows. */
export type CaseReader<T extends Case> = (caseId: string) => Promise<Result<T>>;

/** Every entry with all its text and history: for the screens that edit or quote reflections. */
export const readWholeCase: CaseReader<CaseWithEntries> = (caseId) => getApi().getCase({ caseId });

/** The case screen's overview: thousands of reflections in a fraction of the bytes. */
export const readCaseOverview: CaseReader<CaseOverview> = (caseId) => getApi().getCaseOverview({ caseId });

/** One case loaded from main with `read`; `apply` takes the case an update returned. */
export function useCase<T extends Case>(caseId: string, read: CaseReader<T>) {
  const { state, reload, setState } = useLoaded(() => read(caseId), caseId);

  // Updates answer with the case without its entries; the entries (and what is read from them) did not change.
  const apply = useCallback(
    (updated: Case) =>
      setState((previous) =>
        previous.kind === 'loaded' ? { kind: 'loaded', value: { ...previous.value, ...updated } } : previous,
      ),
    [setState],
  );

  return { state, reload, apply };
}
