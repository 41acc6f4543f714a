/** Devices for the example tests: each saves from what it holds, and the sync engine carries it all. */
import { expect } from 'vitest';
import type { z } from 'zod';
import { mergeRevisions } from '../../../src/main/sync/mergeRevisions';
import { savedRevision, writerAfterReading, type Writer } from '../../../src/main/sync/newRevision';
import { revisionIdOf, type Revision } from '../../../src/main/sync/revision';

export interface Device {
  writer: Writer;
  known: Map<string, Revision>;
  /** What every revision it writes is checked with: the file it goes to. */
  schema: z.ZodType;
}

export function device(letter: string, schema: z.ZodType): Device {
  return {
    writer: { device: letter.repeat(32), sequence: 0, clock: { wall: 0, counter: 0 } },
    known: new Map(),
    schema,
  };
}

/** Saves `value` as `key` on the device at the wall time `at`, from what the device holds. */
export function save(on: Device, key: string, value: unknown, at: string): Revision {
  const register = mergeRevisions(on.known.values()).registers.get(key);
  const { revision, writer } = savedRevision(on.writer, key, value, register, Date.parse(at));
  // Every revision the examples write is one the vault would store.
  expect(on.schema.safeParse(revision).error).toBeUndefined();
  on.writer = writer;
  on.known.set(revisionIdOf(revision), revision);
  return revision;
}

/** The sync engine carries everything `from` holds to `to`. */
export function sync(from: Device, to: Device): void {
  for (const [id, revision] of from.known) to.known.set(id, revision);
  to.writer = writerAfterReading(to.writer, from.known.values());
}
