/**
 * This device's writing in a synced vault, shared by every kind of file it writes (cases,
 * drafts…): one sequence across all its files, so a revision's id `device.sequence` is never given
 * twice, and a clock after every clock read (docs/sync.md). Writes that take a sequence run one
 * at a time. The highest sequence is found once per session, from the device's own files.
 */
import path from 'node:path';
import { compareClocks, type HybridClock } from '../sync/hybridClock';
import type { Writer } from '../sync/newRevision';
import { revisionSchema, type Revision } from '../sync/revision';
import { casesFolder, deviceFolderFor, draftsFolder, fileIdForPath } from '../vault/vaultLayout';
import type { VaultSession } from '../vault/vaultSession';
import { folderNames } from './vaultFolders';

/** What a write made: the writer after its revisions, and, for a write only unconfirmed by the disk, that error. */
export interface Written<T> {
  after: Writer;
  value: T;
  unconfirmed?: unknown;
}

export interface DeviceWriter {
  readonly deviceId: string;
  /** Moves the clock past revisions read from any device. */
  saw(revisions: Iterable<Pick<Revision, 'clock'>>): void;
  /**
   * Runs `write` with the writer as it stands, after every other write; the sequences it used are
   * taken once it has written them (also when the disk did not confirm the write: they are in place).
   */
  write<T>(write: (writer: Writer) => Promise<Written<T>>): Promise<T>;
}

/** The folders of a device's own files whose records are revisions. */
const revisionFolders = [casesFolder, draftsFolder];

const writers = new WeakMap<VaultSession, DeviceWriter>();

/** The writer of `deviceId` in the session (one per session, whoever asks). */
export function deviceWriterOf(session: VaultSession, deviceId: string): DeviceWriter {
  const known = writers.get(session);
  if (known !== undefined) {
    if (known.deviceId !== deviceId) throw new TypeError('This session already writes as another device.');
    return known;
  }
  const made = newDeviceWriter(session, deviceId);
  writers.set(session, made);
  return made;
}

function newDeviceWriter(session: VaultSession, deviceId: string): DeviceWriter {
  let sequence: number | undefined;
  let clock: HybridClock = { wall: 0, counter: 0 };
  let queue: Promise<unknown> = Promise.resolve();

  function saw(revisions: Iterable<Pick<Revision, 'clock'>>): void {
    for (const revision of revisions) if (compareClocks(revision.clock, clock) > 0) clock = revision.clock;
  }

  /** The highest sequence in this device's own files (revisions it took over from a copy aside). */
  async function highestSequence(): Promise<number> {
    let highest = 0;
    for (const folder of revisionFolders) {
      const relative = `${deviceFolderFor(deviceId)}/${folder}`;
      for (const name of await folderNames(path.join(session.directory, relative))) {
        const fileId = fileIdForPath(`${relative}/${name}`);
        if (fileId === undefined) continue;
        const stored = await session.readFileIfExists(fileId);
        for (const record of stored?.log === undefined ? [] : (stored.data as unknown[])) {
          const parsed = revisionSchema.safeParse(record);
          if (!parsed.success) continue;
          saw([parsed.data]);
          if (parsed.data.device === deviceId) highest = Math.max(highest, parsed.data.sequence);
        }
      }
    }
    return highest;
  }

  async function run<T>(write: (writer: Writer) => Promise<Written<T>>): Promise<T> {
    sequence ??= await highestSequence();
    const written = await write({ device: deviceId, sequence, clock });
    sequence = written.after.sequence;
    saw([written.after]);
    if (written.unconfirmed !== undefined) throw written.unconfirmed;
    return written.value;
  }

  return {
    deviceId,
    saw,
    write: (write) => {
      const result = queue.then(
        () => run(write),
        () => run(write),
      );
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
