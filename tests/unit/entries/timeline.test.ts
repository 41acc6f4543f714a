import { describe, expect, it } from 'vitest';
import {
  matchesFilters,
  newestFirst,
  timelineRows,
  type TimelineEntry,
} from '../../../src/renderer/src/entries/timeline';
import { timelineBadges, timelineRowHeights } from '../../../src/renderer/src/entries/timelineBadges';
import { rowAt, rowOffsets, visibleRange } from '../../../src/renderer/src/entries/windowing';
import type { Phase } from '../../../src/shared/domain/taxonomy';

function entry(id: string, sessionDate: string, phase: Phase, extra: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    id,
    sessionDate,
    phase,
    visibilities: ['supervision'],
    tensions: [],
    createdAt: `${sessionDate}T18:00:00.000Z`,
    ...extra,
  };
}

const entries = [
  entry('a', '2025-01-10', 'start'),
  entry('b', '2025-02-01', 'evaluation', {
    tensions: [{ type: 'duty-to-report', rupture: 'withdrawal' }],
  }),
  entry('c', '2025-01-20', 'start', {
    visibilities: ['private'],
  }),
  entry('d', '2025-03-01', 'start', {
    tensions: [{ type: 'couple-conflict', rupture: 'none' }],
  }),
];

describe('timeline', () => {
  it('lists newest first, and same-day entries by when they were written', () => {
    const sameDay = [
      entry('early', '2025-01-01', 'start', { createdAt: '2025-01-01T09:00:00.000Z' }),
      entry('late', '2025-01-01', 'start', { createdAt: '2025-01-01T17:00:00.000Z' }),
    ];
    expect(newestFirst(sameDay).map((item) => item.id)).toEqual(['late', 'early']);
  });

  it('puts a phase heading before each run of one phase, with its count', () => {
    const rows = timelineRows(entries);
    expect(rows.map((row) => (row.kind === 'phase' ? `#${row.phase}:${row.count}` : row.key))).toEqual([
      '#start:1',
      'd',
      '#evaluation:1',
      'b',
      '#start:2',
      'c',
      'a',
    ]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
  });

  it('filters by phase, tension type, rupture and visibility', () => {
    const ids = (filters: Parameters<typeof timelineRows>[1]) =>
      timelineRows(entries, filters).flatMap((row) => (row.kind === 'entry' ? [row.entry.id] : []));
    expect(ids({ phase: 'start' })).toEqual(['d', 'c', 'a']);
    expect(ids({ tensionType: 'couple-conflict' })).toEqual(['d']);
    expect(ids({ rupture: 'any' })).toEqual(['b']);
    expect(ids({ rupture: 'confrontation' })).toEqual([]);
    expect(ids({ visibility: 'private' })).toEqual(['c']);
    expect(ids({ phase: 'start', visibility: 'supervision' })).toEqual(['d', 'a']);
    expect(matchesFilters(entries[0]!, {})).toBe(true);
  });

  it('handles two thousand entries quickly', () => {
    const many = Array.from({ length: 2000 }, (_, index) =>
      entry(
        `e${index}`,
        new Date(Date.UTC(2019, 0, 1 + index)).toISOString().slice(0, 10),
        index < 1000 ? 'start' : 'intervention',
      ),
    );
    const started = performance.now();
    const rows = timelineRows(many, { visibility: 'supervision' });
    expect(performance.now() - started).toBeLessThan(200);
    expect(rows).toHaveLength(2002);
  });
});

describe('windowing', () => {
  const offsets = rowOffsets([40, 100, 100, 100, 40, 100]);

  it('adds up the heights', () => {
    expect(offsets).toEqual([0, 40, 140, 240, 340, 380, 480]);
  });

  it('finds the row at a position', () => {
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 39)).toBe(0);
    expect(rowAt(offsets, 40)).toBe(1);
    expect(rowAt(offsets, 479)).toBe(5);
    expect(rowAt(offsets, 10_000)).toBe(5);
  });

  it('renders only the rows in view plus the overscan', () => {
    expect(visibleRange(offsets, 0, 150, 0)).toEqual({ start: 0, end: 3 });
    expect(visibleRange(offsets, 150, 100, 1)).toEqual({ start: 1, end: 5 });
    expect(visibleRange(rowOffsets([]), 0, 500)).toEqual({ start: 0, end: 0 });
  });

  it('keeps the window small in a long list wherever it is scrolled', () => {
    const long = rowOffsets(Array.from({ length: 2000 }, (_, index) => (index % 50 === 0 ? 44 : 112)));
    for (const scrollTop of [0, 50_000, 150_000, long.at(-1)! - 600]) {
      const { start, end } = visibleRange(long, scrollTop, 600, 6);
      expect(end - start).toBeLessThanOrEqual(20);
      expect(long[start]!).toBeLessThanOrEqual(scrollTop);
      expect(long[end]!).toBeGreaterThanOrEqual(Math.min(scrollTop + 600, long.at(-1)!));
    }
  });

  it('puts recorded sessions among the reflections by date and phase, hidden by the filters about what a reflection says', () => {
    const at = '2025-01-01T10:00:00.000Z';
    const records = [
      {
        id: 'missed',
        plannedOn: '2025-02-10',
        status: 'not-attended' as const,
        noteVisibility: 'private' as const,
        createdAt: at,
        updatedAt: at,
      },
      {
        id: 'moved',
        plannedOn: '2025-01-20',
        status: 'rescheduled' as const,
        noteVisibility: 'private' as const,
        createdAt: at,
        updatedAt: at,
      },
    ];
    const attendance = {
      records,
      phaseOn: (date: string) => (date >= '2025-02-01' ? ('evaluation' as const) : ('start' as const)),
    };
    const sessions = [entry('one', '2025-01-20', 'start'), entry('two', '2025-02-15', 'evaluation')];
    const keys = (filters: Parameters<typeof timelineRows>[1]) =>
      timelineRows(sessions, filters, attendance).map((row) =>
        row.kind === 'phase' ? `#${row.phase}:${row.count}` : row.key,
      );
    expect(keys({})).toEqual(['#evaluation:1', 'two', 'attendance-missed', '#start:1', 'one', 'attendance-moved']);
    expect(keys({ phase: 'start' })).toEqual(['#start:1', 'one', 'attendance-moved']);
    expect(keys({ visibility: 'private' })).not.toContain('attendance-missed');
  });
});

describe('the badges of a timeline row', () => {
  it('are listed in order, and a row without any is shorter', () => {
    const plain = { tensions: [], reportable: false };
    expect(timelineBadges(plain)).toEqual([]);
    expect(
      timelineBadges({
        supervisionOf: { exportId: 'x' } as never,
        tensions: [
          { type: 'duty-to-report', rupture: 'confrontation' },
          { type: 'couple-conflict', rupture: 'withdrawal' },
        ],
        reportable: true,
      }),
    ).toEqual([
      { kind: 'supervision' },
      { kind: 'rupture', rupture: 'withdrawal' },
      { kind: 'rupture', rupture: 'confrontation' },
      { kind: 'tensions', count: 2 },
      { kind: 'reportable' },
    ]);
    expect(timelineRowHeights.entryWithoutBadges).toBeLessThan(timelineRowHeights.entry);
  });
});
