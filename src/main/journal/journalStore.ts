/**
 * Cases on top of an open vault: one encrypted lowdb file per case, and an encrypted index with
 * what the case list needs. Saving one case rewrites that case's file and the small index only.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { caseWithEntriesSchema, type CaseWithEntries } from '../../shared/domain';
import { AppError } from '../../shared/ipc/result';
import { beforeCommit, isUnconfirmedWrite, unconfirmedWrite } from '../vault/durableFile';
import { EncryptedAdapter } from '../vault/encryptedAdapter';
import { relativePathFor, type FileId } from '../vault/vaultLayout';
import type { VaultSession } from '../vault/vaultSession';
import {
  emptyIndex,
  storedIndexSchema,
  summarizeCase,
  type CaseFiles,
  type CaseSummary,
  type JournalIndex,
  type StoredIndex,
} from '../../shared/journal/caseSummary';
import { idsWithBackups, storedIds } from './vaultFolders';
import type { ProgressListener } from '../../shared/progress/progress';
import { withProgress } from '../progress/progressReporter';

/** Enough for moving between a few open cases; each can be several megabytes. */
const recentCaseLimit = 4;

export interface JournalStore {
  listCases(): Promise<CaseSummary[]>;
  readCase(caseId: string): Promise<CaseWithEntries>;
  readAllCases(): Promise<CaseWithEntries[]>;
  /**
   * Writes the case file, then its line in the index. The case file's rename is the commit for a
   * case the index names already, the index's for a new one; an error after the commit
   * (`savedDespite`) says the case was saved.
   */
  saveCase(journalCase: CaseWithEntries): Promise<void>;
  /**
   * Adds new cases all or nothing, with `files` of theirs (their court reports): on any failure
   * before the index names them, no new file stays behind and the index is unchanged. The index's
   * rename is the commit: an unconfirmed write of it undoes nothing.
   */
  addCases(
    cases: readonly CaseWithEntries[],
    options?: { files?: readonly NewCaseFile[]; onProgress?: ProgressListener },
  ): Promise<void>;
  /**
   * Whether the case's export log or court-report file was ever made. From an index written
   * before this record existed (version 1), only the files found on disk when it was read count.
   */
  caseFileRecorded(kind: CaseFileKind, caseId: string): Promise<boolean>;
  /** Records in the index that the case's export log or court-report file exists. */
  recordCaseFile(kind: CaseFileKind, caseId: string): Promise<void>;
  /** Rewrites one case's line in the index from its file (after the file was restored from a backup). */
  refreshSummary(caseId: string): Promise<void>;
  /**
   * Rewrites the index from the case files on disk (after the index was restored from a backup,
   * which may predate the last save). A case file that cannot be read keeps its old line, if any.
   */
  rebuildIndex(): Promise<{ cases: number; unreadable: string[] }>;
}

/** The per-case files the index keeps a record of. */
export type CaseFileKind = keyof CaseFiles;

/** A per-case file written with new cases (`reports:<caseId>` or `exports:<caseId>`). */
export interface NewCaseFile {
  fileId: `${CaseFileKind}:${string}`;
  data: unknown;
}

/** Errors thrown after a case was saved (its commit done): what follows a save should still follow. */
const afterCommit = new WeakSet<object>();

/** True when the error came after the case was saved: only the confirmation or the case list failed. */
export function savedDespite(error: unknown): boolean {
  return typeof error === 'object' && error !== null && afterCommit.has(error);
}

function saved(error: AppError): AppError {
  afterCommit.add(error);
  return error;
}

const caseFileId = (caseId: string) => `case:${caseId}` as const;

const stores = new WeakMap<VaultSession, JournalStore>();

/**
 * The journal store of an open session. Every caller of one session shares it, so the index is
 * read once and written one change at a time: two stores would each write their own copy of it.
 */
export function createJournalStore(session: VaultSession): JournalStore {
  let store = stores.get(session);
  if (store === undefined) {
    store = newJournalStore(session);
    stores.set(session, store);
  }
  return store;
}

/** Forgets the session's store and what it decrypted (on lock). */
export function dropJournalStore(session: VaultSession): void {
  stores.delete(session);
}

function newJournalStore(session: VaultSession): JournalStore {
  // The index is written with null when the vault is created; null reads as an empty list.
  const index = new Low<StoredIndex>(new EncryptedAdapter(session, 'index', { schema: storedIndexSchema }), emptyIndex);
  let loaded: JournalIndex = emptyIndex;
  let indexLoaded = false;
  /**
   * The cases read or written last, decrypted, newest last: opening a large case again must not
   * decrypt and check megabytes each time. Held only as long as this store (dropped on lock); the
   * journal treats cases as immutable values, so sharing one object between callers is safe. Each
   * is kept with the stamp of its file, so a file changed on disk (restored, damaged, tampered
   * with) is read and checked again.
   */
  const recentCases = new Map<string, { journalCase: CaseWithEntries; stamp: string }>();
  let queue: Promise<unknown> = Promise.resolve();

  /** Writes to the index one at a time, so two saves never lose each other's line. */
  function serialized<T>(operation: () => Promise<T>): Promise<T> {
    const result = queue.then(operation, operation);
    queue = result.catch(() => undefined);
    return result;
  }

  let loading: Promise<JournalIndex> | undefined;

  /** The index, read once per store (two first reads at once share one). */
  function loadIndex(): Promise<JournalIndex> {
    if (indexLoaded) return Promise.resolve(loaded);
    loading ??= (async () => {
      try {
        await index.read();
        loaded = await upgraded(index.data);
        indexLoaded = true;
        await removeInterruptedImport();
        return loaded;
      } finally {
        loading = undefined;
      }
    })();
    return loading;
  }

  /**
   * An import killed before the index named its cases leaves their files, under the ids the
   * index lists in `importing`. At the first read of the index in a session that may write, each
   * is removed if the index still names no such case, it was written before this session opened,
   * and it is a first generation without backups (all an import writes; a file with a history
   * stays, for verify to name). Best effort: whatever stays is named by verify.
   */
  async function removeInterruptedImport(): Promise<void> {
    const importing = loaded.importing ?? [];
    if (importing.length === 0 || session.readOnly) return;
    const named = new Set(loaded.cases.map((summary) => summary.id));
    const openedAt = Date.parse(session.openedAt);
    for (const caseId of importing) {
      if (named.has(caseId)) continue;
      for (const fileId of [`case:${caseId}`, `reports:${caseId}`, `exports:${caseId}`] as const) {
        if (await isImportLeftover(fileId, openedAt)) await session.deleteFile(fileId).catch(() => undefined);
      }
    }
    await writeIndex(loaded.cases, loaded.caseFiles).catch(() => undefined);
  }

  async function isImportLeftover(fileId: FileId, openedAt: number): Promise<boolean> {
    const file = path.join(session.directory, ...relativePathFor(fileId).split('/'));
    const found = await stat(file).catch(() => undefined);
    if (found === undefined || !(found.mtimeMs < openedAt)) return false;
    if ((await session.listBackups(fileId)).length > 0) return false;
    const stored = await session.readFileIfExists(fileId).catch(() => undefined);
    return stored?.generation === 1;
  }

  /**
   * An index of version 1 recorded no export logs or court-report files. For it (and only for
   * it) the files on disk now, or their backups, are taken as the record, and a file already
   * missing counts as never made; the next write of the index keeps this record as version 2.
   */
  async function upgraded(stored: StoredIndex): Promise<JournalIndex> {
    if (stored.version === 2) return stored;
    return { version: 2, cases: stored.cases, caseFiles: await caseFilesOnDisk() };
  }

  async function caseFilesOnDisk(): Promise<CaseFiles> {
    const found = async (kind: CaseFileKind) =>
      [
        ...new Set([...(await storedIds(session.directory, kind)), ...(await idsWithBackups(session.directory, kind))]),
      ].sort();
    return { exports: await found('exports'), reports: await found('reports') };
  }

  function caseDatabase(caseId: string, mustExist: boolean): Low<CaseWithEntries> {
    const adapter = new EncryptedAdapter<CaseWithEntries>(session, caseFileId(caseId), {
      schema: caseWithEntriesSchema,
      mustExist,
    });
    return new Low<CaseWithEntries>(adapter, null as unknown as CaseWithEntries);
  }

  async function readCase(caseId: string): Promise<CaseWithEntries> {
    const known = (await loadIndex()).cases.some((summary) => summary.id === caseId);
    if (!known) throw new AppError('missing-file', 'There is no such case in this journal.');
    return readCaseFile(caseId);
  }

  async function readCaseFile(caseId: string): Promise<CaseWithEntries> {
    // Stamped before reading: a change during the read is seen next time.
    const stamp = await fileStamp(caseId);
    const known = recentCases.get(caseId);
    if (known !== undefined && stamp !== undefined && known.stamp === stamp) return remember(known.journalCase, stamp);
    recentCases.delete(caseId);
    const database = caseDatabase(caseId, true);
    await database.read();
    return stamp === undefined ? database.data : remember(database.data, stamp);
  }

  /** Where the case file is on disk and which bytes: its size, change time and inode. */
  async function fileStamp(caseId: string): Promise<string | undefined> {
    try {
      const found = await stat(path.join(session.directory, relativePathFor(caseFileId(caseId))), { bigint: true });
      return `${found.size}:${found.mtimeNs}:${found.ctimeNs}:${found.ino}`;
    } catch {
      // The read that follows reports a missing file properly.
      return undefined;
    }
  }

  function remember(journalCase: CaseWithEntries, stamp: string): CaseWithEntries {
    recentCases.delete(journalCase.id);
    recentCases.set(journalCase.id, { journalCase, stamp });
    for (const caseId of recentCases.keys()) {
      if (recentCases.size <= recentCaseLimit) break;
      recentCases.delete(caseId);
    }
    return journalCase;
  }

  /** Writes the index; `importing` only while an import writes its files (see `addCases`). */
  async function writeIndex(
    cases: CaseSummary[],
    caseFiles: CaseFiles = loaded.caseFiles,
    importing: readonly string[] = [],
  ): Promise<void> {
    const next: JournalIndex = {
      version: 2,
      cases: [...cases].sort((a, b) => a.alias.localeCompare(b.alias)),
      caseFiles: { exports: [...caseFiles.exports].sort(), reports: [...caseFiles.reports].sort() },
      ...(importing.length === 0 ? {} : { importing: [...importing] }),
    };
    try {
      await index.adapter.write(next);
    } catch (error) {
      // Renamed into place, only unconfirmed: the index on disk is the new one.
      if (isUnconfirmedWrite(error)) {
        index.data = next;
        loaded = next;
      }
      throw error;
    }
    index.data = next;
    loaded = next;
  }

  function withCaseFile(caseFiles: CaseFiles, kind: CaseFileKind, caseIds: readonly string[]): CaseFiles {
    return { ...caseFiles, [kind]: [...new Set([...caseFiles[kind], ...caseIds])] };
  }

  return {
    listCases: async () => (await loadIndex()).cases,
    readCase,
    readAllCases: async () => Promise.all((await loadIndex()).cases.map((summary) => readCase(summary.id))),
    saveCase: (journalCase) =>
      serialized(async () => {
        const checked = caseWithEntriesSchema.parse(journalCase);
        const current = await loadIndex();
        const known = current.cases.some((summary) => summary.id === checked.id);
        const database = caseDatabase(checked.id, known);
        database.data = checked;
        recentCases.delete(checked.id);
        let unconfirmed: AppError | undefined;
        try {
          await database.write();
        } catch (error) {
          // In place but unconfirmed: the case is saved, so its line in the index follows it.
          if (!isUnconfirmedWrite(error)) throw error;
          unconfirmed = error;
        }
        const stamp = await fileStamp(checked.id);
        if (stamp !== undefined) remember(checked, stamp);
        const cases = [...current.cases.filter((summary) => summary.id !== checked.id), summarizeCase(checked)];
        try {
          await writeIndex(cases);
        } catch (error) {
          if (isUnconfirmedWrite(error)) throw saved(error);
          if (!known) {
            // A new case exists once the index names it: its file alone is undone.
            recentCases.delete(checked.id);
            await session.deleteFile(caseFileId(checked.id)).catch(() => undefined);
            throw beforeCommit(error);
          }
          if (!(error instanceof AppError)) throw error;
          // The case is saved; only its line in the case list is stale. Kept right in memory, it
          // is written with the next change to the index.
          loaded = { ...loaded, cases };
          throw saved(
            new AppError(
              error.code,
              `The case was saved, but the case list could not be updated (${describeCause(error)}); it is written again with the next change.`,
              { ...(error.file === undefined ? {} : { file: error.file }), cause: error },
            ),
          );
        }
        if (unconfirmed !== undefined) throw saved(unconfirmed);
      }),
    addCases: (cases, options = {}) =>
      serialized(async () => {
        const current = await loadIndex();
        const taken = new Set(current.cases.map((summary) => summary.alias.trim().toLowerCase()));
        const ids = new Set(current.cases.map((summary) => summary.id));
        for (const journalCase of cases) {
          if (taken.has(journalCase.alias.trim().toLowerCase())) {
            throw new AppError('invalid-request', `A case called "${journalCase.alias}" is already in this journal.`);
          }
          if (ids.has(journalCase.id)) {
            throw new AppError('invalid-request', `A case with the id "${journalCase.id}" is already in this journal.`);
          }
        }
        const newIds = new Set(cases.map((journalCase) => journalCase.id));
        const files = options.files ?? [];
        for (const file of files) {
          if (!newIds.has(file.fileId.slice(file.fileId.indexOf(':') + 1))) {
            throw new TypeError('Only files of the new cases are written with them.');
          }
        }
        let caseFiles = current.caseFiles;
        for (const kind of ['exports', 'reports'] as const) {
          const ids = files
            .filter((file) => file.fileId.startsWith(`${kind}:`))
            .map((file) => file.fileId.slice(kind.length + 1));
          caseFiles = withCaseFile(caseFiles, kind, ids);
        }
        // First the record of what this import is about to write, so a kill from here on leaves
        // nothing the next unlock does not remove. In place even if unconfirmed: go on.
        await writeIndex(current.cases, current.caseFiles, [...newIds]).catch((error: unknown) => {
          if (!isUnconfirmedWrite(error)) throw error;
        });
        await withProgress(options.onProgress, 'import', 'cases', cases.length, async (progress) => {
          const written: FileId[] = [];
          let committing = false;
          try {
            for (const file of files) {
              written.push(file.fileId);
              await session.writeFile(file.fileId, file.data);
            }
            for (const journalCase of cases) {
              const database = caseDatabase(journalCase.id, false);
              database.data = caseWithEntriesSchema.parse(journalCase);
              written.push(caseFileId(journalCase.id));
              await database.write();
              await progress.advance();
            }
            committing = true;
            await writeIndex([...current.cases, ...cases.map(summarizeCase)], caseFiles);
          } catch (error) {
            // Renamed into place, the index names the new files: they stay, whatever the disk says.
            if (committing && isUnconfirmedWrite(error)) {
              throw unconfirmedWrite(error.cause, error.file ?? '', 'The imported cases are');
            }
            // Nothing half-imported stays: the index never named these files. If clearing the
            // record fails too, the next unlock finds nothing left to remove and clears it.
            await Promise.allSettled(written.map((fileId) => session.deleteFile(fileId)));
            await writeIndex(current.cases, current.caseFiles).catch(() => undefined);
            throw beforeCommit(error);
          }
        });
      }),
    refreshSummary: (caseId) =>
      serialized(async () => {
        // The file was just replaced (a backup restored): read it from disk.
        recentCases.delete(caseId);
        const journalCase = await readCase(caseId);
        const current = await loadIndex();
        await writeIndex([...current.cases.filter((summary) => summary.id !== caseId), summarizeCase(journalCase)]);
      }),
    caseFileRecorded: async (kind, caseId) => (await loadIndex()).caseFiles[kind].includes(caseId),
    recordCaseFile: (kind, caseId) =>
      serialized(async () => {
        const known = await loadIndex();
        if (known.caseFiles[kind].includes(caseId)) return;
        await writeIndex(known.cases, withCaseFile(known.caseFiles, kind, [caseId]));
      }),
    rebuildIndex: () =>
      serialized(async () => {
        indexLoaded = false;
        recentCases.clear();
        const previous = await loadIndex().catch(() => emptyIndex);
        const summaries: CaseSummary[] = [];
        const unreadable: string[] = [];
        for (const caseId of await storedIds(session.directory, 'case')) {
          try {
            summaries.push(summarizeCase(await readCaseFile(caseId)));
          } catch (error) {
            if (!(error instanceof AppError) || error.code === 'locked') throw error;
            unreadable.push(caseId);
            const line = previous.cases.find((summary) => summary.id === caseId);
            if (line !== undefined) summaries.push(line);
          }
        }
        // A restored index may predate a file's record: what is on disk now is recorded too.
        const onDisk = await caseFilesOnDisk();
        const caseFiles = withCaseFile(
          withCaseFile(previous.caseFiles, 'exports', onDisk.exports),
          'reports',
          onDisk.reports,
        );
        await writeIndex(summaries, caseFiles);
        indexLoaded = true;
        return { cases: summaries.length, unreadable };
      }),
  };
}

function describeCause(error: AppError): string {
  const cause = error.cause;
  if (typeof cause === 'object' && cause !== null && 'code' in cause) return String(cause.code);
  return error.code;
}
