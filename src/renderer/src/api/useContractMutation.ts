/**
 * A contract mutation, typed from its schemas: `useContractMutation('updateCase')`. On success
 * it marks stale exactly the reads its contract line declares, and settles once those on screen
 * have been read again, so the caller's next render already shows the change.
 */
import { useMutation, useQueryClient, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query';
import type { MutationName, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { ApiError } from './client';
import { callContract } from './contractCalls';
import { invalidateAfterMutation } from './invalidation';

export type ContractMutationOptions<M extends MutationName> = Omit<
  UseMutationOptions<ResponseOf<M>, ApiError, RequestOf<M>>,
  'mutationFn'
>;

export function useContractMutation<M extends MutationName>(
  method: M,
  options?: ContractMutationOptions<M>,
): UseMutationResult<ResponseOf<M>, ApiError, RequestOf<M>> {
  const client = useQueryClient();
  return useMutation({
    ...options,
    mutationFn: (request) => callContract(method, request),
    onSuccess: async (...answer) => {
      await invalidateAfterMutation(client, method);
      await options?.onSuccess?.(...answer);
    },
  });
}
