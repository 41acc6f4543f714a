/**
 * The journal channels: cases, reflections, drafts and restoring a damaged file. Every change is
 * read, applied, checked against the domain rules and saved one at a time, so two quick saves
 * never lose each other; search hears of each save so it stays current without a rebuild.
 */
import { randomUUID } from 'node:crypto';
import { caseWarnings } from '../../shared/alliance/caseWarnings';
import type { DecidedWarning } from '../../shared/alliance/decidedWarnings';
import type { OpenWarnings } from '../../shared/alliance/openWarnings';
import { defaultWarningThresholds, type WarningThresholds } from '../../shared/alliance/thresholds';
import type { Case, CaseWithEntries } from '../../shared/domain/case';
import type { Entry } from '../../shared/domain/entry';
import { AppError } from '../../shared/ipc/result';
import type { CaseOverview, EntryExcerpts } from '../../shared/journal/caseOverview';
import type { CaseSummary } from '../../shared/journal/caseSummary';
import type { Draft } from '../../shared/journal/requests';
import type {
  CaseWarnings,
  DecideWarningRequest,
  GoalAttainment,
  RateGoalsRequest,
  SetGoalScaleRequest,
} from '../../shared/journal/allianceRequests';
import { attainmentSeries, defaultGoalCorrelation } from '../../shared/gas';
import type {
  ChangePhaseRequest,
  CreateCaseRequest,
  RestoreBackupRequest,
  RestoreBackupResponse,
  SaveDraftRequest,
  SaveEntryRequest,
  RecordAttendanceRequest,
  SetCaseStatusRequest,
  UpdateCaseRequest,
} from '../../shared/journal/requestTypes';
import type { SearchUpdates } from '../search/journalSearch';
import { isUnconfirmedWrite } from '../vault/durableFile';
import type { VaultSession } from '../vault/vaultSession';
import { fileIdForVaultPath, restoreFromBackup } from './backupRestore';
import { caseOverview, entryExcerpts } from './caseOverview';
import { withAttendance } from './attendanceChanges';
import { caseOnly, newCase, updatedCase, withPhaseChange, withStatus } from './caseChanges';
import { checkAliasFree, checkedCase } from './caseCheck';
import * as drafts from './drafts';
import { savedEntry } from './entrySaving';
import { withGoalReview, withGoalScale } from './goalAttainmentChanges';
import { listOpenWarnings } from './openWarningsCache';
import { openCaseFacts } from './openCaseFacts';
import { perCaseResults } from './perCaseResults';
import { meetingIdsOf, othersInMeetings, withActionUpdate, withSupervision } from './supervisionChanges';
import { actionOrder } from '../../shared/home/workQueue';
import { localDay } from '../../shared/domain/localDay';
import type { CaseSupervision } from '../../shared/domain/supervision';
import { saveCasesTogether, type CaseChange } from './casesTogether';
import type {
  OpenAction,
  RecordSupervisionMeetingRequest,
  RecordSupervisionRequest,
  SupervisionMeetings,
  UpdateAgreedActionRequest,
} from '../../shared/journal/supervisionRequests';

/** Every case's meetings (`supervisionId`s), closed cases too, read again only when its file moves. */
const meetingsOfCases = perCaseResults(meetingIdsOf, () => true);
import { withWarningDecision } from './warningDecisionChanges';
import { savedDespite } from './journalStore';
import type { ListedConflict } from './syncedCases';
import { syncedDraftsOf, type SyncedDrafts } from './syncedDrafts';
import { createJournalAccess, type OpenJournal } from './openJournal';

export interface JournalServiceOptions {
  /** The open session, or `locked` (`vaultAccess.session`). */
  session: () => VaultSession;
  now: () => Date;
  /** Told about every save; none when search is not wired (the CLI). */
  search?: SearchUpdates;
  /** New case ids; `crypto.randomUUID` unless a test needs fixed ones. */
  newId?: () => string;
  /** The rupture-warning thresholds in force (the settings'); the defaults when not wired. */
  warningThresholds?: () => Promise<WarningThresholds>;
  /**
   * This installation's device id (deviceIdentity.ts, from the app's data folder), to write the
   * vault as one device of a synced vault (docs/sync.md); the single-device layout without it.
   */
  deviceId?: string;
}

export interface JournalService {
  listCases(): Promise<CaseSummary[]>;
  getCase(caseId: string): Promise<CaseWithEntries>;
  /** The case for the case screen: no section text, no history (`caseOverview`). */
  getCaseOverview(caseId: string): Promise<CaseOverview>;
  /** The opening words of some of a case's entries, for the timeline rows in view. */
  getEntryExcerpts(caseId: string, entryIds: readonly string[]): Promise<EntryExcerpts>;
  createCase(request: CreateCaseRequest): Promise<Case>;
  updateCase(request: UpdateCaseRequest): Promise<Case>;
  changeCasePhase(request: ChangePhaseRequest): Promise<Case>;
  setCaseStatus(request: SetCaseStatusRequest): Promise<Case>;
  /** Records what became of a planned session, or changes that record. */
  recordAttendance(request: RecordAttendanceRequest): Promise<Case>;
  /** The case's rupture warnings, evaluated with the thresholds in force, with the decisions about them. */
  listCaseWarnings(caseId: string): Promise<CaseWarnings>;
  /** Every open case's active warnings, for the home queue (`openWarningsCache.ts`). */
  listOpenWarnings(): Promise<OpenWarnings>;
  /** Dismisses a warning the case raises now (with a note), takes it to supervision, or reopens it. */
  decideWarning(request: DecideWarningRequest): Promise<DecidedWarning>;
  /** Sets, replaces or removes a goal's attainment scale. */
  setGoalScale(request: SetGoalScaleRequest): Promise<Case>;
  /** Records a review of the scaled goals, or replaces the review with that id. */
  rateGoals(request: RateGoalsRequest): Promise<Case>;
  /** The goal attainment T-score at each review, oldest first. */
  getGoalAttainment(caseId: string): Promise<GoalAttainment>;
  /** Adds the case's part of a supervision, with its agreed actions and the notes sent back. */
  recordSupervision(request: RecordSupervisionRequest): Promise<CaseSupervision>;
  /** Adds the parts of one meeting to each case it touched, all or nothing. */
  recordSupervisionMeeting(request: RecordSupervisionMeetingRequest): Promise<{ parts: CaseSupervision[] }>;
  /** Marks an agreed action done, dropped or open again, with what followed. */
  updateAgreedAction(request: UpdateAgreedActionRequest): Promise<CaseSupervision>;
  /** Every open case's open agreed actions, soonest due first, for the home queue. */
  listOpenActions(): Promise<{ actions: OpenAction[] }>;
  /** The case's meetings that touched other cases too, with those cases. */
  listSupervisionMeetings(caseId: string): Promise<SupervisionMeetings>;
  /** Creates or revises a reflection, then deletes its drafts. */
  saveEntry(request: SaveEntryRequest): Promise<Entry>;
  listDrafts(): Promise<Draft[]>;
  saveDraft(request: SaveDraftRequest): Promise<Draft>;
  discardDraft(draftId: string): Promise<void>;
  restoreBackup(request: RestoreBackupRequest): Promise<RestoreBackupResponse>;
  /**
   * What the conflict inbox lists: the things saved apart on two devices of a synced vault (each
   * with the device and time of each text), after taking in what the other devices wrote.
   */
  conflicts(): Promise<ListedConflict[]>;
  /** The open journal (session and store), or `locked`. */
  open(): OpenJournal;
  /** Runs `work` between two changes, none in between (a backup, a check, an import). */
  quietly<T>(work: () => Promise<T>): Promise<T>;
  /** Drops the decrypted case list (on lock). */
  forget(): void;
}

/** The journal channels over whatever session is open when each call arrives. */
export function createJournalService(options: JournalServiceOptions): JournalService {
  const { now, search } = options;
  const newId = options.newId ?? randomUUID;
  const thresholds = options.warningThresholds ?? (async () => defaultWarningThresholds);
  const access = createJournalAccess(
    options.session,
    options.deviceId === undefined ? undefined : { deviceId: options.deviceId, now },
  );
  let queue: Promise<unknown> = Promise.resolve();
  // The store hands back the same object until the file changes, so each overview is built once.
  const overviews = new WeakMap<CaseWithEntries, CaseOverview>();

  /** In a synced vault, the drafts of every device merged (syncedDrafts.ts); undefined for one device. */
  function syncedDrafts(): SyncedDrafts | undefined {
    return options.deviceId === undefined ? undefined : syncedDraftsOf(access.open().session, options.deviceId);
  }

  function discardDraftsOf(session: VaultSession, caseId: string, entryId: string): Promise<void> {
    return syncedDrafts()?.discardDraftsOf(caseId, entryId, now()) ?? drafts.discardDraftsOf(session, caseId, entryId);
  }

  /** Runs changes one after another, each on what the one before it saved. */
  function serialized<T>(change: () => Promise<T>): Promise<T> {
    const result = queue.then(change, change);
    queue = result.catch(() => undefined);
    return result;
  }

  /** Reads a case, applies `change` and saves the checked result; `before` may refuse first. */
  function changeCase(
    caseId: string,
    change: (current: CaseWithEntries) => CaseWithEntries,
    before?: (store: OpenJournal['store']) => Promise<void>,
  ): Promise<Case> {
    return serialized(async () => {
      const { store } = access.open();
      await before?.(store);
      // The store checks what it writes: the details only, when the entries are the ones it read.
      const current = await store.readCase(caseId);
      const next = change(current);
      await afterSave(store.saveCase(next), () => savedForSearch(current, next));
      return caseOnly(next);
    });
  }

  /** Tells search of a saved case: its alias, and its supervision records when they changed. */
  function savedForSearch(before: CaseWithEntries | undefined, next: CaseWithEntries): void {
    search?.caseSaved(next.id, next.alias);
    if (next.supervisions !== undefined && next.supervisions !== before?.supervisions)
      search?.supervisionsSaved(next.id, next.supervisions);
  }

  /** Adds each case's part of one meeting, all or nothing (`saveCasesTogether`). */
  function recordMeeting(
    { parts, ...meeting }: RecordSupervisionMeetingRequest,
    supervisionId = newId(),
  ): Promise<{ parts: CaseSupervision[] }> {
    return serialized(async () => {
      const { store } = access.open();
      const at = now();
      const changes: CaseChange[] = [];
      const recorded: CaseSupervision[] = [];
      for (const part of parts) {
        const before = await store.readCase(part.caseId);
        const made = withSupervision(before, { ...part, ...meeting, supervisionId }, newId, at, localDay(at));
        changes.push({ before, next: made.next });
        recorded.push(made.part);
      }
      try {
        await saveCasesTogether(store, changes);
      } catch (error) {
        // Put back, or saved in some cases only: search reads the files again rather than guess.
        search?.invalidate();
        throw error;
      }
      for (const { before, next } of changes) savedForSearch(before, next);
      return { parts: recorded };
    });
  }

  return {
    listCases: async () => access.open().store.listCases(),
    getCase: async (caseId) => access.open().store.readCase(caseId),
    getCaseOverview: async (caseId) => {
      const journalCase = await access.open().store.readCase(caseId);
      const known = overviews.get(journalCase);
      if (known !== undefined) return known;
      const built = caseOverview(journalCase);
      overviews.set(journalCase, built);
      return built;
    },
    getEntryExcerpts: async (caseId, entryIds) => entryExcerpts(await access.open().store.readCase(caseId), entryIds),

    createCase: (request) =>
      serialized(async () => {
        const { store } = access.open();
        checkAliasFree(await store.listCases(), request.alias);
        const created = checkedCase(newCase(request, newId(), now()));
        await afterSave(store.saveCase(created), () => search?.caseSaved(created.id, created.alias));
        return caseOnly(created);
      }),

    updateCase: (request) =>
      changeCase(
        request.caseId,
        (current) => updatedCase(current, request, now()),
        async (store) => {
          if (request.alias !== undefined) checkAliasFree(await store.listCases(), request.alias, request.caseId);
        },
      ),

    changeCasePhase: (request) => changeCase(request.caseId, (current) => withPhaseChange(current, request, now())),
    setCaseStatus: (request) => changeCase(request.caseId, (current) => withStatus(current, request, now())),
    recordAttendance: (request) => changeCase(request.caseId, (current) => withAttendance(current, request, now())),

    listCaseWarnings: async (caseId) => {
      const inForce = await thresholds();
      const journalCase = await access.open().store.readCase(caseId);
      return { warnings: caseWarnings(journalCase, inForce), thresholds: inForce };
    },
    listOpenWarnings: async () => listOpenWarnings(access.open().store, await thresholds()),
    decideWarning: async (request) => {
      const inForce = await thresholds();
      let decided: DecidedWarning | undefined;
      await changeCase(request.caseId, (current) => {
        const { next, decision } = withWarningDecision(
          current,
          request,
          caseWarnings(current, inForce),
          newId(),
          now(),
        );
        decided = caseWarnings(next, inForce).find((item) => item.warning.id === decision.warningId);
        return next;
      });
      return decided as DecidedWarning;
    },
    recordSupervision: async ({ caseId, supervisionId, heldOn, supervisor, kind, ...part }) => {
      const { parts } = await recordMeeting({ heldOn, supervisor, kind, parts: [{ caseId, ...part }] }, supervisionId);
      return parts[0] as CaseSupervision;
    },
    recordSupervisionMeeting: (request) => recordMeeting(request),
    updateAgreedAction: async (request) => {
      let updated: CaseSupervision | undefined;
      await changeCase(request.caseId, (current) => {
        const { next, part } = withActionUpdate(current, request, now(), localDay(now()));
        updated = part;
        return next;
      });
      return updated as CaseSupervision;
    },
    listOpenActions: async () => {
      // The same per-case facts as the warnings and the work queue: one read of each case for all.
      const listed = await openCaseFacts(access.open().store, await thresholds());
      return {
        actions: listed
          .flatMap(({ summary, result }) => result.actions.map((action) => ({ ...action, caseAlias: summary.alias })))
          .sort(actionOrder),
      };
    },
    listSupervisionMeetings: async (caseId) =>
      othersInMeetings(await meetingsOfCases(access.open().store, undefined), caseId),
    setGoalScale: (request) => changeCase(request.caseId, (current) => withGoalScale(current, request, now())),
    rateGoals: (request) => changeCase(request.caseId, (current) => withGoalReview(current, request, now())),
    getGoalAttainment: async (caseId) => ({
      correlation: defaultGoalCorrelation,
      reviews: attainmentSeries(await access.open().store.readCase(caseId)).map(({ tScore, ...point }) => ({
        ...point,
        ...(tScore === undefined ? {} : { tScore }),
      })),
    }),

    saveEntry: (request) =>
      serialized(async () => {
        const { session, store } = access.open();
        const current = await store.readCase(request.caseId);
        const index = current.entries.findIndex((entry) => entry.id === request.entryId);
        const { entry, changed } = savedEntry(current.entries[index], request, now());
        if (changed) {
          const entries = [...current.entries];
          if (index < 0) entries.push(entry);
          else entries[index] = entry;
          const next = { ...current, entries, updatedAt: entry.updatedAt };
          await afterSave(store.saveEntry(next, entry), async () => {
            search?.entrySaved(next.id, entry);
            await discardDraftsOf(session, request.caseId, request.entryId);
          });
          return entry;
        }
        await discardDraftsOf(session, request.caseId, request.entryId);
        return entry;
      }),

    listDrafts: async () => {
      const synced = syncedDrafts();
      return (await (synced === undefined ? drafts.listDrafts(access.open().session) : synced.listDrafts())).drafts;
    },
    saveDraft: async (request) =>
      syncedDrafts()?.saveDraft(request, now()) ?? drafts.saveDraft(access.open().session, request, now()),
    discardDraft: async (draftId) =>
      syncedDrafts()?.discardDraft(draftId, now()) ?? drafts.discardDraft(access.open().session, draftId),

    restoreBackup: (request) =>
      serialized(async () => {
        const { session, store } = access.open();
        const fileId = fileIdForVaultPath(session.directory, request.file);
        // The restored file is an earlier version: bring the case list and search in line with it,
        // also when the restore is in place but unconfirmed.
        let restored: RestoreBackupResponse | undefined;
        await afterSave(
          restoreFromBackup(session, request.file).then(({ fileId: _fileId, ...response }) => {
            restored = response;
          }),
          async () => {
            if (fileId === 'index') await afterRestore(() => store.rebuildIndex());
            if (fileId.startsWith('case:')) {
              await afterRestore(() => store.refreshSummary(fileId.slice('case:'.length)));
            }
            if (!fileId.startsWith('draft:')) search?.invalidate();
          },
        );
        return restored as RestoreBackupResponse;
      }),

    conflicts: async () => [...(await access.open().store.conflicts()), ...((await syncedDrafts()?.conflicts()) ?? [])],
    open: () => access.open(),
    forget: () => access.forget(),
    quietly: (work) => serialized(work),
  };
}

/**
 * Waits for a save, then runs what follows it; also when the save failed after its commit (the
 * change is in place, only unconfirmed or not yet in the case list), before that error is reported.
 */
async function afterSave(save: Promise<void>, then: () => unknown): Promise<void> {
  try {
    await save;
  } catch (error) {
    if (isUnconfirmedWrite(error) || savedDespite(error)) await then();
    throw error;
  }
  await then();
}

/**
 * Brings the case list in line with a restored file. The restore itself has succeeded by then, so
 * a failure here (a case the list does not know, say) leaves the list as it was rather than
 * reporting the restore as failed; the next save of that case corrects its line.
 */
async function afterRestore(update: () => Promise<unknown>): Promise<void> {
  try {
    await update();
  } catch (error) {
    if (!(error instanceof AppError) || error.code === 'locked') throw error;
  }
}
