/**
 * What the index needs of a case's part of a supervision: when it was held and its texts, each
 * with its visibility. Made on the main thread and posted to the search worker like a reflection's.
 */
import type { CaseSupervision } from '../../shared/domain/supervision';
import type { EntryText } from '../../shared/journal/entryTexts';
import { supervisionTexts } from '../../shared/journal/supervisionTexts';

export interface SupervisionDocument {
  /** The case's part (`CaseSupervision.id`), which the Supervision tab opens at. */
  partId: string;
  heldOn: string;
  texts: EntryText[];
}

export function supervisionDocument(part: CaseSupervision): SupervisionDocument {
  return { partId: part.id, heldOn: part.heldOn, texts: supervisionTexts(part) };
}
