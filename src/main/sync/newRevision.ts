/**
 * Making a revision on this device. A save replaces only the revision the practitioner was
 * shown (the current one), so an edit made while a conflict waits leaves it waiting; confirming
 * which text stands replaces every head, so the conflict is gone on every device that merges it.
 */
import { clockAfter, compareClocks, type HybridClock } from './hybridClock';
import type { RegisterState } from './mergeRevisions';
import { revisionIdOf, revisionVersion, type Revision } from './revision';

/** Where this device's writing stands: its id, the last sequence it used and the latest clock it has seen. */
export interface Writer {
  device: string;
  sequence: number;
  clock: HybridClock;
}

export interface MadeRevision<Value> {
  revision: Revision<Value>;
  /** The writer after it: the next revision takes the next sequence and a later clock. */
  writer: Writer;
}

/**
 * A save of `key`: replaces the current revision, with the heads alike to it (nothing, for a new
 * thing). `register` must be the register as the editor read it when the text was opened, not as
 * it is at the save: an edit from another device that arrived meanwhile then stays a head, a
 * conflict, instead of being replaced unseen.
 */
export function savedRevision<Value>(
  writer: Writer,
  key: string,
  value: Value,
  register: RegisterState | undefined,
  now: number,
): MadeRevision<Value> {
  return made(writer, key, value, register === undefined ? [] : [register.current, ...register.alike], now);
}

/** The practitioner's answer to a conflict: `value` stands, and replaces every head. */
export function resolvingRevision<Value>(
  writer: Writer,
  register: RegisterState,
  value: Value,
  now: number,
): MadeRevision<Value> {
  return made(writer, register.key, value, [register.current, ...register.alike, ...register.concurrent], now);
}

/** The writer after reading other devices' revisions: its clock moves past theirs. */
export function writerAfterReading(writer: Writer, read: Iterable<Pick<Revision, 'clock'>>): Writer {
  let clock = writer.clock;
  for (const revision of read) if (compareClocks(revision.clock, clock) > 0) clock = revision.clock;
  return { ...writer, clock };
}

function made<Value>(
  writer: Writer,
  key: string,
  value: Value,
  replaced: readonly Revision[],
  now: number,
): MadeRevision<Value> {
  const sequence = writer.sequence + 1;
  const clock = clockAfter([writer.clock, ...replaced.map((revision) => revision.clock)], now);
  const revision: Revision<Value> = {
    version: revisionVersion,
    device: writer.device,
    sequence,
    key,
    replaces: [...new Set(replaced.map(revisionIdOf))].sort(),
    clock,
    value,
  };
  return { revision, writer: { device: writer.device, sequence, clock } };
}
