/**
 * The full-width case table's order: each column sorts both ways with ties by alias, the trend
 * puts a falling alliance first and cases without a trend last, and a header click flips only
 * the column already sorted. The sidebar's filters give way to the case on screen.
 */
import { describe, expect, it } from 'vitest';
import { defaultCaseFilters, everyCase, filtersShowing } from '../../../src/renderer/src/cases/caseFilters';
import {
  caseRows,
  defaultCaseSort,
  nextSort,
  sortedRows,
  type CaseSort,
} from '../../../src/renderer/src/cases/caseTable';
import type { CaseSummary } from '../../../src/shared/journal/caseSummary';

const today = '2025-03-31';

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

const cases = [
  summary('Family 10', {
    phase: 'closure',
    lastSessionDate: '2025-03-30',
    recentSessionDates: ['2025-03-30', '2025-03-20', '2025-03-10'],
    recentAllianceScores: [8, 7, 5],
  }),
  summary('Family 9', {
    phase: 'intervention',
    lastSessionDate: '2025-02-01',
    recentSessionDates: ['2025-02-01'],
    recentAllianceScores: [4, 6, 8],
  }),
  summary('family Ñandú', { phase: 'start' }),
  summary('Family B', {
    phase: 'intervention',
    lastSessionDate: '2025-03-15',
    recentSessionDates: ['2025-03-15'],
    recentAllianceScores: [6, 6],
  }),
];
const rows = caseRows(cases, today);
const order = (sort: CaseSort) => sortedRows(rows, sort, 'es').map((row) => row.summary.alias);

describe('the case table', () => {
  it('counts sessions in the last 30 days and reads the trend of each case', () => {
    expect(rows.map((row) => [row.recentSessions, row.trend])).toEqual([
      [3, 'falling'],
      [0, 'rising'],
      [0, undefined],
      [1, 'steady'],
    ]);
  });

  it('sorts by alias as people read it: case and accents aside, numbers in order', () => {
    expect(order(defaultCaseSort)).toEqual(['Family 9', 'Family 10', 'Family B', 'family Ñandú']);
    expect(order({ column: 'alias', direction: 'descending' })).toEqual([
      'family Ñandú',
      'Family B',
      'Family 10',
      'Family 9',
    ]);
  });

  it('sorts by phase in the order of the work, ties by alias', () => {
    expect(order({ column: 'phase', direction: 'ascending' })).toEqual([
      'family Ñandú',
      'Family 9',
      'Family B',
      'Family 10',
    ]);
    expect(order({ column: 'phase', direction: 'descending' })).toEqual([
      'Family 10',
      'Family 9',
      'Family B',
      'family Ñandú',
    ]);
  });

  it('sorts by last session with the cases never seen first, the longest waiting next', () => {
    expect(order({ column: 'lastSession', direction: 'ascending' })).toEqual([
      'family Ñandú',
      'Family 9',
      'Family B',
      'Family 10',
    ]);
    expect(order({ column: 'lastSession', direction: 'descending' })[0]).toBe('Family 10');
  });

  it('sorts by sessions in the last 30 days', () => {
    expect(order({ column: 'recentSessions', direction: 'descending' })).toEqual([
      'Family 10',
      'Family B',
      'Family 9',
      'family Ñandú',
    ]);
  });

  it('puts a falling alliance first, and cases without a trend last in both directions', () => {
    expect(order({ column: 'trend', direction: 'ascending' })).toEqual([
      'Family 10',
      'Family B',
      'Family 9',
      'family Ñandú',
    ]);
    expect(order({ column: 'trend', direction: 'descending' })).toEqual([
      'Family 9',
      'Family B',
      'Family 10',
      'family Ñandú',
    ]);
  });

  it('flips the order on a second click of a header, and starts a new column ascending', () => {
    const byPhase = nextSort(defaultCaseSort, 'phase');
    expect(byPhase).toEqual({ column: 'phase', direction: 'ascending' });
    expect(nextSort(byPhase, 'phase')).toEqual({ column: 'phase', direction: 'descending' });
    expect(nextSort(nextSort(byPhase, 'phase'), 'trend')).toEqual({ column: 'trend', direction: 'ascending' });
  });
});

describe('the sidebar filters and the case on screen', () => {
  const open = summary('Family Open');
  const archived = summary('Family Archived', { status: 'archived', phase: 'closure' });

  it('stay as they are when they list the case', () => {
    const filters = { ...everyCase, phase: 'start' as const };
    expect(filtersShowing(open, filters)).toBe(filters);
  });

  it('go back to the defaults when a filter left at "archived" would hide an open case', () => {
    expect(filtersShowing(open, { ...defaultCaseFilters, status: 'archived' })).toEqual(defaultCaseFilters);
    expect(filtersShowing(open, { ...defaultCaseFilters, text: 'zzz' })).toEqual(defaultCaseFilters);
  });

  it('show every case when even the defaults would hide it', () => {
    expect(filtersShowing(archived, defaultCaseFilters)).toEqual(everyCase);
  });
});
