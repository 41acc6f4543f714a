import type { CaseWithEntries } from '../../../shared/domain/case';
import type { Draft } from '../../../shared/journal/requests';
import { bothLoaded, loadStateOf, type Loaded } from '../api/loadState';
import { useContractQuery } from '../api/useContractQuery';
import { useCaseDrafts } from './useCaseDrafts';

export type EntryScreenData = Loaded<{ journalCase: CaseWithEntries; drafts: Draft[] }>;

/**
 * The case with its entries, and the drafts of that case: two cached reads, read again when a
 * save, a discard or a restore makes them stale (after a restore, a failed read is asked again).
 */
export function useEntryScreenData(caseId: string): EntryScreenData {
  const both = bothLoaded(loadStateOf(useContractQuery('getCase', { caseId })), loadStateOf(useCaseDrafts(caseId)));
  if (both.kind !== 'loaded') return both;
  const [journalCase, drafts] = both.value;
  return { kind: 'loaded', value: { journalCase, drafts } };
}
