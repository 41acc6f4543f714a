/**
 * One contract method called through the preload, its envelope unwrapped: the answer, or an
 * `ApiError` carrying main's typed error. The cache's reads and writes all go through here.
 */
import type { MethodName, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { getApi, unwrap } from './client';

export function callContract<M extends MethodName>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
  // Each method takes its own request; the generic index loses that pairing, which `M` restores.
  const call = getApi()[method] as (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>>;
  return unwrap(call(request));
}
