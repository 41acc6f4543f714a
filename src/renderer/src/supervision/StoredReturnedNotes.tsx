import type { ReturnedNotes as StoredNotes } from '../../../shared/domain/supervision';
import { loadStateOf } from '../api/loadState';
import { useContractQuery } from '../api/useContractQuery';
import { ReturnedNotes } from './ReturnedNotes';

/** Notes kept from a brief sent back, with the names of that brief's pseudonyms put back on screen. */
export function StoredReturnedNotes({ caseId, returned }: { caseId: string; returned: StoredNotes }) {
  const pseudonyms = loadStateOf(useContractQuery('getBriefPseudonyms', { caseId, exportId: returned.exportId }));
  return (
    <ReturnedNotes
      reference={returned.reference}
      notes={returned.notes}
      comments={returned.comments}
      // Until they are read (or if that brief's entry is gone), the notes show as written.
      pseudonyms={pseudonyms.kind === 'loaded' ? pseudonyms.value.pseudonyms : []}
      headingLevel={4}
    />
  );
}
