import { describe, expect, it } from 'vitest';
import { syntheticJournal } from '../../../bench/syntheticVault';
import { interchangeJson } from '../../../src/main/journal/interchangeJson';
import { toInterchange } from '../../../src/shared/domain/interchangeMapping';

describe('interchange JSON', () => {
  it('is byte for byte what JSON.stringify writes, with none, one or many cases', () => {
    for (const count of [0, 1, 7]) {
      const document = toInterchange(syntheticJournal({ cases: count, entriesPerCase: 3, seed: count }));
      expect(interchangeJson(document).toString('utf8')).toBe(`${JSON.stringify(document, null, 2)}\n`);
    }
  });

  // About 600 MB of JSON, more than one string may hold: behind a flag, like the other soaks.
  it.runIf(process.env['ALIANZA_SOAK'] === '1')(
    'writes a journal of 200 000 reflections, which one string could not hold',
    () => {
      const document = toInterchange(syntheticJournal({ cases: 200, entriesPerCase: 1000, seed: 1 }));
      const bytes = interchangeJson(document);
      console.log(`interchange JSON: 200 000 reflections, ${Math.round(bytes.length / 2 ** 20)} MiB`);
      expect(bytes.length).toBeGreaterThan(0);
    },
    600_000,
  );
});
