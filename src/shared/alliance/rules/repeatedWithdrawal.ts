/**
 * R7: the same withdrawal indicator noted in `indicatorSessions` sessions in a row (default 3),
 * in a run that reaches the recent sessions. Withdrawal ruptures are quiet (minimal answers,
 * absences, submission) and easy to miss one session at a time (Safran & Muran, 2000; the 3RS,
 * Eubanks et al., 2019). A session without the indicator ends the run.
 */
import type { TensionIndicator } from '../../domain/taxonomy';
import { buildWarning } from '../buildWarning';
import { sessionOf, type CaseView } from '../caseView';
import type { AllianceEntry } from '../input';
import type { WarningOfRule } from '../warning';
import { isWithdrawalIndicator, withdrawalIndicators } from '../withdrawalIndicators';

export function repeatedWithdrawalWarnings(view: CaseView): WarningOfRule<'repeated-withdrawal'>[] {
  const { indicatorSessions, recentSessions } = view.thresholds;
  const { entries } = view;
  const recentFrom = entries.length - recentSessions;
  const warnings: WarningOfRule<'repeated-withdrawal'>[] = [];
  // Where each indicator's current run started.
  const runs = new Map<TensionIndicator, number>();
  const close = (indicator: TensionIndicator, start: number, end: number) => {
    const length = end - start;
    if (length < indicatorSessions || end - 1 < recentFrom) return;
    const run = entries.slice(start, end);
    warnings.push(
      buildWarning(
        'repeated-withdrawal',
        { level: 'watch', sessions: run.map(sessionOf), details: { indicator, sessionsInRow: length } },
        // The run's first sessions: the same id while the run goes on.
        [indicator, ...run.slice(0, indicatorSessions).map((entry) => entry.id)],
      ),
    );
  };
  for (const [position, entry] of entries.entries()) {
    const noted = indicatorsOf(entry);
    for (const [indicator, start] of runs) {
      if (!noted.has(indicator)) {
        close(indicator, start, position);
        runs.delete(indicator);
      }
    }
    for (const indicator of noted) if (!runs.has(indicator)) runs.set(indicator, position);
  }
  for (const [indicator, start] of runs) close(indicator, start, entries.length);
  return warnings.sort(
    (a, b) => withdrawalIndicators.indexOf(a.details.indicator) - withdrawalIndicators.indexOf(b.details.indicator),
  );
}

function indicatorsOf(entry: AllianceEntry): Set<TensionIndicator> {
  const noted = new Set<TensionIndicator>();
  for (const tension of entry.tensions) {
    for (const indicator of tension.indicators) if (isWithdrawalIndicator(indicator)) noted.add(indicator);
  }
  return noted;
}
