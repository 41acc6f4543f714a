/**
 * Autosaved drafts in a synced vault (docs/sync.md): this device writes each draft as its latest
 * revision in its own file (`devices/<deviceId>/drafts/<draftId>.alz`), and lists the merge of
 * every device's drafts and the old layout's (`drafts/`, read as the legacy device, never
 * written). Discarding is a removal, a revision too, so a draft discarded on one device does not
 * come back from the other's copy. A draft's file holds only its device's latest revision of it:
 * a draft is autosaved every few seconds, and what an older one replaced is never needed again.
 *
 * A draft file of another device that does not open is left out (still arriving), as an
 * unreadable draft is today.
 */
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { Draft } from '../../shared/journal/requests';
import type { SaveDraftRequest } from '../../shared/journal/requestTypes';
import { draftRevisionSchema } from '../sync/draftRecordKeys';
import { draftsStateOf } from '../sync/draftsState';
import { legacyDraftRevision } from '../sync/legacyRevisions';
import { mergeRevisions } from '../sync/mergeRevisions';
import { savedRevision } from '../sync/newRevision';
import type { Revision } from '../sync/revision';
import {
  deviceFileId,
  deviceFolderFor,
  devicesFolder,
  draftsFolder,
  fileIdForPath,
  isDeviceFolderName,
  splitDeviceFileId,
  type FileId,
} from '../vault/vaultLayout';
import type { VaultSession } from '../vault/vaultSession';
import { deviceWriterOf } from './deviceWriter';
import { draftFileId, draftOf, listDrafts as listLegacyDrafts, type DraftList, type UnreadableDraft } from './drafts';
import { listedConflict, type ListedConflict } from './syncedCases';
import { folderNames } from './vaultFolders';

export interface SyncedDrafts {
  listDrafts(): Promise<DraftList>;
  saveDraft(request: SaveDraftRequest, now: Date): Promise<Draft>;
  discardDraft(draftId: string, now: Date): Promise<void>;
  /** Discards the drafts of one reflection, once it is saved. */
  discardDraftsOf(caseId: string, entryId: string, now: Date): Promise<void>;
  /** Drafts saved apart on two devices: the later stands, the other is kept. */
  conflicts(): Promise<ListedConflict[]>;
}

export function syncedDraftsOf(session: VaultSession, deviceId: string): SyncedDrafts {
  const writer = deviceWriterOf(session, deviceId);

  /** Every device's draft files, or only those of `draftId`. */
  async function deviceDraftFiles(draftId?: string): Promise<FileId[]> {
    const found: FileId[] = [];
    for (const device of (await folderNames(path.join(session.directory, devicesFolder))).filter(isDeviceFolderName)) {
      if (draftId !== undefined) {
        found.push(deviceFileId(device, draftFileId(draftId) as `draft:${string}`));
        continue;
      }
      const folder = `${deviceFolderFor(device)}/${draftsFolder}`;
      for (const name of await folderNames(path.join(session.directory, folder))) {
        const fileId = fileIdForPath(`${folder}/${name}`);
        if (fileId !== undefined) found.push(fileId);
      }
    }
    return found;
  }

  /** The revisions of the drafts (of one, or all), and the device files that could not be read. */
  async function revisions(draftId?: string): Promise<{ revisions: Revision[]; unreadable: UnreadableDraft[] }> {
    const legacy = await listLegacyDrafts(session);
    const read: Revision[] = legacy.drafts
      .filter((draft) => draftId === undefined || draft.draftId === draftId)
      .map(legacyDraftRevision);
    const unreadable = legacy.unreadable.filter((draft) => draftId === undefined || draft.draftId === draftId);
    for (const fileId of await deviceDraftFiles(draftId)) {
      try {
        const stored = await session.readFileIfExists(fileId);
        for (const record of stored?.log === undefined ? [] : (stored.data as unknown[])) {
          const parsed = draftRevisionSchema.safeParse(record);
          if (parsed.success) read.push(parsed.data as Revision);
        }
      } catch (error) {
        if (!(error instanceof AppError) || error.code === 'locked') throw error;
        const own = splitDeviceFileId(fileId)?.deviceId === deviceId;
        const name = fileId.slice(fileId.indexOf('/draft:') + '/draft:'.length);
        // Another device's draft still arriving is simply not there yet.
        if (own) unreadable.push({ draftId: name, code: error.code, message: error.message });
      }
    }
    writer.saw(read);
    return { revisions: read, unreadable };
  }

  /** Writes this device's latest revision of the draft: `value`, or null to discard it. */
  function write(draftId: string, value: Draft | null, now: Date): Promise<void> {
    const fileId = deviceFileId(deviceId, draftFileId(draftId) as `draft:${string}`);
    return writer.write(async (start) => {
      const key = `draft:${draftId}`;
      const register = mergeRevisions((await revisions(draftId)).revisions).registers.get(key);
      // Nothing to discard: never saved, or discarded already.
      if (value === null && (register === undefined || register.current.value === null)) {
        return { after: start, value: undefined };
      }
      const { revision, writer: after } = savedRevision(start, key, value, register, now.getTime());
      const checked = draftRevisionSchema.safeParse(revision);
      if (!checked.success) {
        throw new AppError('invalid-request', `This draft cannot be saved: ${checked.error.issues[0]?.message ?? ''}`);
      }
      await session.writeLog(fileId, [revision]);
      return { after, value: undefined };
    });
  }

  async function listDrafts(): Promise<DraftList> {
    const { revisions: all, unreadable } = await revisions();
    return { drafts: draftsStateOf(all).drafts, unreadable };
  }

  return {
    listDrafts,
    saveDraft: async (request, now) => {
      const draft = draftOf(request, now);
      await write(draft.draftId, draft, now);
      return draft;
    },
    discardDraft: (draftId, now) => write(draftId, null, now),
    discardDraftsOf: async (caseId, entryId, now) => {
      const { drafts } = await listDrafts();
      for (const draft of drafts.filter((each) => each.caseId === caseId && each.entryId === entryId)) {
        await write(draft.draftId, null, now);
      }
    },
    conflicts: async () =>
      draftsStateOf((await revisions()).revisions).conflicts.map((conflict) =>
        listedConflict((conflict.current.value as Draft | null)?.caseId ?? '', conflict),
      ),
  };
}
