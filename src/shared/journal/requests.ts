/**
 * What the renderer sends and gets back for the journal: cases, reflections, drafts, search,
 * and restoring a damaged file from its backup. Ids of new parties, goals and entries are made
 * by the renderer (`crypto.randomUUID`), so a draft and its saved entry share one id.
 */
import { z } from 'zod';
import { movedOnlyIfRescheduled, movedOnlyIfRescheduledIssue, sessionPlanSchema } from '../domain/attendance';
import { caseAliasSchema, caseObjectSchema, caseWithEntriesObjectSchema } from '../domain/case';
import { entryContentSchema, entryObjectSchema } from '../domain/entry';
import { goalSchema } from '../domain/goal';
import { partyCountLimit, partySchema } from '../domain/party';
import { calendarDateSchema, idSchema, textSchema } from '../domain/primitives';
import {
  attendanceStatuses,
  phaseDeciders,
  phases,
  sectionVisibilities,
  tensionTypes,
  ruptureKinds,
} from '../domain/taxonomy';
import { caseOverviewSchema, entryExcerptsRequestSchema, entryExcerptsSchema } from './caseOverview';
import { caseSummarySchema } from './caseSummary';

export const caseListSchema = z.array(caseSummarySchema);

export const caseIdRequestSchema = z.strictObject({ caseId: idSchema });

/** Limits on what a request may carry: a reference or programme name is a line, a reason a few paragraphs. */
export const shortTextLimit = 200;
export const reasonTextLimit = 5_000;

export const createCaseRequestSchema = z.strictObject({
  alias: caseAliasSchema,
  reference: textSchema.max(shortTextLimit).optional(),
  program: textSchema.max(shortTextLimit).optional(),
  phase: z.enum(phases),
  openedAt: calendarDateSchema,
  parties: z.array(partySchema).max(partyCountLimit),
  goals: z.array(goalSchema),
});

/** Only the fields given change; `reference: null` clears it. */
export const updateCaseRequestSchema = z.strictObject({
  caseId: idSchema,
  alias: caseAliasSchema.optional(),
  reference: textSchema.max(shortTextLimit).nullable().optional(),
  program: textSchema.max(shortTextLimit).nullable().optional(),
  parties: z.array(partySchema).max(partyCountLimit).optional(),
  goals: z.array(goalSchema).optional(),
  /** How often the case plans to meet; `null` clears it. */
  sessionPlan: sessionPlanSchema.nullable().optional(),
  /**
   * The day the case opened, moved (often earlier, to its first session); the phase it opened in
   * moves with it. Never after a later phase change or the closing date.
   */
  openedAt: calendarDateSchema.optional(),
});

/** Records what became of a planned session, or changes such a record (`attendanceId` names it either way). */
export const recordAttendanceRequestSchema = z
  .strictObject({
    caseId: idSchema,
    attendanceId: idSchema,
    plannedOn: calendarDateSchema,
    status: z.enum(attendanceStatuses),
    movedTo: calendarDateSchema.optional(),
    note: textSchema.max(reasonTextLimit).optional(),
    noteVisibility: z.enum(sectionVisibilities),
  })
  .refine(movedOnlyIfRescheduled, movedOnlyIfRescheduledIssue);

export const changePhaseRequestSchema = z.strictObject({
  caseId: idSchema,
  phase: z.enum(phases),
  changedAt: calendarDateSchema,
  decidedBy: z.enum(phaseDeciders),
  reason: textSchema.max(reasonTextLimit).optional(),
});

export const setCaseStatusRequestSchema = z.discriminatedUnion('status', [
  z.strictObject({ caseId: idSchema, status: z.literal('closed'), closedAt: calendarDateSchema }),
  z.strictObject({ caseId: idSchema, status: z.literal('open') }),
  z.strictObject({ caseId: idSchema, status: z.literal('archived') }),
]);

/**
 * A new reflection (no entry with `entryId` yet) or a revision of one. A revision after the day
 * the entry was written keeps the earlier version in its history, with the optional reason.
 */
export const saveEntryRequestSchema = z.strictObject({
  caseId: idSchema,
  entryId: idSchema,
  content: entryContentSchema,
  reason: textSchema.max(reasonTextLimit).optional(),
});

/** Half-written text, autosaved encrypted every few seconds; loose by design (it is unfinished). */
export const draftSchema = z.strictObject({
  draftId: idSchema,
  caseId: idSchema,
  /** The entry being written or revised. */
  entryId: idSchema,
  savedAt: z.string(),
  content: z.record(z.string(), z.unknown()),
});
export type Draft = z.infer<typeof draftSchema>;

export const saveDraftRequestSchema = draftSchema.omit({ savedAt: true });
export const draftIdRequestSchema = z.strictObject({ draftId: idSchema });

export const searchRequestSchema = z.strictObject({
  query: z.string().max(500),
  caseId: idSchema.optional(),
  phase: z.enum(phases).optional(),
  tensionType: z.enum(tensionTypes).optional(),
  rupture: z.enum(ruptureKinds).optional(),
  visibility: z.enum(sectionVisibilities).optional(),
  limit: z.number().int().min(1).max(200).optional(),
});

/** What a search hit found: a reflection, or a case's part of a supervision. */
export const searchRecords = ['reflection', 'supervision'] as const;

export const searchHitSchema = z.strictObject({
  record: z.enum(searchRecords),
  caseId: idSchema,
  caseAlias: z.string(),
  /** The reflection's id, or the supervision part's (`CaseSupervision.id`). */
  entryId: idSchema,
  /** The session's date, or the supervision's. */
  sessionDate: calendarDateSchema,
  /** A reflection's phase; a supervision record has none. */
  phase: z.enum(phases).optional(),
  /** Where the text matched: a section title, "prompt", "question", "discussed", "remarks", … */
  field: z.string(),
  /** Who may read the text quoted. */
  visibility: z.enum(sectionVisibilities),
  /** A short piece of the matching text around the match. */
  excerpt: z.string(),
  score: z.number(),
});
export const searchResponseSchema = z.strictObject({ hits: z.array(searchHitSchema), total: z.number().int() });

export const restoreBackupRequestSchema = z.strictObject({ file: z.string().min(1).max(4096) });
export const restoreBackupResponseSchema = z.strictObject({
  file: z.string(),
  restoredGeneration: z.number().int(),
  damagedPath: z.string().optional(),
});

export {
  caseObjectSchema,
  caseOverviewSchema,
  caseWithEntriesObjectSchema,
  entryExcerptsRequestSchema,
  entryExcerptsSchema,
  entryObjectSchema,
};
export const nothingSchema = z.undefined();
export const phaseDeciderSchema = z.enum(phaseDeciders);
