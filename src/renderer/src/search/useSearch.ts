import { keepPreviousData, skipToken } from '@tanstack/react-query';
import type { RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { AppErrorShape } from '../../../shared/ipc/result';
import { useContractQuery } from '../api/useContractQuery';

export type SearchRequest = RequestOf<'searchJournal'>;
export type SearchResponse = ResponseOf<'searchJournal'>;

export interface SearchState {
  /** The answer to the request asked; none while it is on its way or when nothing is asked. */
  response: SearchResponse | undefined;
  error: AppErrorShape | undefined;
  /** The request asked has no answer yet (the previous one is kept meanwhile, not shown as its). */
  pending: boolean;
}

/**
 * The cached answer to one search. Equal requests share one answer, and an answer to an older
 * request never replaces a newer one. When the index finishes building, main's progress event
 * makes every search stale, and the one on screen is asked again while its answer stays shown.
 */
export function useSearch(request: SearchRequest | undefined): SearchState {
  const query = useContractQuery('searchJournal', request ?? skipToken, { placeholderData: keepPreviousData });
  const answered = query.isSuccess && !query.isPlaceholderData;
  return {
    response: answered ? query.data : undefined,
    error: query.error?.shape,
    pending: request !== undefined && (query.isPending || query.isPlaceholderData),
  };
}
