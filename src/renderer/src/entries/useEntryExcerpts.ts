import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { EntryExcerpts } from '../../../shared/journal/caseOverview';
import { contractQuery } from '../api/useContractQuery';
import { batchesFor, excerptBatches, mergedExcerpts } from './excerptBatches';

/**
 * The opening words of the entries in view, read from main a batch at a time as cached
 * getEntryExcerpts reads; `undefined` until the first ones arrive, so the list never opens on
 * blank rows. The case overview leaves them out because they are most of its size, and a long
 * timeline shows only a screenful at once. A change to the case makes them stale by its contract
 * line; a batch that could not be read leaves its rows without words and is asked again when its
 * rows come back into view.
 */
export function useEntryExcerpts(
  caseId: string,
  entries: readonly { id: string }[],
  wanted: readonly string[],
): ReadonlyMap<string, string> | undefined {
  const known = useMemo(() => excerptBatches(entries.map((entry) => entry.id)), [entries]);
  return useQueries({
    queries: batchesFor(known, wanted).map((entryIds) =>
      contractQuery('getEntryExcerpts', { caseId, entryIds: [...entryIds] }),
    ),
    combine: excerptsOf,
  });
}

function excerptsOf(
  results: Pick<UseQueryResult<EntryExcerpts>, 'isPending' | 'data'>[],
): ReadonlyMap<string, string> | undefined {
  if (results.length > 0 && results.every((result) => result.isPending)) return undefined;
  return mergedExcerpts(results.map((result) => result.data));
}
