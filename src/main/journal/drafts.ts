/**
 * Autosaved drafts: one encrypted file each (`draft:<draftId>`), found by listing `drafts/`, so
 * there is no list of drafts to keep in step. A draft that cannot be read is left out of the
 * list; it fails with its own error only when that draft is saved over.
 */
import { AppError, type ErrorCode } from '../../shared/ipc/result';
import { draftSchema, type Draft } from '../../shared/journal/requests';
import type { SaveDraftRequest } from '../../shared/journal/requestTypes';
import { isFileId, type FileId } from '../vault/vaultLayout';
import type { VaultSession } from '../vault/vaultSession';
import { storedIds } from './vaultFolders';

/** A draft file left out of the list, and why. */
export interface UnreadableDraft {
  draftId: string;
  code: ErrorCode;
  file?: string;
}

/** What listing the drafts folder found. */
export interface DraftList {
  /** Newest first. */
  drafts: Draft[];
  unreadable: UnreadableDraft[];
}

/** The vault file of a draft; `invalid-request` for an id that cannot be a file name. */
export function draftFileId(draftId: string): FileId {
  const fileId = `draft:${draftId}`;
  if (!isFileId(fileId)) {
    throw new AppError(
      'invalid-request',
      'A draft id must be 1 to 80 letters, digits, "-" or "_", starting with a letter or digit.',
    );
  }
  return fileId;
}

/** Every draft that can be read, and the ones that cannot. */
export async function listDrafts(session: VaultSession): Promise<DraftList> {
  const ids = await storedIds(session.directory, 'draft');
  const read = await Promise.all(ids.map((draftId) => readDraft(session, draftId)));
  const drafts: Draft[] = [];
  const unreadable: UnreadableDraft[] = [];
  for (const result of read) {
    if ('draft' in result) drafts.push(result.draft);
    else unreadable.push(result);
  }
  drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { drafts, unreadable };
}

async function readDraft(session: VaultSession, draftId: string): Promise<{ draft: Draft } | UnreadableDraft> {
  try {
    const stored = await session.readFile(draftFileId(draftId));
    const parsed = draftSchema.safeParse(stored.data);
    if (parsed.success && parsed.data.draftId === draftId) return { draft: parsed.data };
    return { draftId, code: 'unsupported-format' };
  } catch (error) {
    // Locked is not about this draft: the whole list fails.
    if (!(error instanceof AppError) || error.code === 'locked') throw error;
    return { draftId, code: error.code, ...(error.file === undefined ? {} : { file: error.file }) };
  }
}

/** Writes the draft encrypted, stamped with `now`, and returns it as stored. */
export async function saveDraft(session: VaultSession, request: SaveDraftRequest, now: Date): Promise<Draft> {
  const draft: Draft = {
    draftId: request.draftId,
    caseId: request.caseId,
    entryId: request.entryId,
    savedAt: now.toISOString(),
    // What a JSON file can hold, so the answer is exactly what a later list returns.
    content: JSON.parse(JSON.stringify(request.content)) as Record<string, unknown>,
  };
  await session.writeFile(draftFileId(request.draftId), draft);
  return draft;
}

/** Deletes a draft and its backups; a draft that is already gone is fine. */
export function discardDraft(session: VaultSession, draftId: string): Promise<void> {
  return session.deleteFile(draftFileId(draftId));
}

/** Deletes the drafts of one reflection, once it is saved. Unreadable drafts are left alone. */
export async function discardDraftsOf(session: VaultSession, caseId: string, entryId: string): Promise<void> {
  const { drafts } = await listDrafts(session);
  const saved = drafts.filter((draft) => draft.caseId === caseId && draft.entryId === entryId);
  await Promise.all(saved.map((draft) => discardDraft(session, draft.draftId)));
}
