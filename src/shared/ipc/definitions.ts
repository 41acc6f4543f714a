/**
 * The two kinds of contract method. A query only reads, so the renderer may cache its answer; a
 * mutation changes something, names the queries it makes stale, and says whether it counts as
 * user activity for auto-lock.
 */
import type { z } from 'zod';
import type { MethodName } from './names';

export interface QueryDefinition<Request extends z.ZodType = z.ZodType, Response extends z.ZodType = z.ZodType> {
  kind: 'query';
  request: Request;
  response: Response;
}

export interface MutationPolicy<Stale extends readonly MethodName[] = readonly MethodName[]> {
  /** The queries whose cached answers this change makes out of date (all of them, whatever their request). */
  stale: Stale;
  /** A deliberate action that restarts the auto-lock count; autosave and reads do not. */
  activity: boolean;
}

export interface MutationDefinition<
  Request extends z.ZodType = z.ZodType,
  Response extends z.ZodType = z.ZodType,
  Stale extends readonly MethodName[] = readonly MethodName[],
> extends MutationPolicy<Stale> {
  kind: 'mutation';
  request: Request;
  response: Response;
}

export type MethodDefinition = QueryDefinition | MutationDefinition;

export function query<const Request extends z.ZodType, const Response extends z.ZodType>(
  request: Request,
  response: Response,
): QueryDefinition<Request, Response> {
  return { kind: 'query', request, response };
}

export function mutation<
  const Request extends z.ZodType,
  const Response extends z.ZodType,
  const Stale extends readonly MethodName[],
>(request: Request, response: Response, policy: MutationPolicy<Stale>): MutationDefinition<Request, Response, Stale> {
  return { kind: 'mutation', request, response, ...policy };
}
