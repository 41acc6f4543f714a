/**
 * The one IPC contract: every method declared once with its request and response schemas, its
 * kind, what a mutation makes stale and whether it counts as activity; then the events main
 * sends unasked. The channel names, the preload, the router's validation, the handlers' types
 * and the browser harness all derive from it.
 */
import { z } from 'zod';
import { renderFailureSchema } from '../diagnostics/renderFailure';
import { appInfoSchema } from './appInfo';
import { mutation, query, type MethodDefinition } from './definitions';
import { eventNames, methodNames, type EventName, type MethodName } from './names';
import { settingsPatchSchema, settingsSchema } from '../settings/settings';
import {
  changePassphraseRequestSchema,
  createVaultRequestSchema,
  createVaultResponseSchema,
  newRecoveryKeyRequestSchema,
  recoverRequestSchema,
  recoveryKitResponseSchema,
  rotateKeysRequestSchema,
  unlockRequestSchema,
  vaultStatusSchema,
} from '../vault/vaultStatus';
import {
  caseIdRequestSchema,
  caseListSchema,
  caseObjectSchema,
  caseOverviewSchema,
  caseWithEntriesObjectSchema,
  changePhaseRequestSchema,
  createCaseRequestSchema,
  draftIdRequestSchema,
  draftSchema,
  entryExcerptsRequestSchema,
  entryExcerptsSchema,
  entryObjectSchema,
  restoreBackupRequestSchema,
  restoreBackupResponseSchema,
  saveDraftRequestSchema,
  saveEntryRequestSchema,
  searchRequestSchema,
  searchResponseSchema,
  setCaseStatusRequestSchema,
  recordAttendanceRequestSchema,
  updateCaseRequestSchema,
} from '../journal/requests';
import {
  allianceThresholdsRequestSchema,
  caseWarningsSchema,
  decidedWarningSchema,
  decideWarningRequestSchema,
  goalAttainmentSchema,
  rateGoalsRequestSchema,
  setGoalScaleRequestSchema,
} from '../journal/allianceRequests';
import { warningThresholdsSchema } from '../alliance/thresholds';
import {
  briefPseudonymsRequestSchema,
  briefPseudonymsSchema,
  openActionsSchema,
  readReturnedBriefRequestSchema,
  readReturnedBriefResponseSchema,
  recordSupervisionMeetingRequestSchema,
  recordSupervisionRequestSchema,
  supervisionMeetingAnswerSchema,
  supervisionMeetingsSchema,
  supervisionAnswerSchema,
  updateAgreedActionRequestSchema,
} from '../journal/supervisionRequests';
import { openWarningsSchema } from '../alliance/openWarnings';
import {
  backupJournalResponseSchema,
  importJournalResponseSchema,
  restoreArchiveResponseSchema,
  verifyJournalResponseSchema,
} from '../journal/careRequests';
import {
  briefRequestSchema,
  exportBriefRequestSchema,
  exportBriefResponseSchema,
  listExportsResponseSchema,
  previewBriefResponseSchema,
  reviewDecisionRequestSchema,
  reviewDecisionsSchema,
  safeWordRequestSchema,
  safeWordsResponseSchema,
} from '../exports/requests';
import {
  compareVersionsRequestSchema,
  courtReportListSchema,
  createReportRequestSchema,
  exportReportRequestSchema,
  exportReportResponseSchema,
  finalizeReportRequestSchema,
  previewReportResponseSchema,
  recordCommentRequestSchema,
  reportChecksSchema,
  reportIdRequestSchema,
  reportableExcerptsSchema,
  respondToCommentRequestSchema,
  saveReportDraftRequestSchema,
  shareReviewCopyRequestSchema,
  submitReportRequestSchema,
  updateReportRequestSchema,
  versionComparisonSchema,
} from '../reports/requests';
import { courtReportSchema } from '../domain/report/report';
import { hearingAgendaSchema } from '../domain/report/hearingAgenda';
import { workQueueSchema } from '../home/workQueue';
import { idSchema } from '../domain/primitives';
import { progressSchema } from '../progress/progress';
import { lockReasons } from '../vault/lockReason';

/** A request or an answer that carries nothing. */
const nothing = z.undefined();

/**
 * The reads of one case's content, out of date once the case or one of its reflections changes;
 * a report's draft states the case's facts (`factsInStep.ts`), so the reports are among them.
 */
const caseReads = [
  'getCase',
  'listReports',
  'getReport',
  'getCaseOverview',
  'getEntryExcerpts',
  'listCaseWarnings',
  'getGoalAttainment',
  'getBriefPseudonyms',
  'listReportableExcerpts',
  'previewBrief',
  'previewReport',
  'checkReport',
] as const;
/** The reads that span cases. */
const journalReads = [
  'listCases',
  'searchJournal',
  'listHearings',
  'listOpenWarnings',
  'listOpenActions',
  'listSupervisionMeetings',
  'getWorkQueue',
] as const;
/** The reads of a case's court reports. */
const reportReads = [
  'listReports',
  'getReport',
  'compareReportVersions',
  'checkReport',
  'previewReport',
  'listHearings',
  'getWorkQueue',
] as const;
/** Everything the journal answers: what a restored file may change. */
const everyJournalRead = [...caseReads, ...journalReads, ...reportReads, 'listDrafts', 'listExports'] as const;

/** The policies most mutations share: what they make stale, and activity. */
const editsCase = { stale: [...caseReads, ...journalReads], activity: true } as const;
/** Saving a reflection deletes its drafts too: the lists that offer them must not keep them. */
const savesEntry = { stale: [...caseReads, ...journalReads, 'listDrafts'], activity: true } as const;
const editsReport = { stale: reportReads, activity: true } as const;
const editsBriefReview = { stale: ['previewBrief'], activity: true } as const;
const changesVaultStatus = { stale: ['getVaultStatus'], activity: true } as const;
/** An action that changes nothing the renderer reads (a backup, a new recovery key). */
const actionOnly = { stale: [], activity: true } as const;

export const contract = {
  getAppInfo: query(nothing, appInfoSchema),
  getSettings: query(nothing, settingsSchema),
  // The holiday calendar (and the language, which picks its default) changes the working days counted.
  updateSettings: mutation(settingsPatchSchema, settingsSchema, {
    stale: ['getSettings', 'listHearings', 'checkReport', 'previewReport', 'getWorkQueue'],
    activity: false,
  }),
  getAllianceThresholds: query(nothing, warningThresholdsSchema),
  // Every case's warnings are evaluated with them: all of them are out of date.
  setAllianceThresholds: mutation(allianceThresholdsRequestSchema, warningThresholdsSchema, {
    stale: ['getAllianceThresholds', 'listCaseWarnings', 'listOpenWarnings', 'getWorkQueue'],
    activity: true,
  }),
  getVaultStatus: query(nothing, vaultStatusSchema),
  createVault: mutation(createVaultRequestSchema, createVaultResponseSchema, changesVaultStatus),
  unlockVault: mutation(unlockRequestSchema, vaultStatusSchema, changesVaultStatus),
  recoverVault: mutation(recoverRequestSchema, recoveryKitResponseSchema, changesVaultStatus),
  lockVault: mutation(nothing, vaultStatusSchema, { stale: ['getVaultStatus'], activity: false }),
  keepRolledBackState: mutation(nothing, vaultStatusSchema, changesVaultStatus),
  changePassphrase: mutation(changePassphraseRequestSchema, vaultStatusSchema, actionOnly),
  // An unfinished rotation locks the journal to finish at the next unlock.
  rotateKeys: mutation(rotateKeysRequestSchema, recoveryKitResponseSchema, changesVaultStatus),
  newRecoveryKey: mutation(newRecoveryKeyRequestSchema, recoveryKitResponseSchema, actionOnly),
  reportActivity: mutation(nothing, nothing, actionOnly),
  restoreBackup: mutation(restoreBackupRequestSchema, restoreBackupResponseSchema, {
    stale: ['getVaultStatus', ...everyJournalRead],
    activity: true,
  }),
  // Puts a whole journal in place while there is none: nothing decrypted is cached then.
  restoreArchive: mutation(nothing, restoreArchiveResponseSchema, { stale: ['getVaultStatus'], activity: false }),
  backupJournal: mutation(nothing, backupJournalResponseSchema, actionOnly),
  // Only reads, but long, with progress, and started by the user: an action, never a cached answer.
  verifyJournal: mutation(nothing, verifyJournalResponseSchema, actionOnly),
  importJournal: mutation(nothing, importJournalResponseSchema, { stale: journalReads, activity: true }),
  listCases: query(nothing, caseListSchema),
  getCase: query(caseIdRequestSchema, caseWithEntriesObjectSchema),
  getCaseOverview: query(caseIdRequestSchema, caseOverviewSchema),
  getEntryExcerpts: query(entryExcerptsRequestSchema, entryExcerptsSchema),
  createCase: mutation(createCaseRequestSchema, caseObjectSchema, { stale: journalReads, activity: true }),
  updateCase: mutation(updateCaseRequestSchema, caseObjectSchema, editsCase),
  changeCasePhase: mutation(changePhaseRequestSchema, caseObjectSchema, editsCase),
  setCaseStatus: mutation(setCaseStatusRequestSchema, caseObjectSchema, editsCase),
  recordAttendance: mutation(recordAttendanceRequestSchema, caseObjectSchema, editsCase),
  listCaseWarnings: query(caseIdRequestSchema, caseWarningsSchema),
  listOpenWarnings: query(nothing, openWarningsSchema),
  decideWarning: mutation(decideWarningRequestSchema, decidedWarningSchema, editsCase),
  // Reads a file the practitioner chooses and writes nothing: a deliberate action, nothing made stale.
  readReturnedBrief: mutation(readReturnedBriefRequestSchema, readReturnedBriefResponseSchema, actionOnly),
  recordSupervision: mutation(recordSupervisionRequestSchema, supervisionAnswerSchema, editsCase),
  recordSupervisionMeeting: mutation(recordSupervisionMeetingRequestSchema, supervisionMeetingAnswerSchema, editsCase),
  updateAgreedAction: mutation(updateAgreedActionRequestSchema, supervisionAnswerSchema, editsCase),
  listOpenActions: query(nothing, openActionsSchema),
  listSupervisionMeetings: query(caseIdRequestSchema, supervisionMeetingsSchema),
  getBriefPseudonyms: query(briefPseudonymsRequestSchema, briefPseudonymsSchema),
  setGoalScale: mutation(setGoalScaleRequestSchema, caseObjectSchema, editsCase),
  rateGoals: mutation(rateGoalsRequestSchema, caseObjectSchema, editsCase),
  getGoalAttainment: query(caseIdRequestSchema, goalAttainmentSchema),
  saveEntry: mutation(saveEntryRequestSchema, entryObjectSchema, savesEntry),
  listDrafts: query(nothing, z.array(draftSchema)),
  // Autosave is not activity: an editor left open must not keep the journal unlocked.
  saveDraft: mutation(saveDraftRequestSchema, draftSchema, { stale: ['listDrafts', 'getWorkQueue'], activity: false }),
  discardDraft: mutation(draftIdRequestSchema, nothing, { stale: ['listDrafts', 'getWorkQueue'], activity: true }),
  searchJournal: query(searchRequestSchema, searchResponseSchema),
  previewBrief: query(briefRequestSchema, previewBriefResponseSchema),
  exportBrief: mutation(exportBriefRequestSchema, exportBriefResponseSchema, {
    stale: ['listExports', 'previewBrief'],
    activity: true,
  }),
  markSafeWord: mutation(safeWordRequestSchema, safeWordsResponseSchema, editsBriefReview),
  unmarkSafeWord: mutation(safeWordRequestSchema, safeWordsResponseSchema, editsBriefReview),
  decideBriefReview: mutation(reviewDecisionRequestSchema, reviewDecisionsSchema, editsBriefReview),
  listExports: query(caseIdRequestSchema, listExportsResponseSchema),
  listReports: query(caseIdRequestSchema, courtReportListSchema),
  getReport: query(reportIdRequestSchema, courtReportSchema),
  createReport: mutation(createReportRequestSchema, courtReportSchema, editsReport),
  updateReport: mutation(updateReportRequestSchema, courtReportSchema, editsReport),
  saveReportDraft: mutation(saveReportDraftRequestSchema, courtReportSchema, editsReport),
  reviseReport: mutation(reportIdRequestSchema, courtReportSchema, editsReport),
  shareReviewCopy: mutation(shareReviewCopyRequestSchema, courtReportSchema, editsReport),
  recordReportComment: mutation(recordCommentRequestSchema, courtReportSchema, editsReport),
  respondToReportComment: mutation(respondToCommentRequestSchema, courtReportSchema, editsReport),
  checkReport: query(reportIdRequestSchema, reportChecksSchema),
  finalizeReport: mutation(finalizeReportRequestSchema, courtReportSchema, editsReport),
  submitReport: mutation(submitReportRequestSchema, courtReportSchema, editsReport),
  compareReportVersions: query(compareVersionsRequestSchema, versionComparisonSchema),
  listReportableExcerpts: query(caseIdRequestSchema, reportableExcerptsSchema),
  previewReport: query(exportReportRequestSchema, previewReportResponseSchema),
  exportReport: mutation(exportReportRequestSchema, exportReportResponseSchema, {
    stale: ['listExports', 'listReports', 'getReport'],
    activity: true,
  }),
  listHearings: query(nothing, hearingAgendaSchema),
  // Home's lists in one answer, from one pass over the open cases (`src/main/home/workQueueService.ts`).
  getWorkQueue: query(nothing, workQueueSchema),
  // A screen that failed to render: its kind and frames go to main's log (never its message).
  reportRenderFailure: mutation(renderFailureSchema, nothing, { stale: [], activity: false }),
} as const satisfies { [M in MethodName]: MethodDefinition };

export type Contract = typeof contract;
export type { MethodName, EventName };
export { methodNames, eventNames };
export type RequestOf<M extends MethodName> = z.input<Contract[M]['request']>;
export type ParsedRequestOf<M extends MethodName> = z.output<Contract[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Contract[M]['response']>;

/** The methods that only read, whose answers a cache may keep. */
export type QueryName = { [M in MethodName]: Contract[M]['kind'] extends 'query' ? M : never }[MethodName];
export type MutationName = Exclude<MethodName, QueryName>;

/** Compile-time check: a mutation can only make a query stale. */
type StaleNames = {
  [M in MutationName]: Contract[M] extends { stale: readonly (infer Name)[] } ? Name : never;
}[MutationName];
export const staleNamesAreQueries: [Exclude<StaleNames, QueryName>] extends [never] ? true : never = true;

/** The reads that are not the journal's: a mutation making only these stale changes no journal data. */
const appReads: readonly MethodName[] = ['getAppInfo', 'getSettings', 'getAllianceThresholds', 'getVaultStatus'];

/** The journal's reads a method makes stale; empty for queries and for changes outside the journal. */
export function journalStaleOf(method: MethodName): QueryName[] {
  const definition: MethodDefinition = contract[method];
  if (definition.kind !== 'mutation') return [];
  return definition.stale.filter((name) => !appReads.includes(name)) as QueryName[];
}

/** Messages main sends unasked, each with the schema its payload is checked against before it is sent. */
export const events = {
  /** The keys are wiped: every decrypted view goes at once. */
  vaultLocked: z.strictObject({ reason: z.enum(lockReasons) }),
  /** The journal opened (created, unlocked or recovered). */
  vaultUnlocked: z.strictObject({ status: vaultStatusSchema }),
  /** Data changed: the case it belongs to (none when the change spans cases) and the reads now out of date. */
  journalChanged: z.strictObject({
    caseId: idSchema.optional(),
    stale: z.array(z.enum(methodNames)).min(1),
  }),
  /** Counts of long work, for the window's progress bar. */
  progress: progressSchema,
} as const satisfies { [E in EventName]: z.ZodType };

export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
