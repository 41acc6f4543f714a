/**
 * The contract's names without its schemas, so the sandboxed preload bundles no zod. Channel
 * names and the preload's subscription names derive from these; `contract.ts` holds the schemas
 * and is checked against these lists at compile time.
 */

/** Every method the renderer may call, in the contract's order. */
export const methodNames = [
  'getAppInfo',
  'getSettings',
  'updateSettings',
  'getAllianceThresholds',
  'setAllianceThresholds',
  'getVaultStatus',
  'createVault',
  'unlockVault',
  'recoverVault',
  'lockVault',
  'keepRolledBackState',
  'changePassphrase',
  'rotateKeys',
  'newRecoveryKey',
  'reportActivity',
  'restoreBackup',
  'restoreArchive',
  'backupJournal',
  'verifyJournal',
  'importJournal',
  'listCases',
  'getCase',
  'getCaseOverview',
  'getEntryExcerpts',
  'createCase',
  'updateCase',
  'changeCasePhase',
  'setCaseStatus',
  'recordAttendance',
  'listCaseWarnings',
  'listOpenWarnings',
  'decideWarning',
  'readReturnedBrief',
  'recordSupervision',
  'recordSupervisionMeeting',
  'updateAgreedAction',
  'listOpenActions',
  'listSupervisionMeetings',
  'getBriefPseudonyms',
  'setGoalScale',
  'rateGoals',
  'getGoalAttainment',
  'saveEntry',
  'listDrafts',
  'saveDraft',
  'discardDraft',
  'searchJournal',
  'previewBrief',
  'exportBrief',
  'markSafeWord',
  'unmarkSafeWord',
  'decideBriefReview',
  'listExports',
  'listReports',
  'getReport',
  'createReport',
  'updateReport',
  'saveReportDraft',
  'reviseReport',
  'shareReviewCopy',
  'recordReportComment',
  'respondToReportComment',
  'checkReport',
  'finalizeReport',
  'submitReport',
  'compareReportVersions',
  'listReportableExcerpts',
  'previewReport',
  'exportReport',
  'listHearings',
  'getWorkQueue',
  'reportRenderFailure',
] as const;

export type MethodName = (typeof methodNames)[number];

/** Every message main sends unasked. */
export const eventNames = ['vaultLocked', 'vaultUnlocked', 'journalChanged', 'progress'] as const;

export type EventName = (typeof eventNames)[number];

/** The IPC channel of a method: its name, in our own namespace. */
export function ipcChannel<M extends MethodName>(method: M): `alianza:${M}` {
  return `alianza:${method}`;
}

/** The IPC channel of an event; a namespace of its own, so no event can be invoked as a method. */
export function eventChannel<E extends EventName>(event: E): `alianza-event:${E}` {
  return `alianza-event:${event}`;
}

/** The preload's subscription function for an event: `vaultLocked` -> `onVaultLocked`. */
export type SubscriptionName<E extends EventName> = `on${Capitalize<E>}`;

export function subscriptionName<E extends EventName>(event: E): SubscriptionName<E> {
  return `on${event.charAt(0).toUpperCase()}${event.slice(1)}` as SubscriptionName<E>;
}

/** Built on first use, so the preload (which never looks a channel up) carries no table. */
let methodsByChannel: Map<string, MethodName> | undefined;

/** The method a channel belongs to, if any (a closed list: anything else is refused). */
export function methodForChannel(channel: string): MethodName | undefined {
  methodsByChannel ??= new Map(methodNames.map((method) => [ipcChannel(method), method]));
  return methodsByChannel.get(channel);
}
