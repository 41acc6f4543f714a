/**
 * Case format 4 → 5: a record log written by the release before supervisions (warning decisions
 * and goal scales in it) reads unchanged, and a record of the new format holds a supervision.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFromStored, caseVersion, detailsRecord } from '../../../src/main/journal/caseDocument';
import { caseToVersion5 } from '../../../src/main/journal/caseMigrations/toVersion5';
import { caseWithEntriesSchema } from '../../../src/shared/domain/journal';
import type { CaseSupervision } from '../../../src/shared/domain/supervision';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/case-formats/case-v4.json');
const records = (): Record<string, unknown>[] => JSON.parse(readFileSync(fixture, 'utf8')) as Record<string, unknown>[];
const stored = (data: unknown[]) => ({ data, generation: 1, log: { records: data.length } as never });

const supervision: CaseSupervision = {
  id: 's-1',
  supervisionId: 'meeting-1',
  heldOn: '2025-03-20',
  supervisor: 'R. Soto',
  kind: 'individual',
  briefs: ['export-1'],
  discussed: 'La ruptura con la madre tras la audiencia.',
  remarks: 'Ver a cada adulto por separado.',
  visibility: 'private',
  actions: [
    { id: 'a-1', what: 'Reunirse con cada adulto por separado', due: '2025-04-03', status: 'open', updates: [] },
    {
      id: 'a-2',
      what: 'Llamar al colegio',
      status: 'done',
      updates: [
        { status: 'done', note: 'Hablé con la orientadora.', on: '2025-03-25', recordedAt: '2025-03-25T18:00:00.000Z' },
      ],
    },
  ],
  returned: [
    {
      exportId: 'export-1',
      reference: 'SB-0000-0000-0000',
      notes: ['Conversar con Madre A por separado.'],
      comments: [{ text: '¿Qué dijo NNA 1?', author: 'R. Soto', on: 'Madre A llegó tarde con NNA 1.' }],
      importedAt: '2025-03-21T09:00:00.000Z',
    },
  ],
  recordedAt: '2025-03-20T19:00:00.000Z',
  updatedAt: '2025-03-25T18:00:00.000Z',
};

describe('case format 5', () => {
  it('is the format this version writes', () => {
    expect(caseVersion).toBe(5);
  });

  it('reads a format-4 log: same case, decisions and scales, no supervisions', () => {
    const read = caseFromStored('case-v3', stored(records()), 'cases/case-v4.alz');
    expect(caseWithEntriesSchema.safeParse(read).success).toBe(true);
    expect(read.warningDecisions?.map((decision) => decision.id)).toEqual(['d-1']);
    expect(read.goalScales?.map((scale) => scale.goalId)).toEqual(['g-visits']);
    expect(read.entries.map((entry) => entry.id)).toEqual(['e-1']);
    expect(read).not.toHaveProperty('supervisions');
  });

  it('only stamps: the step keeps every field and does not change its input', () => {
    const [snapshot] = records();
    const copy = structuredClone(snapshot);
    expect(caseToVersion5(snapshot!)).toEqual(snapshot);
    expect(snapshot).toEqual(copy);
  });

  it('reads a format-5 details record after format-4 records, with a supervision', () => {
    const read = caseFromStored('case-v3', stored(records()), 'cases/case-v4.alz');
    const next = { ...read, supervisions: [supervision] };
    expect(caseWithEntriesSchema.safeParse(next).success).toBe(true);
    const reread = caseFromStored('case-v3', stored([...records(), detailsRecord(next)]), 'cases/case-v4.alz');
    expect(reread).toEqual(next);
  });

  it('refuses a record of the next format', () => {
    const log = [...records(), { version: caseVersion + 1, type: 'details', case: {} }];
    expect(() => caseFromStored('case-v3', stored(log), 'cases/case-v4.alz')).toThrow(/newer version of Alianza/);
  });
});
