import { describe, expect, it } from 'vitest';
import { hearingAgenda } from '../../../src/shared/domain/report/hearingAgenda';
import type { CourtReport, ReportVersion } from '../../../src/shared/domain/report/report';

const at = '2026-03-01T10:00:00.000Z';

function version(number: number, status: ReportVersion['status'], sharedOn?: string): ReportVersion {
  return {
    number,
    status,
    createdAt: at,
    updatedAt: at,
    sections: [],
    documents: [],
    ...(sharedOn === undefined ? {} : { sharedWith: { partyId: 'p', date: sharedOn, method: 'post' as const } }),
  };
}

function report(id: string, hearing: string | undefined, versions: ReportVersion[], days = 3): CourtReport {
  return {
    id,
    caseId: 'c',
    title: `Report ${id}`,
    hearing: { kind: 'first', ...(hearing === undefined ? {} : { date: hearing }) },
    reviewWorkingDays: days,
    createdAt: at,
    updatedAt: at,
    versions,
    comments: [],
  };
}

// Monday 9 March 2026.
const today = '2026-03-09';

describe('the coming hearings', () => {
  it('say, soonest hearing first, what each report still needs', () => {
    const agenda = hearingAgenda(
      [
        {
          caseId: 'c1',
          caseAlias: 'Family R.',
          reports: [
            report('undated', undefined, [version(1, 'draft')]),
            report('later', '2026-03-20', [version(1, 'draft')]),
            report('soon', '2026-03-11', [version(1, 'draft')]),
          ],
        },
        {
          caseId: 'c2',
          caseAlias: 'Family B.',
          reports: [
            report('shared', '2026-03-16', [version(1, 'shared', '2026-03-09')]),
            report('short', '2026-03-12', [version(1, 'shared', '2026-03-10'), version(2, 'draft')]),
            report('final', '2026-03-13', [version(1, 'shared', '2026-03-02'), version(2, 'final')]),
          ],
        },
      ],
      today,
    );
    expect(agenda.map((item) => [item.reportId, item.step])).toEqual([
      ['soon', 'share-late'],
      ['short', 'shared-late'],
      ['final', 'final'],
      ['shared', 'shared'],
      ['later', 'share-by'],
      ['undated', 'set-hearing-date'],
    ]);
    const byId = new Map(agenda.map((item) => [item.reportId, item]));
    // Wednesday 11 March: shared today, Tuesday and Wednesday are left.
    expect(byId.get('soon')).toMatchObject({ workingDays: 2, reviewWorkingDays: 3, caseAlias: 'Family R.' });
    expect(byId.get('short')).toMatchObject({ sharedOn: '2026-03-10', workingDays: 2, status: 'draft' });
    // Friday 20 March, 3 working days before: Tuesday 17 March.
    expect(byId.get('later')).toMatchObject({ shareBy: '2026-03-17' });
    expect(byId.get('shared')).toMatchObject({ sharedOn: '2026-03-09', caseId: 'c2' });
  });

  it('leave out submitted reports and hearings already past', () => {
    const agenda = hearingAgenda(
      [
        {
          caseId: 'c1',
          caseAlias: 'Family R.',
          reports: [
            report('submitted', '2026-03-20', [version(1, 'final'), version(2, 'submitted')]),
            report('past', '2026-03-06', [version(1, 'draft')]),
            report('today', today, [version(1, 'draft')]),
          ],
        },
      ],
      today,
    );
    expect(agenda.map((item) => item.reportId)).toEqual(['today']);
  });
});
