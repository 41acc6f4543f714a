import { useEffect, useState } from 'react';
import type { CaseWithEntries } from '../../../shared/domain/case';
import type { AppErrorShape } from '../../../shared/ipc/result';
import type { Draft } from '../../../shared/journal/requests';
import { getApi } from '../api/client';

export type EntryScreenData =
  | { kind: 'loading' }
  | { kind: 'failed'; error: AppErrorShape }
  | { kind: 'loaded'; journalCase: CaseWithEntries; drafts: Draft[] };

/** The case with its entries, and the drafts of that case, read when the screen opens. */
export function useEntryScreenData(caseId: string): { data: EntryScreenData; reload: () => void } {
  const [data, setData] = useState<EntryScreenData>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    void Promise.all([getApi().getCase({ caseId }), getApi().listDrafts()]).then(([journalCase, drafts]) => {
      if (!current) return;
      if (!journalCase.ok) setData({ kind: 'failed', error: journalCase.error });
      else if (!drafts.ok) setData({ kind: 'failed', error: drafts.error });
      else
        setData({
          kind: 'loaded',
          journalCase: journalCase.value,
          drafts: drafts.value.filter((draft) => draft.caseId === caseId),
        });
    });
    return () => {
      current = false;
    };
  }, [caseId, attempt]);
  return { data, reload: () => setAttempt((count) => count + 1) };
}
