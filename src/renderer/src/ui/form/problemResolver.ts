/**
 * A zod resolver whose errors carry a problem code the form translates, instead of the schema's
 * English message: the rules stay in the shared schemas, the words stay in the translations.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { get, type FieldError, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * One issue the schema found: where (`parties.0.name`), the value there, the schema's message and
 * zod's issue code (`custom` for a refinement, `too_big`…).
 */
export interface FoundIssue {
  path: string;
  value: unknown;
  message: string;
  code: string;
}

/** Names the problem of an issue as a code the form translates; `undefined` keeps the schema's message. */
export type ProblemNamer = (issue: FoundIssue) => string | undefined;

function isFieldError(node: unknown): node is FieldError {
  return typeof node === 'object' && node !== null && 'type' in node && typeof node.type === 'string';
}

/** Rewrites each error's message in place, walking nested objects and arrays. */
function nameProblems<Values extends FieldValues>(
  errors: FieldErrors<Values>,
  values: Values,
  namer: ProblemNamer,
): void {
  function walk(node: unknown, path: string[]): void {
    if (typeof node !== 'object' || node === null) return;
    if (isFieldError(node)) {
      const key = path.join('.');
      const message = node.message ?? '';
      node.message = namer({ path: key, value: get(values, key), message, code: node.type }) ?? message;
      return;
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'ref') walk(child, [...path, key]);
  }
  walk(errors, []);
}

export function problemResolver<Values extends FieldValues, Output>(
  schema: z.ZodType<Output, Values>,
  namer?: ProblemNamer,
): Resolver<Values, unknown, Output> {
  const resolve = zodResolver(schema) as Resolver<Values, unknown, Output>;
  return async (values, context, options) => {
    const result = await resolve(values, context, options);
    if (namer !== undefined) nameProblems(result.errors, values, namer);
    return result;
  };
}
