/**
 * The compare view: the case's first three months beside its last three. The last three months
 * end on the later of the case's closing and its last session, so an open case is read up to
 * what was written, not up to a clock this pure code has no access to.
 */
import type { Ecomap } from './ecomap';
import { buildEcomap } from './buildEcomap';
import type { EcomapPeriod, EcomapSource } from './input';

/** Months in each of the two periods compared. */
export const comparedMonths = 3;

export interface EcomapComparison {
  first: Ecomap & { period: Required<EcomapPeriod> };
  last: Ecomap & { period: Required<EcomapPeriod> };
  /** The case is shorter than six months, so some sessions are in both maps. */
  overlapping: boolean;
}

/** `YYYY-MM-DD` moved by whole months, kept to the last day of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` moved by whole days. */
export function addDays(date: string, days: number): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The two periods: from opening for three months, and the three months up to the case's end. */
export function comparedPeriods(source: Pick<EcomapSource, 'openedAt' | 'closedAt' | 'entries'>): {
  first: Required<EcomapPeriod>;
  last: Required<EcomapPeriod>;
} {
  const lastSession = source.entries.reduce(
    (latest, entry) => (entry.sessionDate > latest ? entry.sessionDate : latest),
    source.openedAt,
  );
  const end = source.closedAt !== undefined && source.closedAt > lastSession ? source.closedAt : lastSession;
  const first = { from: source.openedAt, to: addDays(addMonths(source.openedAt, comparedMonths), -1) };
  const lastFrom = addDays(addMonths(end, -comparedMonths), 1);
  const last = { from: lastFrom < source.openedAt ? source.openedAt : lastFrom, to: end };
  return { first, last };
}

export function compareEcomaps(source: EcomapSource): EcomapComparison {
  const periods = comparedPeriods(source);
  return {
    first: buildEcomap(source, periods.first) as EcomapComparison['first'],
    last: buildEcomap(source, periods.last) as EcomapComparison['last'],
    overlapping: periods.last.from <= periods.first.to,
  };
}
