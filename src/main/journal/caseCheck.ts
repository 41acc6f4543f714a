/** The domain's cross-checks before a case is written, failing as a request error a person can read. */
import type { z } from 'zod';
import { caseSchema, caseWithEntriesSchema, type CaseWithEntries, type Entry } from '../../shared/domain';
import { describeIssues } from '../../shared/domain/issues';
import { AppError } from '../../shared/ipc/result';

/** Problems quoted in the message; more are counted. */
const problemsQuoted = 3;

/** The case, checked; `invalid-request` naming what is wrong (such as an unknown party) otherwise. */
export function checkedCase(journalCase: CaseWithEntries): CaseWithEntries {
  const parsed = caseWithEntriesSchema.safeParse(journalCase);
  if (parsed.success) return parsed.data;
  throw notSaved(parsed.error);
}

/**
 * The case's details checked, its entries left as they were checked when each was saved: for a
 * change that touches no entry (an entry's references to parties are guarded by `updatedCase`).
 */
export function checkedDetails(journalCase: CaseWithEntries): CaseWithEntries {
  const { entries, ...details } = journalCase;
  const parsed = caseSchema.safeParse(details);
  if (parsed.success) return { ...parsed.data, entries };
  throw notSaved(parsed.error);
}

/** One entry checked on its own and against its case's parties: what saving it changes. */
export function checkedEntry(journalCase: CaseWithEntries, entry: Entry): Entry {
  const { entries: _entries, ...details } = journalCase;
  const parsed = caseWithEntriesSchema.safeParse({ ...details, entries: [entry] });
  const checked = parsed.data?.entries[0];
  if (checked !== undefined) return checked;
  throw notSaved(parsed.error as z.ZodError);
}

function notSaved(error: z.ZodError): AppError {
  const problems = describeIssues(error.issues);
  const quoted = problems.slice(0, problemsQuoted).map((problem) => `${problem.path || 'case'}: ${problem.message}`);
  const more = problems.length > problemsQuoted ? ` (and ${problems.length - problemsQuoted} more)` : '';
  return new AppError('invalid-request', `The case was not saved: ${quoted.join('; ')}${more}.`);
}

/** `invalid-request` when another case already has this alias, ignoring case and surrounding spaces. */
export function checkAliasFree(
  cases: readonly { id: string; alias: string }[],
  alias: string,
  exceptCaseId?: string,
): void {
  const wanted = normalizeAlias(alias);
  const taken = cases.find((other) => other.id !== exceptCaseId && normalizeAlias(other.alias) === wanted);
  if (taken !== undefined) {
    throw new AppError(
      'invalid-request',
      `Another case is already called "${taken.alias}". Choose an alias that tells the cases apart.`,
    );
  }
}

function normalizeAlias(alias: string): string {
  return alias.trim().toLocaleLowerCase();
}
