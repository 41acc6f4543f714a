/** Which sessions a brief covers when the practitioner does not say: those since the last brief, else all. */
import type { ExportRecord } from '../exportLog';

export type PeriodSource = 'requested' | 'last-brief' | 'all';

export interface ResolvedPeriod {
  from?: string;
  to?: string;
  source: PeriodSource;
}

/**
 * `from: null` asks for everything; `from` undefined starts on the last brief's final day (that
 * day is included again, so a session written up after that brief was made is not skipped).
 */
export function resolvePeriod(
  request: { from?: string | null; to?: string },
  last: ExportRecord | undefined,
): ResolvedPeriod {
  const to = request.to === undefined ? {} : { to: request.to };
  if (request.from === null) return { ...to, source: 'all' };
  if (request.from !== undefined) return { from: request.from, ...to, source: 'requested' };
  if (last?.period !== undefined) return { from: last.period.to, ...to, source: 'last-brief' };
  return { ...to, source: 'all' };
}
