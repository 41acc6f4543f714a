/**
 * What the main thread and the search worker say to each other, and how the worker answers. Every
 * request carries an id and is answered in the order it came, with the index's counts.
 */
import type { SearchRequest, SearchResponse } from '../../shared/journal/requestTypes';
import type { EntryDocument } from './entryDocument';
import type { SupervisionDocument } from './supervisionDocument';
import type { SearchIndex } from './searchIndex';

export type IndexRequest =
  | { kind: 'put-case'; caseId: string; alias: string; entries: EntryDocument[]; supervisions?: SupervisionDocument[] }
  | { kind: 'put-entry'; caseId: string; entry: EntryDocument }
  | { kind: 'put-supervisions'; caseId: string; supervisions: SupervisionDocument[] }
  | { kind: 'set-alias'; caseId: string; alias: string }
  | { kind: 'search'; request: SearchRequest };

export interface IndexCounts {
  cases: number;
  entries: number;
}

export type IndexReply = { id: number; counts: IndexCounts } & (
  { kind: 'done' } | { kind: 'answer'; response: SearchResponse } | { kind: 'failed'; message: string }
);

/** Applies one request to the index. */
export function answer(index: SearchIndex, id: number, request: IndexRequest): IndexReply {
  try {
    switch (request.kind) {
      case 'put-case':
        index.putCase(request.caseId, request.alias, request.entries, request.supervisions);
        break;
      case 'put-supervisions':
        index.putSupervisions(request.caseId, request.supervisions);
        break;
      case 'put-entry':
        index.putEntry(request.caseId, request.entry);
        break;
      case 'set-alias':
        index.setAlias(request.caseId, request.alias);
        break;
      case 'search':
        return { id, counts: countsOf(index), kind: 'answer', response: index.search(request.request) };
    }
    return { id, counts: countsOf(index), kind: 'done' };
  } catch (error) {
    // Only the message crosses back: no stack, no text of the journal.
    return {
      id,
      counts: countsOf(index),
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

function countsOf(index: SearchIndex): IndexCounts {
  return { cases: index.caseCount, entries: index.entryCount };
}
