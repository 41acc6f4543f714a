/** The tensions part of a brief: counts and signs by phase, each rupture with what was tried, and every strategy's outcomes. */
import { tensionCounts } from '../../charts/chartData';
import {
  phases,
  strategies as strategyOrder,
  strategyOutcomes,
  tensionIndicators,
  type StrategyOutcome,
} from '../../domain/taxonomy';
import type { PhaseTensions, RuptureItem, RuptureSession, StrategyTally, TensionSection } from './briefModel';
import { chartSourceOf } from './allianceSummary';
import type { SharedEntry } from './sharedContent';

/** Texts and party ids as the brief prints them. */
export interface Deidentify {
  text: (text: string) => string;
  party: (partyId: string) => string | undefined;
}

function byPhase(entries: readonly SharedEntry[]): PhaseTensions[] {
  return phases.flatMap((phase) => {
    const tensions = entries.filter((entry) => entry.phase === phase).flatMap((entry) => entry.tensions);
    if (tensions.length === 0) return [];
    const counts = new Map<string, number>();
    for (const indicator of tensions.flatMap((tension) => tension.indicators))
      counts.set(indicator, (counts.get(indicator) ?? 0) + 1);
    return [
      {
        phase,
        tensions: tensions.length,
        ruptures: tensions.filter((tension) => tension.rupture !== 'none').length,
        indicators: tensionIndicators
          .filter((indicator) => counts.has(indicator))
          .map((indicator) => ({ indicator, count: counts.get(indicator) ?? 0 })),
      },
    ];
  });
}

/** Each session's ruptures and the strategies tried in it: the tensions part's only texts, each through `deidentify`. */
export function ruptureSessions(entries: readonly SharedEntry[], deidentify: Deidentify): RuptureSession[] {
  return entries.flatMap((entry): RuptureSession[] => {
    const items = entry.tensions.flatMap((tension): RuptureItem[] => {
      if (tension.rupture === 'none') return [];
      const note = tension.note?.trim() ? deidentify.text(tension.note) : undefined;
      return [
        {
          type: tension.type,
          kind: tension.rupture,
          intensity: tension.intensity,
          parties: tension.parties.flatMap((id) => deidentify.party(id) ?? []),
          ...(tension.relationship === undefined ? {} : { relationship: tension.relationship }),
          repairSteps: [...tension.repairSteps],
          ...(note === undefined ? {} : { note }),
        },
      ];
    });
    if (items.length === 0) return [];
    const strategies = entry.strategies.map((use) => ({
      kind: use.kind,
      strategy: use.strategy,
      outcome: use.outcome,
      ...(use.note?.trim() ? { note: deidentify.text(use.note) } : {}),
    }));
    return [{ date: entry.sessionDate, phase: entry.phase, ruptures: items, strategies }];
  });
}

function strategyTallies(entries: readonly SharedEntry[]): StrategyTally[] {
  const tallies = new Map<string, StrategyTally>();
  for (const use of entries.flatMap((entry) => entry.strategies)) {
    const tally = tallies.get(use.strategy) ?? {
      kind: use.kind,
      strategy: use.strategy,
      uses: 0,
      outcomes: Object.fromEntries(strategyOutcomes.map((outcome) => [outcome, 0])) as Record<StrategyOutcome, number>,
    };
    tally.uses += 1;
    tally.outcomes[use.outcome] += 1;
    tallies.set(use.strategy, tally);
  }
  return strategyOrder.flatMap((strategy) => tallies.get(strategy) ?? []);
}

/**
 * Tensions by phase and kind, the ruptures session by session (from `ruptureSessions`, already
 * de-identified), and every strategy's outcomes.
 */
export function tensionSection(entries: readonly SharedEntry[], ruptures: RuptureSession[]): TensionSection {
  return {
    byPhase: byPhase(entries),
    counts: tensionCounts({ entries: chartSourceOf(entries) }),
    ruptures,
    strategies: strategyTallies(entries),
  };
}
