/**
 * The one IPC contract: every channel, its request and its response, declared once.
 * The preload type, the router's validation and the browser harness all derive from it.
 */
import { z } from 'zod';
import { appInfoSchema } from './appInfo';
import { channels } from './channels';
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
  updateCaseRequestSchema,
} from '../journal/requests';
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

/** A request or an answer that carries nothing. */
const nothing = z.undefined();

export const contract = {
  getAppInfo: { channel: channels.getAppInfo, request: nothing, response: appInfoSchema },
  getSettings: { channel: channels.getSettings, request: nothing, response: settingsSchema },
  updateSettings: { channel: channels.updateSettings, request: settingsPatchSchema, response: settingsSchema },
  getVaultStatus: { channel: channels.getVaultStatus, request: nothing, response: vaultStatusSchema },
  createVault: {
    channel: channels.createVault,
    request: createVaultRequestSchema,
    response: createVaultResponseSchema,
  },
  unlockVault: { channel: channels.unlockVault, request: unlockRequestSchema, response: vaultStatusSchema },
  recoverVault: { channel: channels.recoverVault, request: recoverRequestSchema, response: recoveryKitResponseSchema },
  lockVault: { channel: channels.lockVault, request: nothing, response: vaultStatusSchema },
  keepRolledBackState: { channel: channels.keepRolledBackState, request: nothing, response: vaultStatusSchema },
  changePassphrase: {
    channel: channels.changePassphrase,
    request: changePassphraseRequestSchema,
    response: vaultStatusSchema,
  },
  rotateKeys: { channel: channels.rotateKeys, request: rotateKeysRequestSchema, response: recoveryKitResponseSchema },
  newRecoveryKey: {
    channel: channels.newRecoveryKey,
    request: newRecoveryKeyRequestSchema,
    response: recoveryKitResponseSchema,
  },
  reportActivity: { channel: channels.reportActivity, request: nothing, response: nothing },
  restoreBackup: {
    channel: channels.restoreBackup,
    request: restoreBackupRequestSchema,
    response: restoreBackupResponseSchema,
  },
  restoreArchive: { channel: channels.restoreArchive, request: nothing, response: restoreArchiveResponseSchema },
  backupJournal: { channel: channels.backupJournal, request: nothing, response: backupJournalResponseSchema },
  verifyJournal: { channel: channels.verifyJournal, request: nothing, response: verifyJournalResponseSchema },
  importJournal: { channel: channels.importJournal, request: nothing, response: importJournalResponseSchema },
  listCases: { channel: channels.listCases, request: nothing, response: caseListSchema },
  getCase: { channel: channels.getCase, request: caseIdRequestSchema, response: caseWithEntriesObjectSchema },
  getCaseOverview: {
    channel: channels.getCaseOverview,
    request: caseIdRequestSchema,
    response: caseOverviewSchema,
  },
  getEntryExcerpts: {
    channel: channels.getEntryExcerpts,
    request: entryExcerptsRequestSchema,
    response: entryExcerptsSchema,
  },
  createCase: { channel: channels.createCase, request: createCaseRequestSchema, response: caseObjectSchema },
  updateCase: { channel: channels.updateCase, request: updateCaseRequestSchema, response: caseObjectSchema },
  changeCasePhase: { channel: channels.changeCasePhase, request: changePhaseRequestSchema, response: caseObjectSchema },
  setCaseStatus: { channel: channels.setCaseStatus, request: setCaseStatusRequestSchema, response: caseObjectSchema },
  saveEntry: { channel: channels.saveEntry, request: saveEntryRequestSchema, response: entryObjectSchema },
  listDrafts: { channel: channels.listDrafts, request: nothing, response: z.array(draftSchema) },
  saveDraft: { channel: channels.saveDraft, request: saveDraftRequestSchema, response: draftSchema },
  discardDraft: { channel: channels.discardDraft, request: draftIdRequestSchema, response: nothing },
  searchJournal: { channel: channels.searchJournal, request: searchRequestSchema, response: searchResponseSchema },
  previewBrief: { channel: channels.previewBrief, request: briefRequestSchema, response: previewBriefResponseSchema },
  exportBrief: {
    channel: channels.exportBrief,
    request: exportBriefRequestSchema,
    response: exportBriefResponseSchema,
  },
  markSafeWord: { channel: channels.markSafeWord, request: safeWordRequestSchema, response: safeWordsResponseSchema },
  unmarkSafeWord: {
    channel: channels.unmarkSafeWord,
    request: safeWordRequestSchema,
    response: safeWordsResponseSchema,
  },
  decideBriefReview: {
    channel: channels.decideBriefReview,
    request: reviewDecisionRequestSchema,
    response: reviewDecisionsSchema,
  },
  listExports: { channel: channels.listExports, request: caseIdRequestSchema, response: listExportsResponseSchema },
  listReports: { channel: channels.listReports, request: caseIdRequestSchema, response: courtReportListSchema },
  createReport: { channel: channels.createReport, request: createReportRequestSchema, response: courtReportSchema },
  updateReport: { channel: channels.updateReport, request: updateReportRequestSchema, response: courtReportSchema },
  saveReportDraft: {
    channel: channels.saveReportDraft,
    request: saveReportDraftRequestSchema,
    response: courtReportSchema,
  },
  reviseReport: { channel: channels.reviseReport, request: reportIdRequestSchema, response: courtReportSchema },
  shareReviewCopy: {
    channel: channels.shareReviewCopy,
    request: shareReviewCopyRequestSchema,
    response: courtReportSchema,
  },
  recordReportComment: {
    channel: channels.recordReportComment,
    request: recordCommentRequestSchema,
    response: courtReportSchema,
  },
  respondToReportComment: {
    channel: channels.respondToReportComment,
    request: respondToCommentRequestSchema,
    response: courtReportSchema,
  },
  checkReport: { channel: channels.checkReport, request: reportIdRequestSchema, response: reportChecksSchema },
  finalizeReport: {
    channel: channels.finalizeReport,
    request: finalizeReportRequestSchema,
    response: courtReportSchema,
  },
  submitReport: { channel: channels.submitReport, request: submitReportRequestSchema, response: courtReportSchema },
  compareReportVersions: {
    channel: channels.compareReportVersions,
    request: compareVersionsRequestSchema,
    response: versionComparisonSchema,
  },
  listReportableExcerpts: {
    channel: channels.listReportableExcerpts,
    request: caseIdRequestSchema,
    response: reportableExcerptsSchema,
  },
  previewReport: {
    channel: channels.previewReport,
    request: exportReportRequestSchema,
    response: previewReportResponseSchema,
  },
  exportReport: {
    channel: channels.exportReport,
    request: exportReportRequestSchema,
    response: exportReportResponseSchema,
  },
  listHearings: { channel: channels.listHearings, request: nothing, response: hearingAgendaSchema },
} as const satisfies { [M in keyof typeof channels]: ChannelDefinition & { channel: (typeof channels)[M] } };

export interface ChannelDefinition {
  channel: string;
  request: z.ZodType;
  response: z.ZodType;
}

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type RequestOf<M extends MethodName> = z.input<Contract[M]['request']>;
export type ParsedRequestOf<M extends MethodName> = z.output<Contract[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Contract[M]['response']>;

export const methodNames = Object.keys(contract) as MethodName[];

/** The method a channel name belongs to, if any. */
export function methodForChannel(channel: string): MethodName | undefined {
  return methodNames.find((method) => contract[method].channel === channel);
}
