/**
 * Cases in a synced vault (docs/sync.md): this device writes each change of a case as revisions
 * in its own log (`devices/<deviceId>/cases/<caseId>.alz`) and reads a case as the merge of every
 * device's log of it and, for a vault from before sync, the old log of the single-device layout
 * (`cases/<caseId>.alz`, read as the legacy device and never written).
 *
 * Another device's log is read up to its last whole record (the rest is still arriving and is
 * read when the file next changes); one that does not open at all is pending, not damaged, and
 * left out until it does. This device's own files are read as strictly as ever.
 *
 * Each file's revisions and each case's merged state are kept, stamped with the files they came
 * from: a save merges only the things it saved (`withRevisions`), and a case is merged whole
 * again only when another device's file of it changed.
 */
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CaseWithEntries } from '../../shared/domain/case';
import { AppError } from '../../shared/ipc/result';
import { caseRevisionSchema } from '../sync/caseRecordKeys';
import { caseRecordValues, entryRecordValues, listedCaseKinds } from '../sync/caseRecordValues';
import { caseStateOf, caseStateOfMerged, type CaseState } from '../sync/caseState';
import type { Conflict } from '../sync/conflicts';
import { legacyCaseRevisions } from '../sync/legacyRevisions';
import { revisionsOf, withRevisions, type RegisterState } from '../sync/mergeRevisions';
import { parseConflictCopy } from '../sync/conflictCopies';
import { savedRevision, type Writer } from '../sync/newRevision';
import { kindOfKey, revisionIdOf, type Revision } from '../sync/revision';
import { canonicalJson } from '../vault/canonicalJson';
import { isUnconfirmedWrite } from '../vault/durableFile';
import type { LogState, StoredFile } from '../vault/fileStore';
import {
  casesFolder,
  deviceFileId,
  deviceFolderFor,
  devicesFolder,
  fileIdForPath,
  isDeviceFolderName,
  relativePathFor,
  splitDeviceFileId,
  type FileId,
} from '../vault/vaultLayout';
import type { VaultSession } from '../vault/vaultSession';
import { caseRecordsFromStored } from './caseDocument';
import { folderNames, storedIds } from './vaultFolders';
import { deviceWriterOf, type Written } from './deviceWriter';

/** One text of a thing saved apart on two devices, for the conflict inbox. */
export interface ConflictText {
  revisionId: string;
  /** The device that saved it (`legacy` for a vault's old files). */
  device: string;
  /** When it was saved, by its device's clock. */
  savedAt: string;
  /** True for the one in force now (the later). */
  current: boolean;
  value: unknown;
}

/** A thing with several heads: what the conflict inbox lists. */
export interface ListedConflict {
  caseId: string;
  key: string;
  kind: string;
  /** False when the later value simply stands and the inbox only tells. */
  toSettle: boolean;
  /** The one in force first, then the others, latest first. */
  texts: ConflictText[];
}

export interface SyncedCases {
  /** Every case any device (or the old layout) holds a file of. */
  caseIds(): Promise<string[]>;
  /** The case merged from every device's revisions; undefined when no file of it holds its details yet. */
  readCase(caseId: string): Promise<CaseState | undefined>;
  /**
   * Saves `next` as this device's revisions of what differs from the case as it was read last
   * (`readCase`): each changed thing replaces the revision that was current then, so an edit from
   * another device that arrived meanwhile stays a head (a conflict), never overwritten unseen.
   */
  saveCase(next: CaseWithEntries): Promise<SavedCase>;
  /** True when another device holds a file of the case (its line in this device's index may be behind). */
  sharedWith(caseId: string): Promise<boolean>;
  /** The things of every case saved apart on two devices. */
  conflicts(): Promise<ListedConflict[]>;
  /** Files of other devices that do not open yet (half synced), relative paths. */
  pending(): readonly string[];
}

export interface SavedCase {
  state: CaseState;
  /** Where this device's log of the case stands now; undefined when nothing was written or the disk did not confirm it. */
  log: LogState | undefined;
}

interface FileRead {
  stamp: string;
  revisions: Revision[];
  log: LogState | undefined;
}

interface CaseRead {
  /** The stamp of each of the case's files when read (`none` for one not there). */
  stamps: Map<FileId, string>;
  state: CaseState;
}

/** The synced cases of `session`, written as `deviceId`. */
export function createSyncedCases(session: VaultSession, deviceId: string, now: () => Date): SyncedCases {
  const files = new Map<FileId, FileRead>();
  const cases = new Map<string, CaseRead>();
  const pendingFiles = new Set<string>();
  /** This device's own case files written whole in this session (later changes are appended). */
  const rewritten = new Set<string>();
  const writer = deviceWriterOf(session, deviceId);
  let queue: Promise<unknown> = Promise.resolve();

  function serialized<T>(operation: () => Promise<T>): Promise<T> {
    const result = queue.then(operation, operation);
    queue = result.catch(() => undefined);
    return result;
  }

  const ownFileId = (caseId: string) => deviceFileId(deviceId, `case:${caseId}`);
  const absolute = (fileId: FileId) => path.join(session.directory, ...relativePathFor(fileId).split('/'));

  async function devices(): Promise<string[]> {
    const names = await folderNames(path.join(session.directory, devicesFolder));
    return names.filter(isDeviceFolderName);
  }

  /** The case's files: the old layout's, and each device's (this one's even before it exists). */
  async function caseFilesOf(caseId: string): Promise<FileId[]> {
    const deviceIds = new Set([...(await devices()), deviceId]);
    return [`case:${caseId}`, ...[...deviceIds].sort().map((device) => deviceFileId(device, `case:${caseId}`))];
  }

  async function readFileRevisions(fileId: FileId, stamp: string): Promise<FileRead | undefined> {
    const known = files.get(fileId);
    if (known?.stamp === stamp) return known;
    const own = splitDeviceFileId(fileId)?.deviceId === deviceId;
    let stored: StoredFile | undefined;
    try {
      stored = await session.readFileIfExists(fileId);
    } catch (error) {
      const relative = relativePathFor(fileId);
      // Another device's file that does not open is still arriving: never tampering, never used.
      if (!own && error instanceof AppError && error.code !== 'locked') {
        pendingFiles.add(relative);
        files.delete(fileId);
        return undefined;
      }
      throw error;
    }
    pendingFiles.delete(relativePathFor(fileId));
    if (stored === undefined) {
      files.delete(fileId);
      return undefined;
    }
    const read: FileRead = { stamp, revisions: revisionsIn(fileId, stored), log: stored.log };
    // A new revision's clock comes after every clock read.
    writer.saw(read.revisions);
    files.set(fileId, read);
    return read;
  }

  function revisionsIn(fileId: FileId, stored: StoredFile): Revision[] {
    const file = absolute(fileId);
    if (!fileId.startsWith('device:')) {
      const caseId = fileId.slice('case:'.length);
      return legacyCaseRevisions(caseRecordsFromStored(caseId, stored, file));
    }
    if (stored.log === undefined) throw notRevisions(file);
    return (stored.data as unknown[]).map((record) => {
      const parsed = caseRevisionSchema.safeParse(record);
      if (!parsed.success) throw notRevisions(file);
      return parsed.data as Revision;
    });
  }

  /** The stamp of each of the case's files now. */
  async function stampsOf(caseId: string): Promise<Map<FileId, string>> {
    const fileIds = await caseFilesOf(caseId);
    const stamps = await Promise.all(fileIds.map(async (fileId) => (await stampOf(absolute(fileId))) ?? none));
    return new Map(fileIds.map((fileId, index) => [fileId, stamps[index] ?? none]));
  }

  async function readCase(caseId: string): Promise<CaseState | undefined> {
    // Stamped before reading: a change during the read is seen next time.
    const stamps = await stampsOf(caseId);
    const known = cases.get(caseId);
    if (known !== undefined && sameStamps(known.stamps, stamps)) return known.state;
    const revisions: Revision[] = [];
    for (const [fileId, stamp] of stamps) {
      if (stamp === none) {
        files.delete(fileId);
        continue;
      }
      revisions.push(...((await readFileRevisions(fileId, stamp))?.revisions ?? []));
    }
    if (revisions.length === 0) {
      cases.delete(caseId);
      return undefined;
    }
    const state = caseStateOf(revisions);
    cases.set(caseId, { stamps, state });
    return state;
  }

  function saveCase(next: CaseWithEntries): Promise<SavedCase> {
    return writer.write((start) => saveFrom(start, next));
  }

  async function saveFrom(start: Writer, next: CaseWithEntries): Promise<Written<SavedCase>> {
    const known = cases.get(next.id);
    const before = known?.state ?? (await readCase(next.id));
    let current = start;
    const made: Revision[] = [];
    const registers = before?.merged.registers ?? new Map<string, RegisterState>();
    const at = now().getTime();
    const save = (key: string, value: unknown) => {
      const register = registers.get(key);
      // The things the case was read with are the very objects merged: most compare by identity.
      if (
        register !== undefined &&
        (register.current.value === value || sameValue(key, register.current.value, value))
      ) {
        return;
      }
      const { revision, writer: after } = savedRevision(current, key, value, register, at);
      const checked = caseRevisionSchema.safeParse(revision);
      if (!checked.success) {
        throw new AppError('invalid-request', `This change cannot be saved: ${checked.error.issues[0]?.message ?? ''}`);
      }
      current = after;
      made.push(revision);
    };
    const values = [...caseRecordValues(next), ...entryRecordValues(next)];
    for (const { key, value } of values) save(key, value);
    // A listed thing the case no longer holds was removed; reflections, decisions and phase changes never are.
    const keys = new Set(values.map(({ key }) => key));
    for (const [key, register] of registers) {
      const kind = kindOfKey(key);
      if ((listedCaseKinds as readonly string[]).includes(kind) && !keys.has(key) && register.current.value !== null) {
        save(key, null);
      }
    }
    if (made.length === 0 && before !== undefined) {
      return { after: start, value: { state: before, log: files.get(ownFileId(next.id))?.log } };
    }
    let unconfirmed: unknown;
    try {
      await writeOwn(next.id, made);
    } catch (error) {
      // In place but unconfirmed: the revisions are saved, and their sequences used.
      if (!isUnconfirmedWrite(error)) throw error;
      unconfirmed = error;
    }
    const state = caseStateOfMerged(withRevisions(before?.merged ?? { registers: new Map(), reusedIds: [] }, made));
    // The other files keep the stamps they were read with: a change of theirs meanwhile is merged next time.
    const stamps = new Map(known?.stamps ?? (await stampsOf(next.id)));
    stamps.set(ownFileId(next.id), (await stampOf(absolute(ownFileId(next.id)))) ?? none);
    cases.set(next.id, { stamps, state });
    return { after: current, value: { state, log: files.get(ownFileId(next.id))?.log }, unconfirmed };
  }

  /**
   * Adds revisions to this device's log of the case: the first change in a session writes the
   * log whole as a new generation (so the state before is kept as a backup), later ones append.
   */
  async function writeOwn(caseId: string, revisions: Revision[]): Promise<void> {
    const fileId = ownFileId(caseId);
    const stamp = await stampOf(absolute(fileId));
    const before = stamp === undefined ? undefined : await readFileRevisions(fileId, stamp);
    const revisionsAfter = [...(before?.revisions ?? []), ...revisions];
    const remember = async (log: LogState | undefined) => {
      const after = await stampOf(absolute(fileId));
      if (after === undefined) files.delete(fileId);
      else files.set(fileId, { stamp: after, revisions: revisionsAfter, log });
    };
    try {
      if (before?.log !== undefined && rewritten.has(caseId) && !before.log.torn) {
        await remember(await session.appendRecords(fileId, revisions));
      } else {
        await remember(await session.writeLog(fileId, revisionsAfter));
        rewritten.add(caseId);
      }
    } catch (error) {
      if (isUnconfirmedWrite(error)) await remember(undefined);
      throw error;
    }
  }

  /**
   * The engines' conflict copies of the devices' case logs (conflictCopies.ts): each is decrypted
   * as the file it stands for (its AAD proves it belongs there), the revisions only it holds are
   * added to this device's own log of the case unchanged (their device, sequence and clock kept),
   * and only once that write is in place and flushed is the copy removed. One that does not open
   * waits, as a half-synced file does. Nothing is taken in by a read-only session.
   */
  async function takeInCopies(): Promise<void> {
    if (session.readOnly) return;
    for (const device of await devices()) {
      const folder = `${deviceFolderFor(device)}/${casesFolder}`;
      const names = await folderNames(path.join(session.directory, folder));
      for (const name of names) {
        const original = originalOf(name, names);
        const fileId = original === undefined ? undefined : fileIdForPath(`${folder}/${original}`);
        if (fileId === undefined) continue;
        const relative = `${folder}/${name}`;
        let held: Revision[];
        try {
          held = revisionsIn(fileId, await session.checkStoredFile(fileId, relative));
        } catch (error) {
          if (!(error instanceof AppError) || error.code === 'locked') throw error;
          pendingFiles.add(relative);
          continue;
        }
        pendingFiles.delete(relative);
        const caseId = fileId.slice(fileId.lastIndexOf('/case:') + '/case:'.length);
        const state = await readCase(caseId);
        // By content, not only by id: one id with two contents (a device id used twice) keeps both.
        const known = new Set(
          [...(state?.merged.registers.values() ?? [])].flatMap(revisionsOf).map((revision) => canonicalJson(revision)),
        );
        const missing = held.filter((revision) => !known.has(canonicalJson(revision)));
        if (missing.length > 0) {
          await writer.write(async (start) => {
            await writeOwn(caseId, missing);
            return { after: start, value: undefined };
          });
          cases.delete(caseId);
        }
        await rm(path.join(session.directory, ...relative.split('/')));
      }
    }
  }

  async function conflicts(): Promise<ListedConflict[]> {
    await takeInCopies();
    const listed: ListedConflict[] = [];
    for (const caseId of await caseIds()) {
      const state = await readCase(caseId);
      for (const conflict of state?.conflicts ?? []) listed.push(listedConflict(caseId, conflict));
    }
    return listed;
  }

  async function caseIds(): Promise<string[]> {
    const ids = new Set(await storedIds(session.directory, 'case'));
    for (const device of await devices()) {
      const names = await folderNames(path.join(session.directory, deviceFolderFor(device), casesFolder));
      for (const name of names) {
        // An engine's copy is not a case of its own, whatever its name could be.
        if (originalOf(name, names) !== undefined) continue;
        const fileId = fileIdForPath(`${deviceFolderFor(device)}/${casesFolder}/${name}`);
        if (fileId !== undefined) ids.add(fileId.slice(fileId.lastIndexOf('/case:') + '/case:'.length));
      }
    }
    return [...ids].sort();
  }

  async function sharedWith(caseId: string): Promise<boolean> {
    for (const device of await devices()) {
      if (device === deviceId) continue;
      if ((await stampOf(absolute(deviceFileId(device, `case:${caseId}`)))) !== undefined) return true;
    }
    return false;
  }

  return {
    caseIds,
    sharedWith,
    readCase: (caseId) => serialized(() => readCase(caseId)),
    saveCase: (next) => serialized(() => saveCase(next)),
    conflicts: () => serialized(conflicts),
    pending: () => [...pendingFiles].sort(),
  };
}

/** The name a conflict copy stands for, through copies of copies; undefined for a name that is no copy. */
function originalOf(name: string, names: readonly string[]): string | undefined {
  let original: string | undefined;
  // A few layers at most: each pass removes one engine's marker.
  for (let layer = 0; layer < 8; layer++) {
    const copy = parseConflictCopy(original ?? name, names);
    if (copy === undefined) break;
    original = copy.original;
  }
  return original;
}

/** The stamp of a file that is not there. */
const none = 'none';

function sameStamps(left: Map<FileId, string>, right: Map<FileId, string>): boolean {
  if (left.size !== right.size) return false;
  for (const [fileId, stamp] of left) if (right.get(fileId) !== stamp) return false;
  return true;
}

export function listedConflict(caseId: string, conflict: Conflict): ListedConflict {
  const text = (revision: Revision, current: boolean): ConflictText => ({
    revisionId: revisionIdOf(revision),
    device: revision.device,
    savedAt: new Date(revision.clock.wall).toISOString(),
    current,
    value: revision.value,
  });
  return {
    caseId,
    key: conflict.key,
    kind: conflict.kind,
    toSettle: conflict.toSettle,
    texts: [text(conflict.current, true), ...conflict.others.map((revision) => text(revision, false))],
  };
}

/** Equal for the journal: the case's details compare without when they were saved. */
function sameValue(key: string, left: unknown, right: unknown): boolean {
  if (key !== 'details' || !isObject(left) || !isObject(right)) return canonicalJson(left) === canonicalJson(right);
  const { updatedAt: _left, ...leftRest } = left;
  const { updatedAt: _right, ...rightRest } = right;
  return canonicalJson(leftRest) === canonicalJson(rightRest);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function stampOf(file: string): Promise<string | undefined> {
  try {
    const found = await stat(file, { bigint: true });
    return `${found.size}:${found.mtimeNs}:${found.ctimeNs}:${found.ino}`;
  } catch {
    return undefined;
  }
}

function notRevisions(file: string): AppError {
  return new AppError(
    'unsupported-format',
    'This device file decrypted correctly but its content is not what this version of Alianza expects.',
    { file },
  );
}
