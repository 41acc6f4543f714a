/**
 * The conflicts a merge leaves: things saved on two devices apart, from the same base. The later
 * text is already current; the other is kept, marked as edited on another device at the same
 * time, until the practitioner confirms which stands (resolvingRevision). Reflections and court
 * report versions wait for that answer; for anything else the later value stands and the inbox
 * only tells.
 */
import type { MergedRevisions } from './mergeRevisions';
import { kindOfKey, type Revision } from './revision';

/** The kinds whose conflicts the practitioner must settle: text that may reach a court. */
export const kindsToSettle: ReadonlySet<string> = new Set(['entry', 'reportVersion']);

export interface Conflict {
  key: string;
  kind: string;
  /** In force now: the latest of the heads. */
  current: Revision;
  /** Saved apart from it, latest first. */
  others: Revision[];
  /** False when the later value stands and the inbox only tells. */
  toSettle: boolean;
}

export function conflictsOf(merged: MergedRevisions): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const register of merged.registers.values()) {
    if (register.concurrent.length === 0) continue;
    const kind = kindOfKey(register.key);
    conflicts.push({
      key: register.key,
      kind,
      current: register.current,
      others: register.concurrent,
      toSettle: kindsToSettle.has(kind),
    });
  }
  return conflicts;
}
