import { describe, expect, it } from 'vitest';
import {
  allianceChart,
  allianceTimeline,
  groupAlliance,
  groupPoints,
  median,
  mostPointsShown,
  periodOf,
  suggestedPeriod,
  type ChartEntry,
  type SvgElement,
} from '../../../src/shared/charts';
import { allianceLabels as labels, chartEntry, tension } from './chartFixtures';

const rated = (bond: number, goals: number, tasks: number) => ({ bond, goals, tasks });

/** `count` sessions `step` days apart from 2022-01-03, ratings from a fixed cycle (no randomness). */
function longCase(count: number, step: number): { entries: ChartEntry[] } {
  const first = Date.UTC(2022, 0, 3);
  return {
    entries: Array.from({ length: count }, (_, index) =>
      chartEntry(`e${index}`, new Date(first + index * step * 86_400_000).toISOString().slice(0, 10), 'intervention', {
        ratings: { practitioner: rated(index % 11, (index * 3) % 11, (index * 7) % 11) },
      }),
    ),
  };
}

function texts(element: SvgElement): string[] {
  return element.children.flatMap((child) =>
    typeof child === 'string' ? (element.tag === 'text' || element.tag === 'title' ? [child] : []) : texts(child),
  );
}

function count(element: SvgElement, predicate: (node: SvgElement) => boolean): number {
  return (
    (predicate(element) ? 1 : 0) +
    element.children.reduce((sum, child) => sum + (typeof child === 'string' ? 0 : count(child, predicate)), 0)
  );
}

describe('periods of the alliance chart', () => {
  it('run Monday to Sunday, across a year end, and over whole calendar months', () => {
    expect(periodOf('2025-03-05', 'week')).toEqual({ start: '2025-03-03', end: '2025-03-09' });
    expect(periodOf('2025-03-09', 'week')).toEqual({ start: '2025-03-03', end: '2025-03-09' });
    expect(periodOf('2025-03-10', 'week')).toEqual({ start: '2025-03-10', end: '2025-03-16' });
    expect(periodOf('2024-12-31', 'week')).toEqual({ start: '2024-12-30', end: '2025-01-05' });
    expect(periodOf('2024-02-10', 'month')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodOf('2025-12-31', 'month')).toEqual({ start: '2025-12-01', end: '2025-12-31' });
  });

  it('take the median: the middle value, or the mean of the two middle ones', () => {
    expect(median([7, 2, 9])).toBe(7);
    expect(median([6, 3, 8, 4])).toBe(5);
    expect(median([5])).toBe(5);
    expect(() => median([])).toThrow();
  });
});

describe('grouping sessions by week or month', () => {
  const source = {
    entries: [
      // Week of 3 March: three sessions, the caregiver rated one.
      chartEntry('a', '2025-03-03', 'start', { ratings: { practitioner: rated(6, 2, 9) } }),
      chartEntry('b', '2025-03-05', 'evaluation', {
        ratings: { practitioner: rated(7, 4, 1), caregiver: { ...rated(8, 8, 7), partyId: 'p1' } },
        tensions: [tension({ type: 'couple-conflict', rupture: 'withdrawal' })],
      }),
      chartEntry('c', '2025-03-09', 'evaluation', {
        tensions: [
          tension({ type: 'couple-conflict', rupture: 'withdrawal' }),
          tension({ type: 'duty-to-report', rupture: 'confrontation' }),
        ],
      }),
      // Week of 17 March: one session in each phase (a tie: the later one counts).
      chartEntry('d', '2025-03-17', 'evaluation', { ratings: { practitioner: rated(3, 3, 3) } }),
      chartEntry('e', '2025-03-18', 'intervention', { ratings: { practitioner: rated(5, 6, 8) } }),
      // April.
      chartEntry('f', '2025-04-02', 'intervention', { ratings: { practitioner: rated(9, 9, 9) } }),
    ],
  };
  const sessions = allianceTimeline(source);

  it('gives each week the median of its rated sessions, side by side, and counts its ruptures', () => {
    const weeks = groupAlliance(sessions, 'week');
    expect(weeks.map((week) => [week.start, week.end, week.sessions])).toEqual([
      ['2025-03-03', '2025-03-09', 3],
      ['2025-03-17', '2025-03-23', 2],
      ['2025-03-31', '2025-04-06', 1],
    ]);
    const [first, second] = weeks;
    expect(first?.practitioner).toEqual(rated(6.5, 3, 5));
    expect(first?.practitionerSessions).toBe(2);
    expect(first?.caregiver).toEqual(rated(8, 8, 7));
    expect(first?.caregiverSessions).toBe(1);
    expect(first?.ruptures).toEqual({ withdrawal: 2, confrontation: 1 });
    expect(first?.phase).toBe('evaluation');
    expect(second?.phase).toBe('intervention');
    expect(second?.practitioner).toEqual(rated(4, 4.5, 5.5));
    expect(second?.caregiver).toBeUndefined();
  });

  it('gives each month the median of all its sessions', () => {
    const months = groupAlliance(sessions, 'month');
    expect(months.map((month) => [month.start, month.sessions, month.practitioner])).toEqual([
      ['2025-03-01', 5, rated(5.5, 3.5, 5.5)],
      ['2025-04-01', 1, rated(9, 9, 9)],
    ]);
  });

  it('turns groups into chart points dated by their first day, with each rupture kind once', () => {
    const points = groupPoints(groupAlliance(sessions, 'week'));
    expect(points[0]).toEqual({
      entryId: 'week:2025-03-03',
      sessionDate: '2025-03-03',
      phase: 'evaluation',
      ruptures: ['withdrawal', 'confrontation'],
      practitioner: rated(6.5, 3, 5),
      caregiver: rated(8, 8, 7),
    });
  });

  it('suggests each session up to sixty, then weeks while they are few enough, then months', () => {
    expect(suggestedPeriod(allianceTimeline(longCase(mostPointsShown, 7)))).toBe('session');
    // 61 sessions twice a week: 31 weeks.
    expect(suggestedPeriod(allianceTimeline(longCase(mostPointsShown + 1, 3.5)))).toBe('week');
    expect(suggestedPeriod(allianceTimeline(longCase(2_000, 7)))).toBe('month');
  });
});

describe('the alliance chart by period', () => {
  const many = longCase(2_000, 7);

  it('draws one point per month for two thousand weekly sessions, and says what a point is', () => {
    const months = groupAlliance(allianceTimeline(many), 'month');
    const chart = allianceChart(many, labels, { period: 'month' });
    const pointsOf = (element: SvgElement) =>
      element.tag === 'polyline' ? (element.attributes.points as string).split(' ').length : 0;
    const lengths: number[] = [];
    const walk = (element: SvgElement) => {
      if (element.tag === 'polyline') lengths.push(pointsOf(element));
      for (const child of element.children) if (typeof child !== 'string') walk(child);
    };
    walk(chart);
    // Bond, goals and tasks of the practitioner: one vertex per month.
    expect(lengths).toEqual([months.length, months.length, months.length]);
    expect(months.length).toBeLessThan(500);
    const words = texts(chart);
    expect(words).toContain('Month: median of its sessions');
    expect(words).not.toContain('Session date');
    // Few enough months for markers: each names its month and its median.
    const fewer = longCase(200, 7);
    const firstMonth = groupAlliance(allianceTimeline(fewer), 'month')[0];
    expect(texts(allianceChart(fewer, labels, { period: 'month' }))).toContain(
      `My rating, Bond: ${firstMonth?.practitioner?.bond} (month of 2022-01-01)`,
    );
  });

  it('draws every session by default, and refuses weeks without period labels', () => {
    const chart = allianceChart(many, labels);
    expect(count(chart, (node) => node.tag === 'polyline')).toBe(3);
    expect(texts(chart)).toContain('Session date');
    const { periods: _unused, ...withoutPeriods } = labels;
    expect(() => allianceChart(many, withoutPeriods, { period: 'week' })).toThrow(/period labels/);
  });
});
