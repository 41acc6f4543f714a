/**
 * Cases on top of an open vault: one encrypted record log per case (`caseDocument.ts`), and an
 * encrypted index, itself a log, with what the case list needs and where every file stood when
 * last written (`indexDocument.ts`). Saving a reflection appends one record to its case and one
 * line to the index; a change of a case's details, one small record; only a new or imported case
 * (or a compaction) writes a whole file.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { CaseWithEntries, Entry } from '../../shared/domain';
import { AppError } from '../../shared/ipc/result';
import { beforeCommit, isUnconfirmedWrite, unconfirmedWrite } from '../vault/durableFile';
import type { LogState, StoredFile } from '../vault/fileStore';
import { deviceFileId, relativePathFor, type FileId } from '../vault/vaultLayout';
import type { VaultSession } from '../vault/vaultSession';
import {
  emptyIndex,
  recentAttendanceOf,
  summarizeCase,
  type CaseFiles,
  type CaseSummary,
  type JournalIndex,
  type StoredIndex,
} from '../../shared/journal/caseSummary';
import { caseFromStored, detailsRecord, entryRecord, snapshotRecord, type CaseRecord } from './caseDocument';
import { checkedCase, checkedDetails, checkedEntry } from './caseCheck';
import {
  indexFromStored,
  indexVersion,
  type FilePosition,
  type FilePositions,
  type IndexRecord,
} from './indexDocument';
import { indexToVersion4 } from './indexMigrations/toVersion4';
import { idsWithBackups, storedIds } from './vaultFolders';
import { createSyncedCases, type ListedConflict } from './syncedCases';
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
   * Saves one entry of a case the store has read: `journalCase` is the case with `entry` in it.
   * Checks the entry against the case and appends it, as one record, to the case's file.
   */
  saveEntry(journalCase: CaseWithEntries, entry: Entry): Promise<void>;
  /** Where each file stood when the journal last wrote it, as the index records it (the manifest). */
  filePositions(): Promise<FilePositions>;
  /** Where the index itself stands, as this store last read or wrote it. */
  indexPosition(): Promise<FilePosition>;
  /**
   * In a synced vault, the things of every case saved apart on two devices, each with the device
   * and time of each text: what the conflict inbox lists. None in a vault of one device.
   */
  conflicts(): Promise<ListedConflict[]>;
  /** Records these files at the positions found on disk (an older state the practitioner keeps). */
  recordPositionsFound(files: readonly { fileId: FileId; position: FilePosition }[]): Promise<void>;
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
  /**
   * Records in the index that the case's export log or court-report file exists, and the
   * generation just written (undefined when the disk did not confirm it).
   */
  recordCaseFile(kind: CaseFileKind, caseId: string, generation?: number): Promise<void>;
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

/**
 * The device writing a synced vault (docs/sync.md): its cases are written as its revisions in its
 * own folder, read merged with every other device's, and its index is its own
 * (`devices/<deviceId>/index.alz`), a cache of the merged case list.
 */
export interface JournalDevice {
  deviceId: string;
  /** The wall clock revisions are stamped with. */
  now: () => Date;
}

const stores = new WeakMap<VaultSession, { store: JournalStore; deviceId: string | undefined }>();

/**
 * The journal store of an open session. Every caller of one session shares it, so the index is
 * read once and written one change at a time: two stores would each write their own copy of it.
 * The first caller says whether it writes as a device of a synced vault; the others get that store.
 */
export function createJournalStore(session: VaultSession, device?: JournalDevice): JournalStore {
  const known = stores.get(session);
  if (known !== undefined) {
    if (device !== undefined && known.deviceId !== device.deviceId) {
      throw new TypeError('The journal of this session is already open for another device.');
    }
    return known.store;
  }
  const store = newJournalStore(session, device);
  stores.set(session, { store, deviceId: device?.deviceId });
  return store;
}

/** Forgets the session's store and what it decrypted (on lock). */
export function dropJournalStore(session: VaultSession): void {
  stores.delete(session);
}

function newJournalStore(session: VaultSession, device: JournalDevice | undefined): JournalStore {
  const synced = device === undefined ? undefined : createSyncedCases(session, device.deviceId, device.now);
  /** The index this store writes: the vault's, or in a synced vault the device's own. */
  const indexFileId: FileId = device === undefined ? 'index' : deviceFileId(device.deviceId, 'index');
  /** Where this store writes a case: its file, or in a synced vault the device's log of it. */
  const ownCaseFileId = (caseId: string): FileId =>
    device === undefined ? caseFileId(caseId) : deviceFileId(device.deviceId, caseFileId(caseId));
  const indexPath = path.join(session.directory, relativePathFor(indexFileId));
  /** The case list's lines made from merged cases, each made once per merged state. */
  const mergedLines = new WeakMap<CaseWithEntries, CaseSummary>();
  let loaded: JournalIndex = emptyIndex;
  let positions: FilePositions = {};
  /**
   * Where `index.alz` stands when it is a log this store may add to. Undefined for an index in an
   * older format, and after a change that could not be written: the next change then writes the
   * whole index again, as the first record of a new log.
   */
  let indexLog: LogState | undefined;
  let indexLoaded = false;
  /** Where `index.alz` stands as this store last read or wrote it. */
  let indexAt: FilePosition = { generation: 0 };
  /** Whether this store wrote the index whole yet (see `rewritten`). */
  let indexRewritten = false;
  /**
   * The cases read or written last, decrypted, newest last: opening a large case again must not
   * decrypt megabytes each time. Held only as long as this store (dropped on lock); the journal
   * treats cases as immutable values, so sharing one object between callers is safe. Each is kept
   * with the stamp of its file, so a file changed on disk (restored, damaged, tampered with) is
   * read again, and with where its log stands (undefined for a format-1 file, rewritten whole).
   */
  const recentCases = new Map<string, { journalCase: CaseWithEntries; stamp: string; log: LogState | undefined }>();
  /**
   * The cases whose file this store wrote whole. A case's first change after the journal opens
   * writes it whole, as a new generation, so the state it had is kept as a backup; later changes
   * are appended.
   */
  const rewritten = new Set<string>();
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
        const stored =
          synced === undefined ? { file: await session.readFile('index'), own: true } : await deviceIndex();
        if (stored === undefined) {
          // A device's first unlock of a synced vault made without the single-device layout.
          loaded = emptyIndex;
          indexLoaded = true;
          return loaded;
        }
        const read = indexFromStored(stored.file, indexPath);
        // Set first: completing the lines reads case files, which are held against them.
        positions = read.positions;
        loaded = await upgraded(read.stored);
        // The old layout's index is read, never written: the device's first change writes its own.
        indexLog = stored.own ? stored.file.log : undefined;
        indexAt = positionOf(stored.file.generation, stored.file.log);
        indexLoaded = true;
        await removeInterruptedImport();
        return loaded;
      } finally {
        loading = undefined;
      }
    })();
    return loading;
  }

  /** The device's own index, or the old layout's (a vault from before sync), or none yet. */
  async function deviceIndex(): Promise<{ file: StoredFile; own: boolean } | undefined> {
    const own = await session.readFileIfExists(indexFileId);
    if (own !== undefined) return { file: own, own: true };
    const legacy = await session.readFileIfExists('index');
    return legacy === undefined ? undefined : { file: legacy, own: false };
  }

  /**
   * The case list: the index's lines, and in a synced vault each case another device wrote to,
   * made from the merged case (its line in this device's index may be behind or missing).
   */
  async function listCases(): Promise<CaseSummary[]> {
    const index = await loadIndex();
    if (synced === undefined) return index.cases;
    const lines = new Map(index.cases.map((line) => [line.id, line]));
    for (const caseId of await synced.caseIds()) {
      const line = await syncedLine(caseId, lines.get(caseId));
      if (line !== undefined) lines.set(caseId, line);
    }
    return [...lines.values()].sort((a, b) => a.alias.localeCompare(b.alias));
  }

  /** The case's line in the case list, or undefined for a case the journal does not hold. */
  async function caseLine(caseId: string): Promise<CaseSummary | undefined> {
    const line = (await loadIndex()).cases.find((summary) => summary.id === caseId);
    return synced === undefined ? line : syncedLine(caseId, line);
  }

  /** In a synced vault: the index's line while only this device wrote the case, else the merged case's. */
  async function syncedLine(caseId: string, line: CaseSummary | undefined): Promise<CaseSummary | undefined> {
    if (synced === undefined || (line !== undefined && !(await synced.sharedWith(caseId)))) return line;
    const journalCase = (await synced.readCase(caseId))?.journalCase;
    if (journalCase === undefined) return line;
    let merged = mergedLines.get(journalCase);
    if (merged === undefined) {
      merged = summarizeCase(journalCase);
      mergedLines.set(journalCase, merged);
    }
    return merged;
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
    const file = pathOf(fileId);
    const found = await stat(file).catch(() => undefined);
    if (found === undefined || !(found.mtimeMs < openedAt)) return false;
    if ((await session.listBackups(fileId)).length > 0) return false;
    const stored = await session.readFileIfExists(fileId).catch(() => undefined);
    return stored?.generation === 1;
  }

  /**
   * An index of version 1 recorded no export logs or court-report files. For it (and only for
   * it) the files on disk now, or their backups, are taken as the record, and a file already
   * missing counts as never made; the next write of the index keeps this record.
   */
  async function upgraded(stored: StoredIndex): Promise<JournalIndex> {
    // Lines without attendance (formats 1 to 3) are completed from their case files. Reading never
    // writes (verify reads through here): the first change writes the index whole, in format 4.
    const cases = await indexToVersion4(
      stored.cases,
      async (caseId) => (await readCaseFile(caseId)).journalCase.attendance,
    );
    const caseFiles = stored.version === 2 ? stored.caseFiles : await caseFilesOnDisk();
    const importing = stored.version === 2 ? stored.importing : undefined;
    return { version: 2, cases, caseFiles, ...(importing === undefined ? {} : { importing }) };
  }

  async function caseFilesOnDisk(): Promise<CaseFiles> {
    const found = async (kind: CaseFileKind) =>
      [
        ...new Set([...(await storedIds(session.directory, kind)), ...(await idsWithBackups(session.directory, kind))]),
      ].sort();
    return { exports: await found('exports'), reports: await found('reports') };
  }

  async function readCase(caseId: string): Promise<CaseWithEntries> {
    if ((await caseLine(caseId)) === undefined)
      throw new AppError('missing-file', 'There is no such case in this journal.');
    return (await readCaseFile(caseId)).journalCase;
  }

  async function readCaseFile(caseId: string): Promise<{ journalCase: CaseWithEntries; log: LogState | undefined }> {
    if (synced !== undefined) {
      const journalCase = (await synced.readCase(caseId))?.journalCase;
      if (journalCase === undefined) throw new AppError('missing-file', 'There is no such case in this journal.');
      return { journalCase, log: undefined };
    }
    // Stamped before reading: a change during the read is seen next time.
    const stamp = await fileStamp(caseId);
    const known = recentCases.get(caseId);
    if (known !== undefined && stamp !== undefined && known.stamp === stamp) {
      remember(known.journalCase, stamp, known.log);
      return known;
    }
    recentCases.delete(caseId);
    const stored = await session.readFile(caseFileId(caseId));
    checkPosition(caseFileId(caseId), stored.generation, stored.log);
    const journalCase = caseFromStored(caseId, stored, casePath(caseId));
    if (stamp !== undefined) remember(journalCase, stamp, stored.log);
    return { journalCase, log: stored.log };
  }

  /**
   * Refuses a file that is behind where the index says the journal last left it: an older
   * generation, or a log with fewer bytes of whole records (records lost at its end). Either is a
   * copy put back from an earlier time, or damage; never read as the journal's current state.
   */
  function checkPosition(fileId: FileId, generation: number, log: LogState | undefined): void {
    const recorded = positions[fileId];
    // Held read-only for it, the practitioner was told at unlock and may read what is there.
    if (recorded === undefined || session.rolledBack !== undefined) return;
    const behind =
      generation < recorded.generation ||
      (generation === recorded.generation && log !== undefined && log.length < (recorded.length ?? 0));
    if (behind) throw rolledBack(pathOf(fileId));
  }

  function casePath(caseId: string): string {
    return pathOf(caseFileId(caseId));
  }

  /** A file's absolute path, for the errors that name it and the stats that stamp it. */
  function pathOf(fileId: FileId): string {
    return path.join(session.directory, ...relativePathFor(fileId).split('/'));
  }

  /** Where the case file is on disk and which bytes: its size, change time and inode. */
  async function fileStamp(caseId: string): Promise<string | undefined> {
    try {
      const found = await stat(casePath(caseId), { bigint: true });
      return `${found.size}:${found.mtimeNs}:${found.ctimeNs}:${found.ino}`;
    } catch {
      // The read that follows reports a missing file properly.
      return undefined;
    }
  }

  function remember(journalCase: CaseWithEntries, stamp: string, log: LogState | undefined): void {
    recentCases.delete(journalCase.id);
    recentCases.set(journalCase.id, { journalCase, stamp, log });
    for (const caseId of recentCases.keys()) {
      if (recentCases.size <= recentCaseLimit) break;
      recentCases.delete(caseId);
    }
  }

  /** Remembers a case just written, with the stamp its file has now. */
  async function rememberWritten(journalCase: CaseWithEntries, log: LogState | undefined): Promise<void> {
    const stamp = await fileStamp(journalCase.id);
    if (stamp === undefined) recentCases.delete(journalCase.id);
    else remember(journalCase, stamp, log);
  }

  /** The whole index as the first record of a new log; `importing` only while an import writes its files. */
  async function writeIndex(
    cases: CaseSummary[],
    caseFiles: CaseFiles = loaded.caseFiles,
    importing: readonly string[] = [],
    nextPositions: FilePositions = positions,
  ): Promise<void> {
    const next: JournalIndex = {
      version: 2,
      cases: [...cases].sort((a, b) => a.alias.localeCompare(b.alias)),
      caseFiles: { exports: [...caseFiles.exports].sort(), reports: [...caseFiles.reports].sort() },
      ...(importing.length === 0 ? {} : { importing: [...importing] }),
    };
    const record: IndexRecord = {
      version: indexVersion,
      type: 'snapshot',
      cases: next.cases,
      caseFiles: next.caseFiles,
      ...(next.importing === undefined ? {} : { importing: next.importing }),
      positions: nextPositions,
    };
    indexLog = undefined;
    try {
      indexLog = await session.writeLog(indexFileId, [record]);
      indexAt = positionOf(indexLog.generation, indexLog);
      indexRewritten = true;
    } catch (error) {
      // Renamed into place, only unconfirmed: the index on disk is the new one.
      if (isUnconfirmedWrite(error)) {
        loaded = next;
        positions = nextPositions;
      }
      throw error;
    }
    loaded = next;
    positions = nextPositions;
  }

  /**
   * One change to the index as one record added to its log, or, for an index in an older format
   * or one that outgrew its first record, the whole index written again. `next` and
   * `nextPositions` are the index after the change.
   */
  async function changeIndex(record: IndexRecord, next: JournalIndex, nextPositions: FilePositions): Promise<void> {
    if (indexLog === undefined || outgrown(indexLog) || !indexRewritten) {
      await writeIndex(next.cases, next.caseFiles, next.importing ?? [], nextPositions);
      return;
    }
    const previous = indexLog;
    indexLog = undefined;
    try {
      // The index can be made again from the cases: flushed with the lock, not at every save.
      indexLog = await session.appendRecords(indexFileId, [record], { flush: false });
      indexAt = positionOf(indexLog.generation, indexLog);
    } catch (error) {
      if (isUnconfirmedWrite(error)) {
        loaded = next;
        positions = nextPositions;
      } else {
        // Nothing was added (a record cut short is overwritten by the next one): the log is as it was.
        indexLog = previous;
      }
      throw error;
    }
    loaded = next;
    positions = nextPositions;
  }

  /** The index with one case's line replaced (or added) and its file's new position. */
  function withCase(summary: CaseSummary, position: FilePosition | undefined) {
    const cases = [...loaded.cases.filter((line) => line.id !== summary.id), summary].sort((a, b) =>
      a.alias.localeCompare(b.alias),
    );
    const nextPositions = position === undefined ? positions : { ...positions, [ownCaseFileId(summary.id)]: position };
    return { next: { ...loaded, cases }, nextPositions };
  }

  /**
   * Records a case's new line after its file was written (the file is the commit for a case the
   * index names already, the index for a new one). What follows a failure is `saveCase`'s.
   */
  async function recordCase(
    journalCase: CaseWithEntries,
    summary: CaseSummary,
    log: LogState | undefined,
    known: boolean,
  ) {
    const position = log === undefined ? undefined : { generation: log.generation, length: log.length };
    const { next, nextPositions } = withCase(summary, position);
    const record: IndexRecord = {
      version: indexVersion,
      type: 'case',
      summary,
      position: position ?? { generation: 0 },
    };
    try {
      if (position === undefined) await writeIndex(next.cases, next.caseFiles, [], nextPositions);
      else await changeIndex(record, next, nextPositions);
    } catch (error) {
      if (isUnconfirmedWrite(error)) throw saved(error);
      if (!known) {
        // A new case exists once the index names it: its file alone is undone.
        recentCases.delete(journalCase.id);
        await session.deleteFile(ownCaseFileId(journalCase.id)).catch(() => undefined);
        throw beforeCommit(error);
      }
      if (!(error instanceof AppError)) throw error;
      // The case is saved; only its line in the case list is stale. Kept right in memory, it
      // is written with the next change to the index.
      loaded = next;
      positions = nextPositions;
      indexLog = undefined;
      throw saved(
        new AppError(
          error.code,
          `The case was saved, but the case list could not be updated (${describeCause(error)}); it is written again with the next change.`,
          { ...(error.file === undefined ? {} : { file: error.file }), cause: error },
        ),
      );
    }
  }

  /**
   * Adds records to a case's log, or writes the whole case as a new log (a new case, a format-1
   * file, or a log that outgrew its first record). An unconfirmed write is in place: the case is
   * saved, and the error is thrown after its line in the index follows it.
   */
  async function writeCase(
    journalCase: CaseWithEntries,
    records: CaseRecord[] | undefined,
    log: LogState | undefined,
  ): Promise<{ log: LogState | undefined; unconfirmed: AppError | undefined }> {
    const fileId = caseFileId(journalCase.id);
    recentCases.delete(journalCase.id);
    let written: LogState | undefined;
    let unconfirmed: AppError | undefined;
    if (synced !== undefined) {
      try {
        written = (await synced.saveCase(journalCase)).log;
      } catch (error) {
        if (!isUnconfirmedWrite(error)) throw error;
        unconfirmed = error;
      }
      return { log: written, unconfirmed };
    }
    try {
      if (records !== undefined && log !== undefined && !outgrown(log) && rewritten.has(journalCase.id)) {
        written = await session.appendRecords(fileId, records);
      } else {
        written = await session.writeLog(fileId, [snapshotRecord(journalCase)]);
        rewritten.add(journalCase.id);
      }
    } catch (error) {
      // In place but unconfirmed: the case is saved, so its line in the index follows it.
      if (!isUnconfirmedWrite(error)) throw error;
      unconfirmed = error;
    }
    await rememberWritten(journalCase, written);
    return { log: written, unconfirmed };
  }

  /** Checks, writes and records a case whose entries are `journalCase.entries`; see JournalStore.saveCase. */
  async function saveWholeOrDetails(journalCase: CaseWithEntries): Promise<void> {
    const line = await caseLine(journalCase.id);
    const known = line !== undefined;
    const before = known ? await readCaseFile(journalCase.id) : undefined;
    const detailsOnly = before !== undefined && before.journalCase.entries === journalCase.entries;
    const checked = detailsOnly ? checkedDetails(journalCase) : checkedCase(journalCase);
    const { log, unconfirmed } = await writeCase(
      checked,
      detailsOnly ? [detailsRecord(checked)] : undefined,
      before?.log,
    );
    // A change of details leaves every figure drawn from the entries as it was.
    const summary =
      detailsOnly && line !== undefined
        ? {
            ...line,
            alias: checked.alias,
            phase: checked.phase,
            status: checked.status,
            openedAt: checked.openedAt,
            updatedAt: checked.updatedAt,
            recentAttendance: recentAttendanceOf(checked),
          }
        : summarizeCase(checked);
    await recordCase(checked, summary, log, known);
    if (unconfirmed !== undefined) throw saved(unconfirmed);
  }

  function withCaseFile(caseFiles: CaseFiles, kind: CaseFileKind, caseIds: readonly string[]): CaseFiles {
    return { ...caseFiles, [kind]: [...new Set([...caseFiles[kind], ...caseIds])] };
  }

  return {
    listCases,
    readCase,
    readAllCases: async () => Promise.all((await listCases()).map((summary) => readCase(summary.id))),
    conflicts: async () => (synced === undefined ? [] : synced.conflicts()),
    saveCase: (journalCase) => serialized(() => saveWholeOrDetails(journalCase)),
    saveEntry: (journalCase, entry) =>
      serialized(async () => {
        if ((await caseLine(journalCase.id)) === undefined)
          throw new AppError('missing-file', 'There is no such case in this journal.');
        const before = await readCaseFile(journalCase.id);
        const checked = checkedEntry(journalCase, entry);
        const { log, unconfirmed } = await writeCase(
          journalCase,
          [entryRecord(checked, journalCase.updatedAt)],
          before.log,
        );
        // Made again from the whole case (one pass), so a line left stale by a stop is put right too.
        const summary = summarizeCase(journalCase);
        await recordCase(journalCase, summary, log, true);
        if (unconfirmed !== undefined) throw saved(unconfirmed);
      }),
    recordPositionsFound: (files) =>
      serialized(async () => {
        const current = await loadIndex();
        const nextPositions = { ...positions };
        for (const file of files) nextPositions[file.fileId] = file.position;
        recentCases.clear();
        // The case list shows each kept case as its file holds it now.
        positions = nextPositions;
        let cases = current.cases;
        for (const { fileId } of files) {
          if (!fileId.startsWith('case:')) continue;
          const summary = summarizeCase((await readCaseFile(fileId.slice('case:'.length))).journalCase);
          cases = [...cases.filter((line) => line.id !== summary.id), summary];
        }
        await writeIndex(cases, current.caseFiles, current.importing ?? [], nextPositions);
      }),
    indexPosition: async () => {
      await loadIndex();
      return indexAt;
    },
    filePositions: async () => {
      await loadIndex();
      return positions;
    },
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
          const nextPositions: FilePositions = { ...positions };
          let committing = false;
          try {
            for (const file of files) {
              written.push(file.fileId);
              nextPositions[file.fileId] = { generation: await session.writeFile(file.fileId, file.data) };
            }
            for (const journalCase of cases) {
              const checked = checkedCase(journalCase);
              const fileId = ownCaseFileId(journalCase.id);
              written.push(fileId);
              const log =
                synced === undefined
                  ? await session.writeLog(fileId, [snapshotRecord(checked)])
                  : (await synced.saveCase(checked)).log;
              if (log !== undefined) nextPositions[fileId] = { generation: log.generation, length: log.length };
              await progress.advance();
            }
            committing = true;
            await writeIndex([...current.cases, ...cases.map(summarizeCase)], caseFiles, [], nextPositions);
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
        const current = await loadIndex();
        if (!current.cases.some((summary) => summary.id === caseId)) {
          throw new AppError('missing-file', 'There is no such case in this journal.');
        }
        // One read gives both the case and where its file stands.
        const file = await session.readFile(caseFileId(caseId));
        const journalCase = caseFromStored(caseId, file, pathOf(caseFileId(caseId)));
        await writeIndex(
          [...current.cases.filter((summary) => summary.id !== caseId), summarizeCase(journalCase)],
          current.caseFiles,
          [],
          { ...positions, [caseFileId(caseId)]: positionOf(file.generation, file.log) },
        );
      }),
    caseFileRecorded: async (kind, caseId) => (await loadIndex()).caseFiles[kind].includes(caseId),
    recordCaseFile: (kind, caseId, generation) =>
      serialized(async () => {
        const known = await loadIndex();
        const fileId = `${kind}:${caseId}` as const;
        const position = generation === undefined ? positions[fileId] : { generation };
        if (known.caseFiles[kind].includes(caseId) && position === positions[fileId]) return;
        const next = { ...known, caseFiles: withCaseFile(known.caseFiles, kind, [caseId]) };
        const nextPositions = position === undefined ? positions : { ...positions, [fileId]: position };
        if (position === undefined) {
          await writeIndex(next.cases, next.caseFiles, next.importing ?? [], nextPositions);
          return;
        }
        await changeIndex({ version: indexVersion, type: 'file', fileId, position }, next, nextPositions);
      }),
    rebuildIndex: () =>
      serialized(async () => {
        indexLoaded = false;
        recentCases.clear();
        const previous = await loadIndex().catch(() => emptyIndex);
        const summaries: CaseSummary[] = [];
        const unreadable: string[] = [];
        const nextPositions: FilePositions = { ...positions };
        for (const caseId of await storedIds(session.directory, 'case')) {
          try {
            const stored = await session.readFile(caseFileId(caseId));
            summaries.push(summarizeCase(caseFromStored(caseId, stored, casePath(caseId))));
            nextPositions[caseFileId(caseId)] = positionOf(stored.generation, stored.log);
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
        await writeIndex(summaries, caseFiles, [], nextPositions);
        indexLoaded = true;
        return { cases: summaries.length, unreadable };
      }),
  };
}

/** A log whose later records outgrew its first (and a small floor): written whole at the next change. */
function outgrown(log: LogState): boolean {
  return log.torn || log.length - log.firstLength > Math.max(log.firstLength, compactionFloor);
}

/** Below this many appended bytes a log is never compacted: small cases would be rewritten at every save. */
const compactionFloor = 64 * 1024;

function positionOf(generation: number, log: LogState | undefined): FilePosition {
  return log === undefined ? { generation } : { generation, length: log.length };
}

/** The error for a file older than the journal's record of it. */
export function rolledBack(file: string): AppError {
  return new AppError(
    'integrity',
    'This journal file is older than the journal’s own record of it: it was replaced by an earlier copy, or its last changes were cut off. Nothing was read from it; restore the journal from a backup or recover the file.',
    { file },
  );
}

function describeCause(error: AppError): string {
  const cause = error.cause;
  if (typeof cause === 'object' && cause !== null && 'code' in cause) return String(cause.code);
  return error.code;
}
