/**
 * The full-width case list: one row per case with the columns a practitioner sorts by, and the
 * sort itself. Pure, so the order is tested without a screen.
 */
import { phases } from '../../../shared/domain/taxonomy';
import type { CaseSummary } from '../../../shared/journal/caseSummary';
import { allianceTrend, type AllianceTrend } from './allianceTrend';
import { sessionsInLastDays } from './sessionActivity';

export const caseColumns = ['alias', 'phase', 'lastSession', 'recentSessions', 'trend'] as const;
export type CaseColumn = (typeof caseColumns)[number];

export interface CaseSort {
  column: CaseColumn;
  direction: 'ascending' | 'descending';
}

/** Alias A to Z: how the sidebar lists cases too. */
export const defaultCaseSort: CaseSort = { column: 'alias', direction: 'ascending' };

export interface CaseRow {
  summary: CaseSummary;
  /** Sessions in the last 30 days, today included. */
  recentSessions: number;
  trend: AllianceTrend | undefined;
}

export function caseRows(cases: readonly CaseSummary[], today: string): CaseRow[] {
  return cases.map((summary) => ({
    summary,
    recentSessions: sessionsInLastDays(summary.recentSessionDates, today),
    trend: allianceTrend(summary.recentAllianceScores),
  }));
}

/** A click on a column's header: the other direction on the sorted column, ascending on a new one. */
export function nextSort(current: CaseSort, column: CaseColumn): CaseSort {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** Falling first: ascending by trend puts the cases that need a look on top. No trend goes last. */
const trendRank: Record<AllianceTrend, number> = { falling: 0, steady: 1, rising: 2 };

/**
 * The rows in the chosen order; ties by alias. Ascending means A to Z, the order of the phases,
 * the oldest last session (cases with none first: they wait longest), fewest sessions, and a
 * falling alliance first. Cases without a trend stay last in both directions.
 */
export function sortedRows(rows: readonly CaseRow[], sort: CaseSort, language?: string): CaseRow[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const byAlias = (a: CaseRow, b: CaseRow) => collator.compare(a.summary.alias, b.summary.alias);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare = (a: CaseRow, b: CaseRow): number => {
    switch (sort.column) {
      case 'alias':
        return sign * byAlias(a, b);
      case 'phase':
        return sign * (phases.indexOf(a.summary.phase) - phases.indexOf(b.summary.phase)) || byAlias(a, b);
      case 'lastSession':
        return sign * (a.summary.lastSessionDate ?? '').localeCompare(b.summary.lastSessionDate ?? '') || byAlias(a, b);
      case 'recentSessions':
        return sign * (a.recentSessions - b.recentSessions) || byAlias(a, b);
      case 'trend': {
        if (a.trend === undefined || b.trend === undefined) {
          return (a.trend === undefined ? 1 : 0) - (b.trend === undefined ? 1 : 0) || byAlias(a, b);
        }
        return sign * (trendRank[a.trend] - trendRank[b.trend]) || byAlias(a, b);
      }
    }
  };
  return [...rows].sort(compare);
}
