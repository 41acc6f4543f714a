/**
 * What the case list shows without opening a case file: kept in the encrypted index so the list
 * appears right after unlock, whatever the number of entries.
 */
import { z } from 'zod';
import { calendarDateSchema, idSchema } from '../domain/primitives';
import { caseStatuses, phases } from '../domain/taxonomy';
import type { CaseWithEntries } from '../domain/case';

/** Session dates kept in the summary: enough for "sessions in the last 30 days" at any pace. */
const recentDatesKept = 60;
/** Practitioner alliance averages kept for the trend mark, newest last. */
const recentRatingsKept = 6;

export const caseSummarySchema = z.strictObject({
  id: idSchema,
  alias: z.string(),
  phase: z.enum(phases),
  status: z.enum(caseStatuses),
  openedAt: calendarDateSchema,
  entryCount: z.number().int().nonnegative(),
  lastSessionDate: calendarDateSchema.optional(),
  /** The newest session dates, newest first. */
  recentSessionDates: z.array(calendarDateSchema),
  /** Mean of bond, goals and tasks as the practitioner rated them, oldest first. */
  recentAllianceScores: z.array(z.number()),
  updatedAt: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

/**
 * The cases whose export log (`exports/<id>.alz`) or court-report file (`reports/<id>.alz`) was
 * made. Each id is added when that file is first written and never removed, so a file listed here
 * that is missing was deleted: an error, never a reason to start an empty one.
 */
export const caseFilesSchema = z.strictObject({
  exports: z.array(idSchema),
  reports: z.array(idSchema),
});
export type CaseFiles = z.infer<typeof caseFilesSchema>;

/** The index as this version writes it. */
export const journalIndexSchema = z.strictObject({
  version: z.literal(2),
  cases: z.array(caseSummarySchema),
  caseFiles: caseFilesSchema,
  /**
   * The ids of the new cases an import is writing, written before their first file and gone
   * from the index that adds them. Still here at the next unlock, they name what an import that
   * was killed left behind: files the index does not name, which are removed then.
   */
  importing: z.array(idSchema).optional(),
});
export type JournalIndex = z.infer<typeof journalIndexSchema>;

/** Version 1 (before `caseFiles`): still read; written as version 2 with the next change. */
export const journalIndexV1Schema = z.strictObject({
  version: z.literal(1),
  cases: z.array(caseSummarySchema),
});

/** Every index version this app reads. */
export const storedIndexSchema = z.discriminatedUnion('version', [journalIndexV1Schema, journalIndexSchema]);
export type StoredIndex = z.infer<typeof storedIndexSchema>;

export const emptyIndex: JournalIndex = { version: 2, cases: [], caseFiles: { exports: [], reports: [] } };

export function summarizeCase(journalCase: CaseWithEntries): CaseSummary {
  // Calendar dates (YYYY-MM-DD) sort as plain strings; a stable sort keeps equal dates in entry order.
  const byDate = [...journalCase.entries].sort((a, b) =>
    a.sessionDate < b.sessionDate ? 1 : a.sessionDate > b.sessionDate ? -1 : 0,
  );
  const scores = byDate
    .flatMap((entry) => (entry.ratings.practitioner === undefined ? [] : [entry.ratings.practitioner]))
    .slice(0, recentRatingsKept)
    .map((rating) => (rating.bond + rating.goals + rating.tasks) / 3)
    .reverse();
  return {
    id: journalCase.id,
    alias: journalCase.alias,
    phase: journalCase.phase,
    status: journalCase.status,
    openedAt: journalCase.openedAt,
    entryCount: journalCase.entries.length,
    ...(byDate[0] === undefined ? {} : { lastSessionDate: byDate[0].sessionDate }),
    recentSessionDates: byDate.slice(0, recentDatesKept).map((entry) => entry.sessionDate),
    recentAllianceScores: scores,
    updatedAt: journalCase.updatedAt,
  };
}

/**
 * The summary after a new entry dated after every other (the usual new reflection), without
 * sorting the case's entries again: equal to `summarizeCase` of the case with the entry added.
 * Undefined when the entry is not the newest, for the caller to summarize the whole case.
 */
export function summaryWithNewestEntry(
  summary: CaseSummary,
  entry: CaseWithEntries['entries'][number],
  updatedAt: string,
): CaseSummary | undefined {
  if (summary.lastSessionDate !== undefined && !(entry.sessionDate > summary.lastSessionDate)) return undefined;
  const rating = entry.ratings.practitioner;
  return {
    ...summary,
    entryCount: summary.entryCount + 1,
    lastSessionDate: entry.sessionDate,
    recentSessionDates: [entry.sessionDate, ...summary.recentSessionDates].slice(0, recentDatesKept),
    recentAllianceScores:
      rating === undefined
        ? summary.recentAllianceScores
        : [...summary.recentAllianceScores, (rating.bond + rating.goals + rating.tasks) / 3].slice(-recentRatingsKept),
    updatedAt,
  };
}
