/**
 * The checked schemas the journal stores and the IPC contract carries: the field schemas plus
 * the cross-field rules of `integrity.ts`.
 */
import { caseObjectSchema, caseWithEntriesObjectSchema } from './case';
import { entryObjectSchema } from './entry';
import { caseProblems, entryProblems, withProblems } from './integrity';

/** One entry, checked on its own (party references are checked with its case). */
export const entrySchema = withProblems(entryObjectSchema, entryProblems);

/** A case without its entries. */
export const caseSchema = withProblems(caseObjectSchema, (journalCase) =>
  caseProblems({ ...journalCase, entries: [] }),
);

/** A case with its entries, every reference between them checked. */
export const caseWithEntriesSchema = withProblems(caseWithEntriesObjectSchema, caseProblems);
