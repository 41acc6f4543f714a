/**
 * Home's work queue: what a practitioner with thirty open cases has to do today, in one answer.
 * Each list is ordered most urgent first and holds just enough to name the row and go to the
 * place to act. Pure: main reads the journal once (`src/main/home/workQueueService.ts`) and hands
 * in what it read.
 */
import { z } from 'zod';
import { openWarningSchema, queueOrder, type OpenWarning } from '../alliance/openWarnings';
import { calendarDateSchema, idSchema } from '../domain/primitives';
import { hearingAgendaItemSchema, type HearingAgendaItem } from '../domain/report/hearingAgenda';
import type { CourtReport } from '../domain/report/report';
import { isSubmitted } from '../domain/report/versions';
import type { CaseSummary } from '../journal/caseSummary';
import type { Draft } from '../journal/requests';
import { openActionSchema, type OpenAction } from '../journal/supervisionRequests';

/** An open case whose last reflection is older than the practitioner's interval. */
export const overdueCaseSchema = z.strictObject({
  caseId: idSchema,
  caseAlias: z.string(),
  /** The newest session date; absent when the case has no reflection yet. */
  lastSessionDate: calendarDateSchema.optional(),
  /** Whole days since the last session (or since the opening date, with none). */
  days: z.int().nonnegative(),
});
export type OverdueCase = z.infer<typeof overdueCaseSchema>;

/** A reflection autosaved but not saved, in a case that is not archived. */
export const queuedDraftSchema = z.strictObject({
  draftId: idSchema,
  caseId: idSchema,
  caseAlias: z.string(),
  entryId: idSchema,
  savedAt: z.string(),
  /** The session date of the reflection it revises; absent for a new reflection. */
  revisesSessionOf: calendarDateSchema.optional(),
});
export type QueuedDraft = z.infer<typeof queuedDraftSchema>;

/** A court report with comments of the caregiver the practitioner has not answered yet. */
export const unansweredCommentsSchema = z.strictObject({
  caseId: idSchema,
  caseAlias: z.string(),
  reportId: idSchema,
  title: z.string(),
  count: z.int().positive(),
  /** When the oldest of them was recorded: it has waited longest. */
  oldestRecordedOn: calendarDateSchema,
});
export type UnansweredComments = z.infer<typeof unansweredCommentsSchema>;

export const workQueueSchema = z.strictObject({
  /** Every case of the journal, whatever its status: none means a new journal (the welcome). */
  caseCount: z.int().nonnegative(),
  /** The open cases the queue looked at. */
  openCaseCount: z.int().nonnegative(),
  /** Days without a reflection before an open case is listed (the setting in force). */
  reflectionIntervalDays: z.int().positive(),
  overdue: z.array(overdueCaseSchema),
  drafts: z.array(queuedDraftSchema),
  /** Reports not yet shared with the caregiver: past the review window first, then by last day to share. */
  toShare: z.array(hearingAgendaItemSchema),
  comments: z.array(unansweredCommentsSchema),
  hearings: z.array(hearingAgendaItemSchema),
  actions: z.array(openActionSchema),
  warnings: z.array(openWarningSchema),
});
export type WorkQueue = z.infer<typeof workQueueSchema>;

/** What one pass over an open case gives the queue; kept per case until its file moves. */
export interface OpenCaseFacts {
  warnings: OpenWarning[];
  actions: OpenAction[];
  /** Each reflection's session date by its id, so a draft can say which one it revises. */
  sessionDates: Record<string, string>;
}

export interface WorkQueueInput {
  /** The case list (every status). */
  cases: readonly CaseSummary[];
  /** The facts of each open case, by case id. */
  openCases: ReadonlyMap<string, OpenCaseFacts>;
  /** The court reports of each case that is not archived, by case id. */
  reports: ReadonlyMap<string, readonly CourtReport[]>;
  /** Every draft on disk, also those of cases since removed or archived. */
  drafts: readonly Draft[];
  /** The coming hearings (`hearingAgenda` over the same reports). */
  hearings: readonly HearingAgendaItem[];
  today: string;
  reflectionIntervalDays: number;
}

export function workQueue(input: WorkQueueInput): WorkQueue {
  const { cases, openCases, today, reflectionIntervalDays } = input;
  const open = cases.filter((summary) => summary.status === 'open');
  const aliasOf = new Map(cases.map((summary) => [summary.id, summary.alias]));
  const facts = open.flatMap((summary) => {
    const found = openCases.get(summary.id);
    return found === undefined ? [] : [{ summary, found }];
  });
  return {
    caseCount: cases.length,
    openCaseCount: open.length,
    reflectionIntervalDays,
    overdue: overdueCases(open, today, reflectionIntervalDays),
    drafts: queuedDrafts(input),
    toShare: reportsToShare(input.hearings),
    comments: unansweredComments(input.reports, aliasOf),
    hearings: [...input.hearings],
    actions: facts
      .flatMap(({ summary, found }) => found.actions.map((action) => ({ ...action, caseAlias: summary.alias })))
      .sort(actionOrder),
    // The alias as the case list has it now: renaming a case changes no warning.
    warnings: queueOrder(
      facts.flatMap(({ summary, found }) =>
        found.warnings.map((warning) => ({ ...warning, caseAlias: summary.alias })),
      ),
    ),
  };
}

/**
 * Open cases with no session for more than `interval` days, longest first. A case with no
 * reflection yet counts from its opening date. A session dated ahead of today counts as recent.
 */
export function overdueCases(open: readonly CaseSummary[], today: string, interval: number): OverdueCase[] {
  return open
    .flatMap((summary) => {
      const since = summary.lastSessionDate ?? summary.openedAt;
      const days = daysBetween(since, today);
      if (days <= interval) return [];
      return [
        {
          caseId: summary.id,
          caseAlias: summary.alias,
          ...(summary.lastSessionDate === undefined ? {} : { lastSessionDate: summary.lastSessionDate }),
          days,
        },
      ];
    })
    .sort((a, b) => b.days - a.days || byAlias(a.caseAlias, b.caseAlias));
}

/**
 * Drafts of cases that are still in the journal and not archived, the oldest first (the one
 * left longest is the likeliest forgotten).
 */
function queuedDrafts({ cases, openCases, drafts }: WorkQueueInput): QueuedDraft[] {
  const writable = new Map(cases.filter((summary) => summary.status !== 'archived').map((item) => [item.id, item]));
  return drafts
    .flatMap((draft) => {
      const summary = writable.get(draft.caseId);
      if (summary === undefined) return [];
      const revised = openCases.get(draft.caseId)?.sessionDates[draft.entryId];
      return [
        {
          draftId: draft.draftId,
          caseId: draft.caseId,
          caseAlias: summary.alias,
          entryId: draft.entryId,
          savedAt: draft.savedAt,
          ...(revised === undefined ? {} : { revisesSessionOf: revised }),
        },
      ];
    })
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt) || byAlias(a.caseAlias, b.caseAlias));
}

/**
 * The agenda's reports the caregiver has not been given yet: those already short of the review
 * window first, then by the last day to share, then those without a hearing date.
 */
export function reportsToShare(hearings: readonly HearingAgendaItem[]): HearingAgendaItem[] {
  const rank = (item: HearingAgendaItem): number | undefined => {
    if (item.status !== 'draft') return undefined;
    if (item.step === 'share-late') return 0;
    if (item.step === 'share-by') return 1;
    // A draft never shared, whose hearing has no date yet.
    return item.step === 'set-hearing-date' && item.sharedOn === undefined ? 2 : undefined;
  };
  return hearings
    .flatMap((item) => {
      const found = rank(item);
      return found === undefined ? [] : [{ item, rank: found }];
    })
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (a.item.shareBy ?? a.item.hearingDate ?? '').localeCompare(b.item.shareBy ?? b.item.hearingDate ?? '') ||
        byAlias(a.item.caseAlias, b.item.caseAlias),
    )
    .map(({ item }) => item);
}

/** One line per report not yet submitted whose caregiver comments wait for an answer, longest waiting first. */
export function unansweredComments(
  reports: ReadonlyMap<string, readonly CourtReport[]>,
  aliasOf: ReadonlyMap<string, string>,
): UnansweredComments[] {
  const lines: UnansweredComments[] = [];
  for (const [caseId, caseReports] of reports) {
    const caseAlias = aliasOf.get(caseId);
    if (caseAlias === undefined) continue;
    for (const report of caseReports) {
      if (isSubmitted(report)) continue;
      const waiting = report.comments.filter((comment) => comment.response === undefined);
      const oldest = waiting.map((comment) => comment.recordedOn).sort()[0];
      if (oldest === undefined) continue;
      lines.push({
        caseId,
        caseAlias,
        reportId: report.id,
        title: report.title,
        count: waiting.length,
        oldestRecordedOn: oldest,
      });
    }
  }
  return lines.sort(
    (a, b) => a.oldestRecordedOn.localeCompare(b.oldestRecordedOn) || byAlias(a.caseAlias, b.caseAlias),
  );
}

/** Soonest due first (those with no date after), then oldest agreed, then by case. */
export function actionOrder(first: OpenAction, second: OpenAction): number {
  const due = (first.due ?? '9999-12-31').localeCompare(second.due ?? '9999-12-31');
  return due !== 0 ? due : first.agreedOn.localeCompare(second.agreedOn) || byAlias(first.caseAlias, second.caseAlias);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / 86_400_000);
}

function utcDay(date: string): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

function byAlias(first: string, second: string): number {
  return first.localeCompare(second, undefined, { sensitivity: 'base', numeric: true });
}
