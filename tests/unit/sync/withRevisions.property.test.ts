import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { mergeRevisions, withRevisions } from '../../../src/main/sync/mergeRevisions';
import { describe, everyRevision, newWorld, run, skews, stepsWithResolutions } from './deviceSimulation';

group('a merge taking in a few more revisions (a save)', () => {
  it('is the merge of everything, whatever the revisions added', () => {
    fc.assert(
      fc.property(skews, stepsWithResolutions, fc.nat(), (skew, steps, cut) => {
        const all = everyRevision(run(newWorld(skew), steps));
        const at = all.length === 0 ? 0 : cut % (all.length + 1);
        const before = mergeRevisions(all.slice(0, at));
        expect(describe(withRevisions(before, all.slice(at)))).toEqual(describe(mergeRevisions(all)));
      }),
      { numRuns: 200, seed: 12 },
    );
  });

  it('leaves the registers it does not touch as they were', () => {
    fc.assert(
      fc.property(skews, stepsWithResolutions, (skew, steps) => {
        const all = everyRevision(run(newWorld(skew), steps));
        const last = all.at(-1);
        if (last === undefined) return;
        const before = mergeRevisions(all.slice(0, -1));
        const after = withRevisions(before, [last]);
        for (const [key, register] of before.registers) {
          if (key !== last.key) expect(after.registers.get(key)).toBe(register);
        }
      }),
      { numRuns: 100, seed: 12 },
    );
  });
});
