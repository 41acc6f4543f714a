/**
 * The preload: one named function per contract method, nothing generic, and never
 * `ipcRenderer` itself. `satisfies` keeps it in step with the contract.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { apiGlobalName, type AlianzaApi } from '../shared/ipc/api';
import { channels, eventChannels } from '../shared/ipc/channels';
import type { Progress } from '../shared/progress/progress';

const api = {
  getAppInfo: () => ipcRenderer.invoke(channels.getAppInfo),
  getSettings: () => ipcRenderer.invoke(channels.getSettings),
  updateSettings: (request) => ipcRenderer.invoke(channels.updateSettings, request),
  getVaultStatus: () => ipcRenderer.invoke(channels.getVaultStatus),
  createVault: (request) => ipcRenderer.invoke(channels.createVault, request),
  unlockVault: (request) => ipcRenderer.invoke(channels.unlockVault, request),
  recoverVault: (request) => ipcRenderer.invoke(channels.recoverVault, request),
  lockVault: () => ipcRenderer.invoke(channels.lockVault),
  keepRolledBackState: () => ipcRenderer.invoke(channels.keepRolledBackState),
  changePassphrase: (request) => ipcRenderer.invoke(channels.changePassphrase, request),
  rotateKeys: (request) => ipcRenderer.invoke(channels.rotateKeys, request),
  newRecoveryKey: (request) => ipcRenderer.invoke(channels.newRecoveryKey, request),
  reportActivity: () => ipcRenderer.invoke(channels.reportActivity),
  restoreBackup: (request) => ipcRenderer.invoke(channels.restoreBackup, request),
  restoreArchive: () => ipcRenderer.invoke(channels.restoreArchive),
  backupJournal: () => ipcRenderer.invoke(channels.backupJournal),
  verifyJournal: () => ipcRenderer.invoke(channels.verifyJournal),
  importJournal: () => ipcRenderer.invoke(channels.importJournal),
  listCases: () => ipcRenderer.invoke(channels.listCases),
  getCase: (request) => ipcRenderer.invoke(channels.getCase, request),
  getCaseOverview: (request) => ipcRenderer.invoke(channels.getCaseOverview, request),
  getEntryExcerpts: (request) => ipcRenderer.invoke(channels.getEntryExcerpts, request),
  createCase: (request) => ipcRenderer.invoke(channels.createCase, request),
  updateCase: (request) => ipcRenderer.invoke(channels.updateCase, request),
  changeCasePhase: (request) => ipcRenderer.invoke(channels.changeCasePhase, request),
  setCaseStatus: (request) => ipcRenderer.invoke(channels.setCaseStatus, request),
  saveEntry: (request) => ipcRenderer.invoke(channels.saveEntry, request),
  listDrafts: () => ipcRenderer.invoke(channels.listDrafts),
  saveDraft: (request) => ipcRenderer.invoke(channels.saveDraft, request),
  discardDraft: (request) => ipcRenderer.invoke(channels.discardDraft, request),
  searchJournal: (request) => ipcRenderer.invoke(channels.searchJournal, request),
  previewBrief: (request) => ipcRenderer.invoke(channels.previewBrief, request),
  exportBrief: (request) => ipcRenderer.invoke(channels.exportBrief, request),
  markSafeWord: (request) => ipcRenderer.invoke(channels.markSafeWord, request),
  unmarkSafeWord: (request) => ipcRenderer.invoke(channels.unmarkSafeWord, request),
  decideBriefReview: (request) => ipcRenderer.invoke(channels.decideBriefReview, request),
  listExports: (request) => ipcRenderer.invoke(channels.listExports, request),
  listReports: (request) => ipcRenderer.invoke(channels.listReports, request),
  createReport: (request) => ipcRenderer.invoke(channels.createReport, request),
  updateReport: (request) => ipcRenderer.invoke(channels.updateReport, request),
  saveReportDraft: (request) => ipcRenderer.invoke(channels.saveReportDraft, request),
  reviseReport: (request) => ipcRenderer.invoke(channels.reviseReport, request),
  shareReviewCopy: (request) => ipcRenderer.invoke(channels.shareReviewCopy, request),
  recordReportComment: (request) => ipcRenderer.invoke(channels.recordReportComment, request),
  respondToReportComment: (request) => ipcRenderer.invoke(channels.respondToReportComment, request),
  checkReport: (request) => ipcRenderer.invoke(channels.checkReport, request),
  finalizeReport: (request) => ipcRenderer.invoke(channels.finalizeReport, request),
  submitReport: (request) => ipcRenderer.invoke(channels.submitReport, request),
  compareReportVersions: (request) => ipcRenderer.invoke(channels.compareReportVersions, request),
  listReportableExcerpts: (request) => ipcRenderer.invoke(channels.listReportableExcerpts, request),
  previewReport: (request) => ipcRenderer.invoke(channels.previewReport, request),
  exportReport: (request) => ipcRenderer.invoke(channels.exportReport, request),
  listHearings: () => ipcRenderer.invoke(channels.listHearings),
  // The listener gets the message only, never the event (which carries the sender).
  onProgress: (listener) => {
    const forward = (_event: unknown, progress: Progress) => listener(progress);
    ipcRenderer.on(eventChannels.progress, forward);
    return () => void ipcRenderer.removeListener(eventChannels.progress, forward);
  },
} satisfies AlianzaApi;

contextBridge.exposeInMainWorld(apiGlobalName, api);
