import type { CaseSummary } from '../../../shared/journal/caseSummary';
import type { AppErrorShape } from '../../../shared/ipc/result';
import { useContractQuery } from '../api/useContractQuery';

/** The case list as the sidebar and screens share it: one cached read, stale after any change to a case. */
export interface Journal {
  cases: CaseSummary[] | undefined;
  error: AppErrorShape | undefined;
}

export function useJournal(): Journal {
  const { data, error } = useContractQuery('listCases', undefined);
  return { cases: data, error: error?.shape };
}
