/**
 * Autosaved drafts: one encrypted file each (`draft:<draftId>`), found by listing `drafts/`, so
 * there is no list of drafts to keep in step. A draft that cannot be read is left out of the
 * list; it fails with its own error only when that draft is saved over. Each file carries its
 * format version (draftMigrations/); one from a newer Alianza is neither saved over nor deleted.
 */
import path from 'node:path';
import { z } from 'zod';
import { AppError, type ErrorCode } from '../../shared/ipc/result';
import { draftSchema, type Draft } from '../../shared/journal/requests';
import type { SaveDraftRequest } from '../../shared/journal/requestTypes';
import { newerDocument, newerVersionOf, upgradeDocument } from '../../shared/storage/documentVersion';
import { isFileId, relativePathFor, type FileId } from '../vault/vaultLayout';
import type { VaultSession } from '../vault/vaultSession';
import { draftVersion, draftVersioning } from './draftMigrations';
import { storedIds } from './vaultFolders';

/** A draft as its file holds it: the draft the renderer sees, and its format version. */
const storedDraftSchema = draftSchema.extend({ version: z.literal(draftVersion) });

/** A draft file left out of the list, and why. */
export interface UnreadableDraft {
  draftId: string;
  code: ErrorCode;
  file?: string;
  /** Why, in words: a newer version of Alianza wrote it, it is damaged… */
  message?: string;
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
    const fileId = draftFileId(draftId);
    const stored = await session.readFile(fileId);
    const parsed = storedDraftSchema.safeParse(upgradeDocument(draftVersioning, stored.data, fileOf(session, fileId)));
    if (parsed.success && parsed.data.draftId === draftId) {
      const { version: _version, ...draft } = parsed.data;
      return { draft };
    }
    return {
      draftId,
      code: 'unsupported-format',
      message: 'This draft decrypted correctly but its content is not what this version of Alianza expects.',
    };
  } catch (error) {
    // Locked is not about this draft: the whole list fails.
    if (!(error instanceof AppError) || error.code === 'locked') throw error;
    return {
      draftId,
      code: error.code,
      message: error.message,
      ...(error.file === undefined ? {} : { file: error.file }),
    };
  }
}

function fileOf(session: VaultSession, fileId: FileId): { file: string } {
  return { file: path.join(session.directory, ...relativePathFor(fileId).split('/')) };
}

/**
 * Refuses to replace or delete a draft that a newer Alianza wrote. Any other existing file is left
 * to the write or delete as before: a damaged one fails the write with its own error, and can be
 * discarded.
 */
async function keepNewerDraft(session: VaultSession, fileId: FileId): Promise<void> {
  let data: unknown;
  try {
    data = (await session.readFileIfExists(fileId))?.data;
  } catch (error) {
    if (error instanceof AppError && error.code !== 'locked') return;
    throw error;
  }
  const newer = newerVersionOf(draftVersioning, data);
  if (newer !== undefined) throw newerDocument(draftVersioning, newer, fileOf(session, fileId));
}

/** The draft a save request makes, stamped with `now`. */
export function draftOf(request: SaveDraftRequest, now: Date): Draft {
  return {
    draftId: request.draftId,
    caseId: request.caseId,
    entryId: request.entryId,
    savedAt: now.toISOString(),
    // What a JSON file can hold, so the answer is exactly what a later list returns.
    content: JSON.parse(JSON.stringify(request.content)) as Record<string, unknown>,
  };
}

/** Writes the draft encrypted, stamped with `now` and the format version, and returns it as listed. */
export async function saveDraft(session: VaultSession, request: SaveDraftRequest, now: Date): Promise<Draft> {
  const draft = draftOf(request, now);
  const fileId = draftFileId(request.draftId);
  await keepNewerDraft(session, fileId);
  await session.writeFile(fileId, { version: draftVersion, ...draft });
  return draft;
}

/** Deletes a draft and its backups; a draft that is already gone is fine, one from a newer Alianza is refused. */
export async function discardDraft(session: VaultSession, draftId: string): Promise<void> {
  const fileId = draftFileId(draftId);
  await keepNewerDraft(session, fileId);
  await session.deleteFile(fileId);
}

/** Deletes the drafts of one reflection, once it is saved. Unreadable drafts are left alone. */
export async function discardDraftsOf(session: VaultSession, caseId: string, entryId: string): Promise<void> {
  const { drafts } = await listDrafts(session);
  const saved = drafts.filter((draft) => draft.caseId === caseId && draft.entryId === entryId);
  await Promise.all(saved.map((draft) => discardDraft(session, draft.draftId)));
}
