/**
 * Which exported brief a reference names: every case's export log is read (a few small files)
 * and each brief's reference made again from its entry id, since the reference itself is never
 * stored. A reference with another journal's tag is told apart from one that matches nothing.
 */
import type { CaseExports, ExportRecord } from '../../shared/exports/exportLog';
import type { ExportLog } from '../exports/exportLog';
import { briefReference, journalTag } from './briefReference';

export type FoundBrief =
  /** With the case's export log, read to find it: its pseudonyms are the brief's. */
  | { kind: 'found'; caseId: string; record: ExportRecord; exports: CaseExports }
  | { kind: 'other-journal' }
  | { kind: 'unknown-brief' };

export interface BriefSearchSources {
  vaultId: string;
  caseIds: () => Promise<readonly string[]>;
  log: Pick<ExportLog, 'read'>;
}

export async function findReturnedBrief(
  sources: BriefSearchSources,
  reference: { reference: string; tag: string },
): Promise<FoundBrief> {
  if (reference.tag !== journalTag(sources.vaultId)) return { kind: 'other-journal' };
  for (const caseId of await sources.caseIds()) {
    const exports = await sources.log.read(caseId);
    for (const record of exports.exports) {
      if (record.kind !== 'supervision-brief') continue;
      if (briefReference(sources.vaultId, record.id) === reference.reference)
        return { kind: 'found', caseId, record, exports };
    }
  }
  return { kind: 'unknown-brief' };
}
