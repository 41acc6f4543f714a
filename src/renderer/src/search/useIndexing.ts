import { useEffect, useState } from 'react';
import { getApi } from '../api/client';

/** How far main is in indexing the journal's cases, while it is. */
export interface Indexing {
  indexed: number;
  total: number;
}

/**
 * The search index's build as main reports it: the counts while it runs (answers meanwhile come
 * from the cases indexed so far); none once it has finished. Asking again then is the cache's
 * part (`staleAfterProgress`).
 */
export function useIndexing(): Indexing | undefined {
  const [indexing, setIndexing] = useState<Indexing | undefined>();
  useEffect(
    () =>
      getApi().onProgress((progress) => {
        if (progress.task !== 'search-index') return;
        setIndexing(progress.finished ? undefined : { indexed: progress.done, total: progress.total });
      }),
    [],
  );
  return indexing;
}
