/**
 * Saves changes to several cases as one: each change is made and checked before anything is
 * written, so a refusal on one case writes none; a save that fails after others were written puts
 * those back as they were read. The store writes one case file at a time, so this is the journal's
 * way to record one meeting in several cases all or nothing.
 */
import type { CaseWithEntries } from '../../shared/domain/case';
import { AppError } from '../../shared/ipc/result';
import { isUnconfirmedWrite } from '../vault/durableFile';
import { checkedDetails } from './caseCheck';
import { savedDespite, type JournalStore } from './journalStore';

export interface CaseChange {
  before: CaseWithEntries;
  next: CaseWithEntries;
}

/**
 * Writes every `next`, or none: on a failure the cases already written (and the failing one, when
 * its write took place) are written back as `before`. Only details change, never entries.
 */
export async function saveCasesTogether(store: JournalStore, changes: readonly CaseChange[]): Promise<void> {
  for (const change of changes) {
    if (change.next.entries !== change.before.entries) throw new TypeError('Only a case’s details change together.');
    // The store checks again as it writes; this refuses before the first write.
    checkedDetails(change.next);
  }
  const written: CaseChange[] = [];
  for (const change of changes) {
    try {
      await store.saveCase(change.next);
      written.push(change);
    } catch (error) {
      if (isUnconfirmedWrite(error) || savedDespite(error)) written.push(change);
      await putBack(store, written, error);
      throw error;
    }
  }
}

async function putBack(store: JournalStore, written: readonly CaseChange[], cause: unknown): Promise<void> {
  const kept: string[] = [];
  for (const change of [...written].reverse()) {
    try {
      await store.saveCase(change.before);
    } catch (error) {
      if (!isUnconfirmedWrite(error) && !savedDespite(error)) kept.push(change.before.alias);
    }
  }
  if (kept.length > 0) {
    throw new AppError(
      'io-failure',
      `The change could not be saved in every case, and could not be undone in ${kept.join(', ')}: it is saved there only.`,
      { cause },
    );
  }
}
