import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { conflictsOf } from '../../../src/main/sync/conflicts';
import { mergeRevisions } from '../../../src/main/sync/mergeRevisions';
import { revisionIdOf } from '../../../src/main/sync/revision';
import { canonicalJson } from '../../../src/main/vault/canonicalJson';
import {
  apply,
  cameBefore,
  describe,
  everyRevision,
  keys,
  newWorld,
  run,
  skews,
  stepsApart,
  stepsWithResolutions,
  type World,
} from './deviceSimulation';

/** Every device reads everything: the sync engine has caught up. */
function converge(world: World): void {
  for (let round = 0; round < 2; round++) {
    for (let from = 0; from < world.devices.length; from++) {
      for (let to = 0; to < world.devices.length; to++) apply(world, { type: 'sync', from, to });
    }
  }
}

const runs = { numRuns: 200 };

group('the merge of every device’s revisions', () => {
  it('gives the same state whatever order the revisions are read in, and however often', () => {
    fc.assert(
      fc.property(
        skews,
        stepsWithResolutions,
        fc.func(fc.integer()),
        fc.array(fc.nat(), { maxLength: 20 }),
        (skew, steps, order, repeated) => {
          const all = everyRevision(run(newWorld(skew), steps));
          // Read again as copies, as from an engine's conflict copy of a log.
          const copies = repeated
            .map((index) => all[index % Math.max(all.length, 1)])
            .filter((revision) => revision !== undefined)
            .map((revision) => structuredClone(revision));
          const shuffled = [...all, ...copies]
            .map((revision, index) => ({ revision, rank: order(index) }))
            .sort((left, right) => left.rank - right.rank)
            .map(({ revision }) => revision);
          expect(describe(mergeRevisions(shuffled))).toEqual(describe(mergeRevisions(all)));
        },
      ),
      runs,
    );
  });

  it('is idempotent: merging again what a merge gave, or everything twice, changes nothing', () => {
    fc.assert(
      fc.property(skews, stepsWithResolutions, (skew, steps) => {
        const all = everyRevision(run(newWorld(skew), steps));
        const merged = mergeRevisions(all);
        const again = [...merged.registers.values()].flatMap((register) => [
          register.current,
          ...register.concurrent,
          ...register.alike,
          ...register.superseded,
        ]);
        expect(describe(mergeRevisions(again))).toEqual(describe(merged));
        expect(describe(mergeRevisions([...all, ...all]))).toEqual(describe(merged));
      }),
      runs,
    );
  });

  it('loses nothing: every revision saved on any device is current, concurrent or kept as history', () => {
    fc.assert(
      fc.property(skews, stepsWithResolutions, (skew, steps) => {
        const all = everyRevision(run(newWorld(skew), steps));
        const kept = [...mergeRevisions(all).registers.values()].flatMap((register) => [
          register.current,
          ...register.concurrent,
          ...register.alike,
          ...register.superseded,
        ]);
        expect(kept.map((revision) => canonicalJson(revision)).sort()).toEqual(
          all.map((revision) => canonicalJson(revision)).sort(),
        );
      }),
      runs,
    );
  });

  it('never calls an edit made after reading the other device’s a conflict', () => {
    fc.assert(
      fc.property(skews, stepsApart, (skew, steps) => {
        // Before every save, the device reads everything first: edits follow one another (and no
        // text stays open from before).
        const world = newWorld(skew);
        for (const step of steps.filter((each) => each.type !== 'open')) {
          if (step.type === 'save') converge(world);
          apply(world, step);
        }
        expect(conflictsOf(mergeRevisions(everyRevision(world)))).toEqual([]);
      }),
      runs,
    );
  });

  it('always shows edits of one thing made apart as a conflict, and only those', () => {
    fc.assert(
      fc.property(skews, stepsApart, (skew, steps) => {
        const world = run(newWorld(skew), steps);
        const all = everyRevision(world);
        const conflicted = new Set(conflictsOf(mergeRevisions(all)).map((conflict) => conflict.key));
        for (const key of keys) {
          const ids = all.filter((revision) => revision.key === key).map(revisionIdOf);
          const apart = ids.some((left) =>
            ids.some((right) => left !== right && !cameBefore(world, left, right) && !cameBefore(world, right, left)),
          );
          expect(conflicted.has(key)).toBe(apart);
        }
      }),
      runs,
    );
  });

  it('asks nothing when the edits made apart hold the same value, yet keeps them all, and the next save follows both', () => {
    fc.assert(
      fc.property(skews, stepsApart, (skew, steps) => {
        const world = run(newWorld(skew, { sameValue: true }), steps);
        const all = everyRevision(world);
        const merged = mergeRevisions(all);
        expect(conflictsOf(merged)).toEqual([]);
        const kept = [...merged.registers.values()].flatMap((register) => [
          register.current,
          ...register.alike,
          ...register.superseded,
        ]);
        expect(kept).toHaveLength(all.length);
        // A device that has read everything saves something else: one head, no conflict.
        converge(world);
        world.sameValue = false;
        for (const device of world.devices) device.opened.clear();
        for (let key = 0; key < keys.length; key++) apply(world, { type: 'save', device: 1, key, text: 'after' });
        const after = mergeRevisions(everyRevision(world));
        expect(conflictsOf(after)).toEqual([]);
        for (const register of after.registers.values()) expect(register.alike).toEqual([]);
      }),
      runs,
    );
  });

  it('keeps an edit that arrives while the same text is open on the other device, as a conflict', () => {
    fc.assert(
      fc.property(skews, stepsApart, fc.nat({ max: keys.length - 1 }), (skew, steps, key) => {
        const world = run(newWorld(skew), steps);
        for (const device of world.devices) device.opened.clear();
        run(world, [
          { type: 'open', device: 1, key },
          { type: 'save', device: 0, key, text: 'arrived' },
          { type: 'sync', from: 0, to: 1 },
          { type: 'save', device: 1, key, text: 'written over it' },
        ]);
        const [arrived] = world.devices[0]?.own.slice(-1) ?? [];
        const conflict = conflictsOf(mergeRevisions(everyRevision(world))).find((each) => each.key === keys[key]);
        expect([conflict?.current, ...(conflict?.others ?? [])]).toContain(arrived);
      }),
      runs,
    );
  });

  it('makes the later of two edits made apart current, and keeps the other', () => {
    fc.assert(
      fc.property(fc.integer({ min: -600_000, max: 600_000 }), fc.string(), fc.string(), (skew, office, home) => {
        const world = run(newWorld([0, skew]), [
          { type: 'save', device: 0, key: 0, text: 'first' },
          { type: 'sync', from: 0, to: 1 },
          { type: 'wait', milliseconds: 60_000 },
          { type: 'save', device: 0, key: 0, text: office },
          { type: 'wait', milliseconds: 60_000 },
          { type: 'save', device: 1, key: 0, text: home },
        ]);
        const [conflict] = conflictsOf(mergeRevisions(everyRevision(world)));
        const [, atOffice] = world.devices[0]?.own ?? [];
        const [atHome] = world.devices[1]?.own ?? [];
        const later = (atHome?.clock.wall ?? 0) > (atOffice?.clock.wall ?? 0) ? atHome : atOffice;
        expect(conflict?.key).toBe('entry:e-1');
        expect(conflict?.toSettle).toBe(true);
        expect(conflict?.current).toBe(later);
        expect(conflict?.others).toEqual([later === atHome ? atOffice : atHome]);
      }),
      runs,
    );
  });

  it('settles a conflict on both devices once one device resolves it and the other reads that', () => {
    fc.assert(
      fc.property(skews, stepsApart, (skew, steps) => {
        const world = run(newWorld(skew), steps);
        converge(world);
        for (let key = 0; key < keys.length; key++) apply(world, { type: 'resolve', device: 0, key });
        converge(world);
        const states = world.devices.map((device) => mergeRevisions(device.known.values()));
        for (const state of states) {
          expect(conflictsOf(state)).toEqual([]);
          expect(describe(state)).toEqual(describe(states[0] ?? state));
        }
      }),
      runs,
    );
  });

  it('brings every device to the same state once the engine has synced everything', () => {
    fc.assert(
      fc.property(skews, stepsWithResolutions, (skew, steps) => {
        const world = run(newWorld(skew), steps);
        converge(world);
        const expected = describe(mergeRevisions(everyRevision(world)));
        for (const device of world.devices) expect(describe(mergeRevisions(device.known.values()))).toEqual(expected);
      }),
      runs,
    );
  });
});
