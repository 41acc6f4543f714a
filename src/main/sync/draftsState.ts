/** The drafts every device saved, merged: the current one of each, newest first. Pure. */
import type { Draft } from '../../shared/journal/requests';
import { conflictsOf, type Conflict } from './conflicts';
import { currentValuesOf } from './currentValues';
import { mergeRevisions } from './mergeRevisions';
import type { Revision } from './revision';

export interface DraftsState {
  drafts: Draft[];
  conflicts: Conflict[];
}

export function draftsStateOf(revisions: Iterable<Revision>): DraftsState {
  const merged = mergeRevisions(revisions);
  const drafts = currentValuesOf<Draft>(merged, 'draft')
    .map(({ value }) => value)
    .sort((left, right) => right.savedAt.localeCompare(left.savedAt) || left.draftId.localeCompare(right.draftId));
  return { drafts, conflicts: conflictsOf(merged) };
}
