import { useEffect, useState } from 'react';
import { getApi } from '../api/client';

/** How far main is in indexing the journal's cases, while it is. */
export interface Indexing {
  indexed: number;
  total: number;
}

/**
 * The search index's build as main reports it: the counts while it runs (answers meanwhile come
 * from the cases indexed so far), and a number that grows each time a build ends, so the screen
 * can ask its question again of the whole journal.
 */
export function useIndexing(): { indexing: Indexing | undefined; builds: number } {
  const [indexing, setIndexing] = useState<Indexing | undefined>();
  const [builds, setBuilds] = useState(0);
  useEffect(
    () =>
      getApi().onProgress((progress) => {
        if (progress.task !== 'search-index') return;
        if (progress.finished) {
          setIndexing(undefined);
          setBuilds((count) => count + 1);
        } else setIndexing({ indexed: progress.done, total: progress.total });
      }),
    [],
  );
  return { indexing, builds };
}
