/**
 * Case format 3 → 4: a record log written by the release before warning decisions and goal
 * attainment reads unchanged (nothing of either yet), and a record of the new format holds both.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFromStored, caseVersion, detailsRecord } from '../../../src/main/journal/caseDocument';
import { caseToVersion4 } from '../../../src/main/journal/caseMigrations/toVersion4';
import { caseWithEntriesSchema } from '../../../src/shared/domain/journal';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/case-formats/case-v3.json');
const records = (): Record<string, unknown>[] => JSON.parse(readFileSync(fixture, 'utf8')) as Record<string, unknown>[];
const stored = (data: unknown[]) => ({ data, generation: 1, log: { records: data.length } as never });

describe('case format 4', () => {
  it('reads a format-3 log: same case, same entries, no decisions or scales', () => {
    const read = caseFromStored('case-v3', stored(records()), 'cases/case-v3.alz');
    expect(caseWithEntriesSchema.safeParse(read).success).toBe(true);
    expect(read.phase).toBe('evaluation');
    expect(read.attendance?.map((record) => record.id)).toEqual(['a-1']);
    expect(read.entries.map((entry) => entry.id)).toEqual(['e-1']);
    expect(read).not.toHaveProperty('warningDecisions');
    expect(read).not.toHaveProperty('goalScales');
    expect(read).not.toHaveProperty('goalReviews');
  });

  it('only stamps: the step keeps every field and does not change its input', () => {
    const [snapshot] = records();
    const copy = structuredClone(snapshot);
    expect(caseToVersion4(snapshot!)).toEqual(snapshot);
    expect(snapshot).toEqual(copy);
  });

  it('reads a format-4 details record after format-3 records, with decisions and scales', () => {
    const read = caseFromStored('case-v3', stored(records()), 'cases/case-v3.alz');
    const goalId = read.goals[0]!.id;
    const levels = [-2, -1, 0, 1, 2].map((level) => ({ level, practitioner: `nivel ${level}` }));
    const next = {
      ...read,
      warningDecisions: [
        {
          id: 'd-1',
          warningId: 'alliance-fall-0123456789abcdef',
          rule: 'alliance-fall' as const,
          kind: 'dismissed' as const,
          note: 'La baja fue por la audiencia, ya conversado.',
          noteVisibility: 'private' as const,
          sessions: [{ entryId: 'e-1', date: '2025-03-14' }],
          decidedAt: '2025-03-16T10:00:00.000Z',
        },
      ],
      goalScales: [
        {
          goalId,
          levels,
          agreedOn: '2025-03-14',
          createdAt: '2025-03-16T10:00:00.000Z',
          updatedAt: '2025-03-16T10:00:00.000Z',
        },
      ],
      goalReviews: [
        {
          id: 'r-1',
          reviewedOn: '2025-04-14',
          ratings: [{ goalId, level: 1 }],
          createdAt: '2025-04-14T10:00:00.000Z',
          updatedAt: '2025-04-14T10:00:00.000Z',
        },
      ],
    };
    expect(caseWithEntriesSchema.safeParse(next).success).toBe(true);
    const log = [...records(), JSON.parse(JSON.stringify(detailsRecord(next))) as unknown];
    const reread = caseFromStored('case-v3', stored(log), 'cases/case-v3.alz');
    expect(reread).toEqual(next);
  });

  it('refuses a record of the next format', () => {
    const log = [...records(), { version: caseVersion + 1, type: 'details', case: {} }];
    expect(() => caseFromStored('case-v3', stored(log), 'cases/case-v3.alz')).toThrow(/newer version of Alianza/);
  });
});
