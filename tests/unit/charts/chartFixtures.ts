/** Small cases for the chart tests, built by hand so every number is visible in the test. */
import type { AllianceChartLabels, ChartEntry } from '../../../src/shared/charts';
import type { Tension } from '../../../src/shared/domain/reflexivity';
import type { Phase } from '../../../src/shared/domain/taxonomy';

export function tension(partial: Partial<Tension> & Pick<Tension, 'type'>): Tension {
  return { indicators: [], parties: [], intensity: 2, rupture: 'none', repairSteps: [], ...partial };
}

export function chartEntry(
  id: string,
  sessionDate: string,
  phase: Phase,
  extra: Partial<Pick<ChartEntry, 'ratings' | 'tensions'>> = {},
): ChartEntry {
  return { id, sessionDate, phase, ratings: extra.ratings ?? {}, tensions: extra.tensions ?? [] };
}

export const sampleCase = {
  entries: [
    chartEntry('e3', '2025-03-20', 'evaluation', {
      ratings: {
        practitioner: { bond: 4, goals: 3, tasks: 5 },
        caregiver: { bond: 7, goals: 6, tasks: 8, partyId: 'p1' },
      },
      tensions: [tension({ type: 'duty-to-report', rupture: 'confrontation' }), tension({ type: 'couple-conflict' })],
    }),
    chartEntry('e1', '2025-03-01', 'start', {
      ratings: { practitioner: { bond: 6, goals: 5, tasks: 5 } },
      tensions: [tension({ type: 'fear-of-losing-children', rupture: 'withdrawal' })],
    }),
    chartEntry('e2', '2025-03-08', 'start', {
      ratings: { practitioner: { bond: 7, goals: 6, tasks: 6 }, caregiver: { bond: 8, goals: 8, tasks: 7 } },
      tensions: [
        tension({ type: 'fear-of-losing-children' }),
        tension({ type: 'couple-conflict', rupture: 'withdrawal' }),
      ],
    }),
  ],
};

/** The alliance chart's texts, dates left as written, weeks and months named plainly. */
export const allianceLabels: AllianceChartLabels = {
  title: 'Alliance over time',
  description: 'Bond, goals and tasks per session.',
  elements: { bond: 'Bond', goals: 'Goals', tasks: 'Tasks' },
  practitioner: 'My rating',
  caregiver: 'Caregiver',
  ratingAxis: 'Rating (0–10)',
  dateAxis: 'Session date',
  rupturesLane: 'Ruptures',
  phases: { start: 'Start', evaluation: 'Evaluation', intervention: 'Intervention', closure: 'Closure' },
  ruptures: { withdrawal: 'Withdrawal', confrontation: 'Confrontation' },
  empty: 'No ratings yet',
  formatDate: (date) => date,
  periods: {
    axis: { week: 'Week: median of its sessions', month: 'Month: median of its sessions' },
    formatPeriod: (period, start) => `${period} of ${start}`,
    formatTick: (period, date) => (period === 'month' ? date.slice(0, 7) : date),
  },
};
