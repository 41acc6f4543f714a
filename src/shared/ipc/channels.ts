/**
 * Channel names, free of zod so the sandboxed preload bundles nothing else.
 * `contract.ts` pairs each with its schemas.
 */
export const channels = {
  getAppInfo: 'app:get-info',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  getVaultStatus: 'vault:get-status',
  createVault: 'vault:create',
  unlockVault: 'vault:unlock',
  recoverVault: 'vault:recover',
  lockVault: 'vault:lock',
  changePassphrase: 'vault:change-passphrase',
  reportActivity: 'vault:report-activity',
  restoreBackup: 'vault:restore-backup',
  listCases: 'journal:list-cases',
  getCase: 'journal:get-case',
  createCase: 'journal:create-case',
  updateCase: 'journal:update-case',
  changeCasePhase: 'journal:change-case-phase',
  setCaseStatus: 'journal:set-case-status',
  saveEntry: 'journal:save-entry',
  listDrafts: 'journal:list-drafts',
  saveDraft: 'journal:save-draft',
  discardDraft: 'journal:discard-draft',
  searchJournal: 'journal:search',
  previewBrief: 'exports:preview-brief',
  exportBrief: 'exports:export-brief',
  markSafeWord: 'exports:mark-safe-word',
  unmarkSafeWord: 'exports:unmark-safe-word',
  listExports: 'exports:list',
} as const;
