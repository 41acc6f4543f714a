import type { CaseStatus, Phase } from '../../../shared/domain/taxonomy';
import type { CaseSummary } from '../../../shared/journal/caseSummary';

/** What the case list shows: open cases in every phase unless the user chooses otherwise. */
export interface CaseFilters {
  phase: Phase | 'all';
  status: CaseStatus | 'all';
  /** Part of an alias, any case and accents ignored. */
  text: string;
}

export const defaultCaseFilters: CaseFilters = { phase: 'all', status: 'open', text: '' };

/** Every case, whatever its phase and status. */
export const everyCase: CaseFilters = { phase: 'all', status: 'all', text: '' };

/** Lower case without accents, so "Muñoz" is found by "munoz". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase()
    .trim();
}

/** The cases that pass the filters, by alias. */
export function filterCases(cases: readonly CaseSummary[], filters: CaseFilters): CaseSummary[] {
  const text = foldText(filters.text);
  return cases
    .filter(
      (summary) =>
        (filters.phase === 'all' || summary.phase === filters.phase) &&
        (filters.status === 'all' || summary.status === filters.status) &&
        (text === '' || foldText(summary.alias).includes(text)),
    )
    .sort((a, b) => a.alias.localeCompare(b.alias, undefined, { sensitivity: 'base', numeric: true }));
}

/**
 * Filters that show `summary`: these when they do, else the defaults (open cases) when they do,
 * else every case. Used when the case on screen changes, so the list never says "no case
 * matches" beside the case being read.
 */
export function filtersShowing(summary: CaseSummary, filters: CaseFilters): CaseFilters {
  if (filterCases([summary], filters).length > 0) return filters;
  return filterCases([summary], defaultCaseFilters).length > 0 ? defaultCaseFilters : everyCase;
}
