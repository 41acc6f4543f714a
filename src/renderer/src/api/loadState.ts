/**
 * A cached read as the three states a screen shows: loading, loaded, or failed with main's
 * typed error (which the damaged-file notice can offer a backup for).
 */
import type { UseQueryResult } from '@tanstack/react-query';
import type { AppErrorShape } from '../../../shared/ipc/result';
import type { ApiError } from './client';

export type Loaded<T> = { kind: 'loading' } | { kind: 'loaded'; value: T } | { kind: 'failed'; error: AppErrorShape };

export function loadStateOf<T>(query: UseQueryResult<T, ApiError>): Loaded<T> {
  if (query.isSuccess) return { kind: 'loaded', value: query.data };
  if (query.isError) return { kind: 'failed', error: query.error.shape };
  return { kind: 'loading' };
}

/**
 * Two reads a screen needs both of: loaded once both are, failed as soon as either failed (the
 * first one's error when both did), loading otherwise.
 */
export function bothLoaded<A, B>(first: Loaded<A>, second: Loaded<B>): Loaded<[A, B]> {
  if (first.kind === 'failed') return first;
  if (second.kind === 'failed') return second;
  if (first.kind === 'loaded' && second.kind === 'loaded')
    return { kind: 'loaded', value: [first.value, second.value] };
  return { kind: 'loading' };
}
