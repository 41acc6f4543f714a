/**
 * Reading and writing the JSON interchange format (`docs/interchange.md`). Parsing refuses
 * unknown fields and broken references with readable paths, and never throws.
 */
import { describeIssues, issueMessage, type FieldError } from './issues';
import { interchangeDocumentSchema, interchangeHeaderSchema, type InterchangeDocument } from './interchangeSchema';

export * from './interchangeSchema';
export { fromInterchange, toInterchange, type ImportContext } from './interchangeMapping';
export { reportsFromInterchange } from './report/reportInterchange';
export type { FieldError } from './issues';

export type InterchangeParseResult = { ok: true; value: InterchangeDocument } | { ok: false; errors: FieldError[] };

const parseOptions = { error: issueMessage, reportInput: true } as const;

/**
 * Checks a parsed JSON value against the interchange format. A file that is not an Alianza
 * journal, or is of another version, gets only that error rather than one per field. Cross-record
 * checks (duplicates, references, dates in order) run once the fields they read are valid.
 */
export function parseInterchange(json: unknown): InterchangeParseResult {
  const header = interchangeHeaderSchema.safeParse(json, parseOptions);
  if (!header.success) return { ok: false, errors: describeIssues(header.error.issues) };
  const document = interchangeDocumentSchema.safeParse(json, parseOptions);
  if (!document.success) return { ok: false, errors: describeIssues(document.error.issues) };
  return { ok: true, value: document.data };
}

/** `parseInterchange` for the text of a file. */
export function parseInterchangeText(text: string): InterchangeParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return parseInterchange(json);
}
