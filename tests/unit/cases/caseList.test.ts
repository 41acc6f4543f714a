import { describe, expect, it } from 'vitest';
import { allianceTrend } from '../../../src/renderer/src/cases/allianceTrend';
import { defaultCaseFilters, everyCase, filterCases, foldText } from '../../../src/renderer/src/cases/caseFilters';
import { attendanceInLastDays, sessionsInLastDays } from '../../../src/renderer/src/cases/sessionActivity';
import type { CaseSummary } from '../../../src/shared/journal/caseSummary';

function summary(alias: string, overrides: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id: alias.replace(/\W/g, '-'),
    alias,
    phase: 'start',
    status: 'open',
    openedAt: '2025-01-10',
    entryCount: 0,
    recentSessionDates: [],
    recentAllianceScores: [],
    recentAttendance: [],
    updatedAt: '2025-01-10T10:00:00.000Z',
    ...overrides,
  };
}

describe('allianceTrend', () => {
  it('shows no trend without at least two ratings', () => {
    expect(allianceTrend([])).toBeUndefined();
    expect(allianceTrend([6])).toBeUndefined();
  });

  it('reads a clear rise or fall, and small moves as steady', () => {
    expect(allianceTrend([4, 5, 6])).toBe('rising');
    expect(allianceTrend([8, 7, 6.5])).toBe('falling');
    expect(allianceTrend([6, 6.3, 5.9, 6.2])).toBe('steady');
    expect(allianceTrend([5, 5.5])).toBe('steady');
    expect(allianceTrend([5, 6])).toBe('rising');
  });

  it('is not swung by one outlier in an otherwise flat run', () => {
    expect(allianceTrend([7, 7, 7, 2, 7, 7])).toBe('steady');
  });
});

describe('sessionsInLastDays', () => {
  const today = '2025-03-31';

  it('counts today and the 29 days before it', () => {
    expect(sessionsInLastDays(['2025-03-31', '2025-03-02', '2025-03-01', '2025-02-28'], today)).toBe(2);
  });

  it('leaves out sessions typed for a later day', () => {
    expect(sessionsInLastDays(['2025-04-02', '2025-03-30'], today)).toBe(1);
  });

  it('crosses month and year boundaries', () => {
    expect(sessionsInLastDays(['2024-12-31', '2024-12-02', '2024-12-01'], '2024-12-31')).toBe(2);
    expect(sessionsInLastDays(['2024-12-15', '2025-01-05'], '2025-01-10')).toBe(2);
  });

  it('is zero with no sessions', () => {
    expect(sessionsInLastDays([], today)).toBe(0);
  });
});

describe('attendanceInLastDays', () => {
  const today = '2025-03-31';

  it('counts reflections and held records as held, missed and cancelled ones as planned too', () => {
    const line = summary('Familia A.', {
      recentSessionDates: ['2025-03-24', '2025-03-10', '2025-02-20'],
      recentAttendance: [
        { plannedOn: '2025-04-07', status: 'not-attended' },
        { plannedOn: '2025-03-31', status: 'cancelled-by-family' },
        { plannedOn: '2025-03-17', status: 'rescheduled' },
        { plannedOn: '2025-03-03', status: 'held' },
        { plannedOn: '2025-03-02', status: 'cancelled-by-programme' },
        { plannedOn: '2025-03-01', status: 'not-attended' },
      ],
    });
    // Held: two reflections and one record; planned besides: two cancelled (a rescheduled one is
    // planned again, one after today and one before the window are left out).
    expect(attendanceInLastDays(line, today)).toEqual({ held: 3, planned: 5 });
  });

  it('says nothing when nothing is recorded in the window', () => {
    expect(attendanceInLastDays(summary('Familia B.'), today)).toBeUndefined();
    const old = summary('Familia C.', {
      recentSessionDates: ['2025-02-01'],
      recentAttendance: [{ plannedOn: '2025-03-20', status: 'rescheduled' }],
    });
    expect(attendanceInLastDays(old, today)).toBeUndefined();
  });
});

describe('filterCases', () => {
  const cases = [
    summary('Family R.', { phase: 'intervention' }),
    summary('Familia Muñoz', { phase: 'start' }),
    summary('Family B.', { status: 'closed', phase: 'closure' }),
    summary('Family 10', { status: 'archived' }),
    summary('Family 2', { phase: 'evaluation' }),
  ];

  it('shows open cases by default, sorted by alias with numbers in numeric order', () => {
    expect(filterCases(cases, defaultCaseFilters).map((item) => item.alias)).toEqual([
      'Familia Muñoz',
      'Family 2',
      'Family R.',
    ]);
    expect(filterCases(cases, everyCase).map((item) => item.alias)).toEqual([
      'Familia Muñoz',
      'Family 2',
      'Family 10',
      'Family B.',
      'Family R.',
    ]);
  });

  it('reaches closed and archived cases through the status filter', () => {
    expect(filterCases(cases, { ...defaultCaseFilters, status: 'closed' }).map((item) => item.alias)).toEqual([
      'Family B.',
    ]);
    expect(filterCases(cases, { ...defaultCaseFilters, status: 'archived' }).map((item) => item.alias)).toEqual([
      'Family 10',
    ]);
  });

  it('filters by phase within the chosen status', () => {
    expect(filterCases(cases, { ...defaultCaseFilters, phase: 'intervention' }).map((item) => item.alias)).toEqual([
      'Family R.',
    ]);
    expect(filterCases(cases, { ...defaultCaseFilters, phase: 'closure' })).toEqual([]);
  });

  it('finds an alias ignoring case and accents', () => {
    expect(foldText('  Muñoz ')).toBe('munoz');
    expect(filterCases(cases, { ...everyCase, text: 'MUNOZ' }).map((item) => item.alias)).toEqual(['Familia Muñoz']);
  });

  it('does not change the list it was given', () => {
    const before = cases.map((item) => item.alias);
    filterCases(cases, everyCase);
    expect(cases.map((item) => item.alias)).toEqual(before);
  });

  it('filters 200 cases quickly', () => {
    const many = Array.from({ length: 200 }, (_, index) =>
      summary(`Family ${index}`, { status: index % 3 === 0 ? 'closed' : 'open', phase: 'intervention' }),
    );
    const started = performance.now();
    for (let round = 0; round < 100; round += 1) filterCases(many, { ...defaultCaseFilters, text: 'family 1' });
    expect((performance.now() - started) / 100).toBeLessThan(5);
  });
});
