/**
 * What the index needs of a reflection: the filters and the texts of its current version. Made
 * on the main thread and posted to the search worker, so earlier versions and ratings never cross.
 */
import type { Entry } from '../../shared/domain/entry';
import type { Phase, RuptureKind, TensionType } from '../../shared/domain/taxonomy';
import { entryTexts, type EntryText } from '../../shared/journal/entryTexts';

export interface EntryDocument {
  entryId: string;
  sessionDate: string;
  phase: Phase;
  tensionTypes: TensionType[];
  ruptures: RuptureKind[];
  texts: EntryText[];
}

export function entryDocument(entry: Entry): EntryDocument {
  return {
    entryId: entry.id,
    sessionDate: entry.sessionDate,
    phase: entry.phase,
    tensionTypes: [...new Set(entry.tensions.map((tension) => tension.type))],
    ruptures: [...new Set(entry.tensions.map((tension) => tension.rupture))],
    texts: entryTexts(entry),
  };
}
