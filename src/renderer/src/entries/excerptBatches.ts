/**
 * Which excerpts to ask for: the case's entries cut into fixed batches in the order the case
 * lists them, so the rows in view map to the same few requests however the timeline scrolls or
 * is filtered, and each batch is one cached answer.
 */
import type { EntryExcerpts } from '../../../shared/journal/caseOverview';

/** Entries per request: a screenful or two, well under what the channel allows (200). */
export const excerptBatchSize = 50;

export interface ExcerptBatches {
  /** Each batch's entry ids, in the case's order. */
  batches: readonly (readonly string[])[];
  /** The batch an entry falls in. */
  batchOf: ReadonlyMap<string, number>;
}

export function excerptBatches(entryIds: readonly string[], size = excerptBatchSize): ExcerptBatches {
  const batches: string[][] = [];
  const batchOf = new Map<string, number>();
  entryIds.forEach((id, position) => {
    const batch = Math.floor(position / size);
    (batches[batch] ??= []).push(id);
    batchOf.set(id, batch);
  });
  return { batches, batchOf };
}

/** The batches holding the wanted entries, each once, in the case's order; unknown ids are left out. */
export function batchesFor(known: ExcerptBatches, wanted: readonly string[]): (readonly string[])[] {
  const numbers = new Set<number>();
  for (const id of wanted) {
    const batch = known.batchOf.get(id);
    if (batch !== undefined) numbers.add(batch);
  }
  return [...numbers].sort((a, b) => a - b).map((batch) => known.batches[batch] ?? []);
}

/** One map of every excerpt the answers hold. */
export function mergedExcerpts(answers: readonly (EntryExcerpts | undefined)[]): ReadonlyMap<string, string> {
  const excerpts = new Map<string, string>();
  for (const answer of answers)
    for (const [entryId, excerpt] of Object.entries(answer ?? {})) excerpts.set(entryId, excerpt);
  return excerpts;
}
