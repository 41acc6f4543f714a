import { createContext, useContext } from 'react';
import type { CaseSummary } from '../../../shared/journal/caseSummary';
import type { AppErrorShape } from '../../../shared/ipc/result';

/** The case list as the sidebar and screens share it; `refresh` after any change to a case. */
export interface Journal {
  cases: CaseSummary[] | undefined;
  error: AppErrorShape | undefined;
  refresh: () => Promise<void>;
}

export const JournalContext = createContext<Journal | undefined>(undefined);

export function useJournal(): Journal {
  const journal = useContext(JournalContext);
  if (journal === undefined) throw new Error('useJournal outside JournalContext');
  return journal;
}
