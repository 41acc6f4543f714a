import { describe, expect, it } from 'vitest';
import type { CourtReport } from '../../../src/shared/domain/report/report';
import { publicHolidays } from '../../../src/shared/calendar/publicHolidays';
import { workingDaysBefore } from '../../../src/shared/domain/report/workingDays';
import { reviewWindowNotice } from '../../../src/shared/domain/report/reviewWindow';

const at = '2026-03-01T10:00:00.000Z';

function report(hearing: string | undefined, sharedOn?: string): CourtReport {
  return {
    id: 'r',
    caseId: 'c',
    title: 'Review hearing',
    hearing: { kind: 'review', ...(hearing === undefined ? {} : { date: hearing }) },
    reviewWorkingDays: 5,
    createdAt: at,
    updatedAt: at,
    versions: [
      {
        number: 1,
        status: sharedOn === undefined ? 'draft' : 'shared',
        createdAt: at,
        updatedAt: at,
        sections: [],
        documents: [],
        ...(sharedOn === undefined ? {} : { sharedWith: { partyId: 'p', date: sharedOn, method: 'post' as const } }),
      },
    ],
    comments: [],
  };
}

describe('review window', () => {
  it('finds the last day to share, skipping weekends', () => {
    // Hearing on Friday 2026-03-13: sharing on Friday 2026-03-06 leaves Monday 9 to Friday 13; not Sunday 8.
    expect(workingDaysBefore('2026-03-13', 5)).toBe('2026-03-06');
    // Monday 2026-03-16 with 3: Wednesday 2026-03-11 leaves Thu, Fri and Mon.
    expect(workingDaysBefore('2026-03-16', 3)).toBe('2026-03-11');
    expect(workingDaysBefore('2026-03-16', 0)).toBe('2026-03-16');
  });

  it('says when to share, warns when it is too late or was too short, and is quiet when met', () => {
    expect(reviewWindowNotice(report(undefined), '2026-03-02')).toEqual({ kind: 'no-hearing-date' });
    expect(reviewWindowNotice(report('2026-03-13'), '2026-03-02')).toEqual({
      kind: 'share-by',
      date: '2026-03-06',
      skipped: [],
    });
    expect(reviewWindowNotice(report('2026-03-13'), '2026-03-06')).toEqual({
      kind: 'share-by',
      date: '2026-03-06',
      skipped: [],
    });
    expect(reviewWindowNotice(report('2026-03-13'), '2026-03-10')).toEqual({ kind: 'too-late', days: 3, skipped: [] });
    expect(reviewWindowNotice(report('2026-03-13', '2026-03-11'), '2026-03-12')).toEqual({
      kind: 'short',
      days: 2,
      skipped: [],
    });
    expect(reviewWindowNotice(report('2026-03-13', '2026-03-02'), '2026-03-12')).toEqual({ kind: 'met' });
  });

  it('moves the last day to share back over public holidays, and names them', () => {
    const chile = publicHolidays({ country: 'CL' }, 'es');
    // Hearing Tuesday 2025-09-23, 5 working days: Friday 12 on weekdays alone, Tuesday 9 in Chile.
    expect(reviewWindowNotice(report('2025-09-23'), '2025-09-01')).toMatchObject({ date: '2025-09-16' });
    expect(reviewWindowNotice(report('2025-09-23'), '2025-09-01', chile)).toEqual({
      kind: 'share-by',
      date: '2025-09-12',
      skipped: [
        { date: '2025-09-18', name: 'Fiestas Patrias' },
        { date: '2025-09-19', name: 'Día de las Glorias del Ejército' },
      ],
    });
    // Shared Monday 15: 5 working days without holidays, 3 in Chile.
    expect(reviewWindowNotice(report('2025-09-22', '2025-09-15'), '2025-09-16')).toEqual({ kind: 'met' });
    expect(reviewWindowNotice(report('2025-09-22', '2025-09-15'), '2025-09-16', chile)).toMatchObject({
      kind: 'short',
      days: 3,
    });
  });
});
