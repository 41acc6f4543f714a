/**
 * The drafts of one case, from the cached read of every draft: autosave and discards make it
 * stale through their contract lines, so a screen showing it is read again after them.
 */
import { useCallback } from 'react';
import type { Draft } from '../../../shared/journal/requests';
import { useContractQuery } from '../api/useContractQuery';

export function draftsOfCase(drafts: readonly Draft[], caseId: string): Draft[] {
  return drafts.filter((draft) => draft.caseId === caseId);
}

export function useCaseDrafts(caseId: string) {
  const select = useCallback((drafts: Draft[]) => draftsOfCase(drafts, caseId), [caseId]);
  return useContractQuery('listDrafts', undefined, { select });
}
