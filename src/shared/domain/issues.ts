/**
 * Turns zod issues into errors a person can act on: a readable path such as
 * `cases[2].entries[14].sections[0].visibility` and a message that says what was expected.
 */
import type { z } from 'zod';

/** One thing wrong in a value, at a readable path ('' for the value itself). */
export interface FieldError {
  path: string;
  message: string;
}

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** `["cases", 2, "alias"]` → `cases[2].alias`; keys that are not plain words are quoted. */
export function formatPath(path: Path): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

const expectedNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** How a value is quoted in a message: short, so a message never carries a whole text. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

/**
 * The messages of a parse, for the issues whose schema did not set its own. Pass it as the
 * `error` option of `safeParse`, with `reportInput: true` so missing fields can be told apart.
 */
export function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const got = issue.input === undefined ? '' : `, got ${describeValue(issue.input)}`;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${expectedNames[issue.expected] ?? issue.expected}${got}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${describeValue(issue.values[0])}${got}`
        : `expected one of: ${issue.values.map((value) => (typeof value === 'string' ? value : describeValue(value))).join(', ')}${got}`;
    case 'too_small':
      return `expected at least ${String(issue.minimum)}${got}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}${got}`;
    default:
      return undefined;
  }
}

/** The readable errors of a failed parse, in the order zod found them. */
export function describeIssues(issues: readonly Issue[], at: Path = []): FieldError[] {
  return issues.flatMap((issue) => describeIssue(issue, [...at, ...issue.path]));
}

function describeIssue(issue: Issue, path: Path): FieldError[] {
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        message: 'unknown field; this format refuses fields it does not know (check the spelling)',
      }));
    case 'invalid_union': {
      // Report the alternative the value came closest to; if none stands out, the union's own message.
      const ranked = [...issue.errors].sort((left, right) => left.length - right.length);
      const [best, next] = ranked;
      if (best !== undefined && best.length > 0 && (next === undefined || best.length < next.length)) {
        return describeIssues(best, path);
      }
      return [{ path: formatPath(path), message: issue.message }];
    }
    default: {
      const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && isMissing(issue);
      return [{ path: formatPath(path), message: missing ? `required; ${issue.message}` : issue.message }];
    }
  }
}

/** Whether the issue is about a field that is not there at all (its input is reported as undefined). */
function isMissing(issue: Issue): boolean {
  return 'input' in issue && issue.input === undefined;
}
