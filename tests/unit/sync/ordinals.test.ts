import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withUniqueOrdinals, type Numbered } from '../../../src/main/sync/ordinals';

const numbered = fc
  .array(
    fc.record({ group: fc.constantFrom('child', 'caregiver', 'other'), ordinal: fc.integer({ min: 1, max: 5 }) }),
    {
      maxLength: 30,
    },
  )
  .map((items) => items.map((each, index): Numbered<number> => ({ ...each, item: index, key: `k-${index}` })));

describe('ordinals given apart', () => {
  it('name one person each afterwards, keep every ordinal that was not taken twice, and say which changed', () => {
    fc.assert(
      fc.property(numbered, (given) => {
        const { items, renumbered } = withUniqueOrdinals(given);
        const pairs = items.map((each) => `${each.group}:${each.ordinal}`);
        expect(new Set(pairs).size).toBe(pairs.length);
        // The first to get an ordinal keeps it; a renumbered one goes past every ordinal given in its group.
        const changed = new Set(renumbered.map((each) => each.key));
        items.forEach((each, index) => {
          const before = given[index] as Numbered<number>;
          const earlier = given
            .slice(0, index)
            .some((other) => other.group === before.group && other.ordinal === before.ordinal);
          expect(changed.has(each.key)).toBe(earlier);
          if (!earlier) expect(each.ordinal).toBe(before.ordinal);
          else
            expect(each.ordinal).toBeGreaterThan(
              Math.max(...given.filter((other) => other.group === before.group).map((other) => other.ordinal)),
            );
        });
        expect(items.map((each) => each.item)).toEqual(given.map((each) => each.item));
      }),
      { numRuns: 300 },
    );
  });
});
