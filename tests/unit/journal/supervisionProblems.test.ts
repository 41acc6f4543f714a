import { describe, expect, it } from 'vitest';
import { caseWithEntriesSchema } from '../../../src/shared/domain/journal';
import type { CaseSupervision } from '../../../src/shared/domain/supervision';
import { createCaseRequest } from './journalFixtures';

const base = {
  ...createCaseRequest('Familia S.'),
  id: 'case-s',
  status: 'open' as const,
  phaseHistory: [{ phase: 'start' as const, changedAt: '2025-03-01', decidedBy: 'practitioner' as const }],
  createdAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-01T10:00:00.000Z',
  entries: [],
};

const part = (id: string, actions: CaseSupervision['actions']): CaseSupervision => ({
  id,
  supervisionId: 'meeting-1',
  heldOn: '2025-03-20',
  supervisor: 'R. Soto',
  kind: 'group',
  briefs: [],
  visibility: 'private',
  actions,
  returned: [],
  recordedAt: '2025-03-20T19:00:00.000Z',
  updatedAt: '2025-03-20T19:00:00.000Z',
});

const problemsOf = (supervisions: CaseSupervision[]) => {
  const parsed = caseWithEntriesSchema.safeParse({ ...base, supervisions });
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('a case’s supervisions', () => {
  it('accepts open and updated actions whose status is their last update’s', () => {
    expect(
      problemsOf([
        part('s-1', [
          { id: 'a-1', what: 'Ver a cada adulto por separado', status: 'open', updates: [] },
          {
            id: 'a-2',
            what: 'Llamar al colegio',
            status: 'dropped',
            updates: [
              { status: 'done', on: '2025-03-22', recordedAt: '2025-03-22T10:00:00.000Z' },
              {
                status: 'dropped',
                note: 'El colegio cerró.',
                on: '2025-03-23',
                recordedAt: '2025-03-23T10:00:00.000Z',
              },
            ],
          },
        ]),
      ]),
    ).toEqual([]);
  });

  it('refuses a status the history does not end in, a repeated part id and an action id used twice in the case', () => {
    const problems = problemsOf([
      part('s-1', [{ id: 'a-1', what: 'Ver a cada adulto', status: 'done', updates: [] }]),
      part('s-1', [{ id: 'a-1', what: 'Otra acción', status: 'open', updates: [] }]),
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^supervisions\.0\.actions\.0\.status: is "done" but the last update says "open"/),
        expect.stringMatching(/^supervisions\.1\.id: duplicate id "s-1"/),
        expect.stringMatching(/^supervisions\.1\.actions\.0\.id: repeats the action id "a-1"/),
      ]),
    );
  });
});
