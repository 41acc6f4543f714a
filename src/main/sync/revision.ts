/**
 * A revision: one record a device appends to its own log in a synced vault, holding one thing
 * (a case's details, one reflection, one party…) as saved, and naming the revisions it replaces:
 * the ones that were current for that thing on the device when it was saved. Stored, so checked
 * and versioned; what `value` holds is checked by its kind (caseRecordKeys.ts).
 */
import { z } from 'zod';
import { deviceIdSchema } from './deviceIdentity';
import { compareClocks, hybridClockSchema } from './hybridClock';

export const revisionVersion = 1;

/**
 * The writer of records read from a vault of the single-device layout: its revisions take their
 * sequence from their own content, so two devices migrating the same old files agree on them.
 */
export const legacyDevice = 'legacy';

const writerSchema = z.union([deviceIdSchema, z.literal(legacyDevice)]);

/** `<device>.<sequence>`: unique, since a device numbers everything it writes once. */
export const revisionIdSchema = z.string().regex(/^([0-9a-f]{32}|legacy)\.[1-9][0-9]{0,15}$/, {
  error: 'expected a revision id: a device id, a dot and a sequence number',
});

/** `details`, or a kind and an id: `entry:<entryId>`, `party:<partyId>`… */
export const recordKeySchema = z.string().regex(/^[a-zA-Z]+(:[A-Za-z0-9._:-]{1,128})?$/, {
  error: 'expected a record key: a kind, and an id after a colon',
});

export const revisionSchema = z.strictObject({
  version: z.literal(revisionVersion),
  device: writerSchema,
  /** 1, 2, 3… across everything the device writes. */
  sequence: z.int().positive().max(Number.MAX_SAFE_INTEGER),
  key: recordKeySchema,
  /** The revisions of `key` that were current on the device when this one was saved. */
  replaces: z.array(revisionIdSchema),
  clock: hybridClockSchema,
  /** The thing as saved; null when it was removed. */
  value: z.unknown(),
});

export type Revision<Value = unknown> = Omit<z.infer<typeof revisionSchema>, 'value'> & { value: Value };

export function revisionIdOf(revision: Pick<Revision, 'device' | 'sequence'>): string {
  return `${revision.device}.${revision.sequence}`;
}

/** The kind part of a record key (`entry` of `entry:e-1`). */
export function kindOfKey(key: string): string {
  const separator = key.indexOf(':');
  return separator === -1 ? key : key.slice(0, separator);
}

/** The id part of a record key, or undefined for a key without one (`details`). */
export function idOfKey(key: string): string | undefined {
  const separator = key.indexOf(':');
  return separator === -1 ? undefined : key.slice(separator + 1);
}

/**
 * One total order on revisions: by clock, then writer, then sequence. Between revisions made
 * apart it says which is "the later one"; every device computes the same.
 */
export function compareRevisions(left: Revision, right: Revision): number {
  return (
    compareClocks(left.clock, right.clock) || compareText(left.device, right.device) || left.sequence - right.sequence
  );
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
