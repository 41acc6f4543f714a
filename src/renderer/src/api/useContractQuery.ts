/**
 * A cached read of one contract query, typed from its schemas: `useContractQuery('getCase',
 * { caseId })`. Pass `skipToken` as the request while there is nothing to ask yet.
 */
import { skipToken, useQuery, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import type { QueryName, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { ApiError } from './client';
import { callContract } from './contractCalls';
import { queryKeyOf, type ContractQueryKey } from './queryKeys';

/** What a screen may tune; the key and the call come from the contract. */
export type ContractQueryOptions<M extends QueryName, Selected = ResponseOf<M>> = Omit<
  UseQueryOptions<ResponseOf<M>, ApiError, Selected, ContractQueryKey<M>>,
  'queryKey' | 'queryFn'
>;

/** The key and the call of one read, for `useQuery`, `useQueries` or the client itself. */
export function contractQuery<M extends QueryName>(method: M, request: RequestOf<M> | typeof skipToken) {
  const queryKey = queryKeyOf(method, request === skipToken ? (undefined as RequestOf<M>) : request);
  return {
    queryKey,
    queryFn: request === skipToken ? skipToken : () => callContract(method, request),
  } as const;
}

export function useContractQuery<M extends QueryName, Selected = ResponseOf<M>>(
  method: M,
  request: RequestOf<M> | typeof skipToken,
  options?: ContractQueryOptions<M, Selected>,
): UseQueryResult<Selected, ApiError> {
  return useQuery({ ...options, ...contractQuery(method, request) });
}
