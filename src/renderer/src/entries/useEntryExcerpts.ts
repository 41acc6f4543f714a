import { useEffect, useRef, useState } from 'react';
import type { EntryExcerpts } from '../../../shared/journal/caseOverview';
import { getApi } from '../api/client';

/** At most this many per request, as the channel allows; the rest follow once these arrive. */
const batchLimit = 200;

interface Known {
  /** The entries the excerpts were read for: a case read again starts afresh. */
  source: object;
  excerpts: ReadonlyMap<string, string>;
}

/**
 * The opening words of the entries in view, read from main a window at a time and kept while the
 * case is shown; `undefined` until the first ones arrive. The case overview leaves them out
 * because they are most of its size, and a long timeline shows only a screenful at once.
 */
export function useEntryExcerpts(
  caseId: string,
  source: object,
  wanted: readonly string[],
): ReadonlyMap<string, string> | undefined {
  const [known, setKnown] = useState<Known | undefined>();
  const asked = useRef<{ source: object; ids: Set<string> }>({ source, ids: new Set() });
  const current = known?.source === source ? known.excerpts : undefined;
  const missing = wanted.filter((id) => current?.has(id) !== true).join(' ');

  useEffect(() => {
    if (asked.current.source !== source) asked.current = { source, ids: new Set() };
    const { ids } = asked.current;
    const entryIds = missing
      .split(' ')
      .filter((id) => id !== '' && !ids.has(id))
      .slice(0, batchLimit);
    if (entryIds.length === 0) return;
    for (const id of entryIds) ids.add(id);
    void getApi()
      .getEntryExcerpts({ caseId, entryIds })
      .then((result) => {
        if (asked.current.source !== source) return; // The case was read again meanwhile.
        // Rows whose excerpt could not be read show without it, and ask again when next in view.
        if (!result.ok) for (const id of entryIds) ids.delete(id);
        setKnown((previous) => ({
          source,
          excerpts: merged(previous?.source === source ? previous : undefined, result.ok ? result.value : {}),
        }));
      });
  }, [caseId, source, missing]);

  return current;
}

function merged(previous: Known | undefined, added: EntryExcerpts): ReadonlyMap<string, string> {
  const excerpts = new Map(previous?.excerpts);
  for (const [entryId, excerpt] of Object.entries(added)) excerpts.set(entryId, excerpt);
  return excerpts;
}
