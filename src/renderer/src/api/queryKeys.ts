/**
 * The cache's keys: `[method, request]`, so a read is cached once per distinct request and a
 * method's reads are found by the prefix `[method]` whatever they asked.
 */
import type { QueryKey } from '@tanstack/react-query';
import { methodNames, type QueryName, type RequestOf } from '../../../shared/ipc/contract';

export type ContractQueryKey<M extends QueryName> = readonly [M, RequestOf<M>];

export function queryKeyOf<M extends QueryName>(method: M, request: RequestOf<M>): ContractQueryKey<M> {
  return [method, request] as const;
}

/** The method a cached key reads, if it is one of the contract's. */
export function methodOfKey(key: QueryKey): QueryName | undefined {
  const [method] = key;
  return typeof method === 'string' && (methodNames as readonly string[]).includes(method)
    ? (method as QueryName)
    : undefined;
}

/** The case a cached read is about, if its request names one; reads across cases name none. */
export function caseIdOfKey(key: QueryKey): string | undefined {
  const request = key[1];
  if (typeof request !== 'object' || request === null || !('caseId' in request)) return undefined;
  return typeof request.caseId === 'string' ? request.caseId : undefined;
}
