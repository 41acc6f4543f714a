/**
 * Devices writing apart and syncing, for the merge's tests: each device holds the revisions it
 * has read, saves from what it holds, and learns another device's revisions whole (a full sync)
 * or as a prefix of that device's own log (a log still arriving). A save is from what the device
 * holds, or from what it held when the text was opened, if it was opened earlier. Kept beside each
 * revision: what its editor had read, for the tests' own account of what came after what.
 */
import fc from 'fast-check';
import { mergeRevisions, type MergedRevisions, type RegisterState } from '../../../src/main/sync/mergeRevisions';
import { resolvingRevision, savedRevision, writerAfterReading, type Writer } from '../../../src/main/sync/newRevision';
import { revisionIdOf, type Revision } from '../../../src/main/sync/revision';
import { canonicalJson } from '../../../src/main/vault/canonicalJson';

export const deviceIds = ['a'.repeat(32), 'b'.repeat(32), 'c'.repeat(32)] as const;
export const keys = ['entry:e-1', 'entry:e-2', 'details', 'party:p-1'] as const;

export type Step =
  | { type: 'open'; device: number; key: number }
  | { type: 'save'; device: number; key: number; text: string }
  | { type: 'sync'; from: number; to: number }
  | { type: 'arrive'; from: number; to: number; records: number }
  | { type: 'resolve'; device: number; key: number }
  | { type: 'wait'; milliseconds: number };

export interface Device {
  writer: Writer;
  /** Every revision it has read or written, by id. */
  known: Map<string, Revision>;
  /** Its own log, in the order written. */
  own: Revision[];
  /** How far its wall clock is off. */
  skew: number;
  /** Texts open in an editor, by key: the register as read then, and the ids of the key it held. */
  opened: Map<string, { register: RegisterState | undefined; read: Set<string> }>;
}

export interface World {
  devices: Device[];
  now: number;
  /** Per revision id: the ids of the same key its device held when it was made. */
  readBefore: Map<string, Set<string>>;
  /** Keys some device resolved a conflict of. */
  resolved: Set<string>;
  /** Every save holds the same value (otherwise each holds its own, even for the same text). */
  sameValue: boolean;
}

export function newWorld(skews: readonly number[], options: { sameValue?: boolean } = {}): World {
  return {
    devices: skews.map((skew, index) => ({
      writer: { device: deviceIds[index] ?? '', sequence: 0, clock: { wall: 0, counter: 0 } },
      known: new Map(),
      opened: new Map(),
      own: [],
      skew,
    })),
    now: Date.parse('2026-03-02T09:00:00.000Z'),
    readBefore: new Map(),
    resolved: new Set(),
    sameValue: options.sameValue ?? false,
  };
}

export function run(world: World, steps: readonly Step[]): World {
  for (const step of steps) apply(world, step);
  return world;
}

export function apply(world: World, step: Step): void {
  const count = world.devices.length;
  switch (step.type) {
    case 'wait':
      world.now += step.milliseconds;
      return;
    case 'open': {
      const device = world.devices[step.device % count] as Device;
      const key = keys[step.key % keys.length] as string;
      device.opened.set(key, {
        register: mergeRevisions(device.known.values()).registers.get(key),
        read: idsOf(device, key),
      });
      return;
    }
    case 'save': {
      const device = world.devices[step.device % count] as Device;
      const key = keys[step.key % keys.length] as string;
      const opened = device.opened.get(key) ?? {
        register: mergeRevisions(device.known.values()).registers.get(key),
        read: idsOf(device, key),
      };
      device.opened.delete(key);
      const value = valueOf(world, device, step.text);
      write(
        world,
        device,
        savedRevision(device.writer, key, value, opened.register, clockOf(world, device)),
        opened.read,
      );
      return;
    }
    case 'resolve': {
      const device = world.devices[step.device % count] as Device;
      const key = keys[step.key % keys.length] as string;
      const register = mergeRevisions(device.known.values()).registers.get(key);
      if (register === undefined || register.concurrent.length === 0) return;
      world.resolved.add(key);
      write(world, device, resolvingRevision(device.writer, register, register.current.value, clockOf(world, device)));
      return;
    }
    case 'sync': {
      const from = world.devices[step.from % count] as Device;
      learn(world.devices[step.to % count] as Device, from.known.values());
      return;
    }
    case 'arrive': {
      const from = world.devices[step.from % count] as Device;
      learn(world.devices[step.to % count] as Device, from.own.slice(0, step.records));
      return;
    }
  }
}

/** What a save holds: its own value, unless the world makes every save alike. */
function valueOf(world: World, device: Device, text: string): unknown {
  return world.sameValue ? { text: 'same' } : { text, by: device.writer.device, at: device.own.length };
}

function clockOf(world: World, device: Device): number {
  return Math.max(0, world.now + device.skew);
}

/** The ids of the revisions of `key` the device holds. */
function idsOf(device: Device, key: string): Set<string> {
  return new Set([...device.known.values()].filter((revision) => revision.key === key).map(revisionIdOf));
}

function write(
  world: World,
  device: Device,
  made: { revision: Revision; writer: Writer },
  read = idsOf(device, made.revision.key),
): void {
  const id = revisionIdOf(made.revision);
  world.readBefore.set(id, read);
  device.writer = made.writer;
  device.known.set(id, made.revision);
  device.own.push(made.revision);
}

function learn(device: Device, revisions: Iterable<Revision>): void {
  const read = [...revisions];
  for (const revision of read) device.known.set(revisionIdOf(revision), revision);
  device.writer = writerAfterReading(device.writer, read);
}

/** Every revision any device wrote. */
export function everyRevision(world: World): Revision[] {
  return world.devices.flatMap((device) => device.own);
}

/** A plain account of a merge, equal for equal merges whatever objects hold them. */
export function describe(merged: MergedRevisions): unknown {
  return {
    reusedIds: merged.reusedIds,
    registers: [...merged.registers.values()].map((register) => ({
      key: register.key,
      current: revisionIdOf(register.current),
      value: canonicalJson(register.current.value),
      concurrent: register.concurrent.map(revisionIdOf),
      alike: register.alike.map(revisionIdOf),
      superseded: register.superseded.map(revisionIdOf),
      first: revisionIdOf(register.first),
    })),
  };
}

/**
 * Whether `earlier` came before `later`: `later`'s device had read it, or had read something that
 * came after it.
 */
export function cameBefore(world: World, earlier: string, later: string, seen = new Set<string>()): boolean {
  const read = world.readBefore.get(later);
  if (read === undefined || seen.has(later)) return false;
  seen.add(later);
  if (read.has(earlier)) return true;
  return [...read].some((between) => cameBefore(world, earlier, between, seen));
}

const device = fc.nat({ max: 2 });
const key = fc.nat({ max: keys.length - 1 });

const stepApart: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ type: fc.constant('open' as const), device, key }) },
  {
    weight: 4,
    arbitrary: fc.record({ type: fc.constant('save' as const), device, key, text: fc.string({ maxLength: 6 }) }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('sync' as const), from: device, to: device }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('arrive' as const),
      from: device,
      to: device,
      records: fc.nat({ max: 12 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('wait' as const), milliseconds: fc.nat({ max: 120_000 }) }) },
);

/** Saves, syncs, logs arriving in part and waits, in any order; no conflict is resolved. */
export const stepsApart = fc.array(stepApart, { maxLength: 40 });

/** The same, with conflicts resolved now and then. */
export const stepsWithResolutions = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: stepApart },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('resolve' as const), device, key }) },
  ),
  { maxLength: 40 },
);

/** Wall clocks off by up to ten minutes either way. */
export const skews = fc.array(fc.integer({ min: -600_000, max: 600_000 }), { minLength: 2, maxLength: 3 });
