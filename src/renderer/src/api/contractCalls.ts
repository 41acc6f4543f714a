/**
 * One contract method called through the preload, its envelope unwrapped: the answer, or an
 * `ApiError` carrying main's typed error. The cache's reads and writes all go through here.
 */
import type { MethodName, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { ApiError, getApi, unwrap } from './client';

export async function callContract<M extends MethodName>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
  // Each method takes its own request; the generic index loses that pairing, which `M` restores.
  const call = getApi()[method] as (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>>;
  try {
    return await unwrap(call(request));
  } catch (error) {
    // The router always answers with an envelope; a broken channel still shows as a typed error.
    if (error instanceof ApiError) throw error;
    throw new ApiError({ code: 'internal', message: error instanceof Error ? error.message : String(error) });
  }
}
