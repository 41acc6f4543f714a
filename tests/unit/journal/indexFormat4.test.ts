/**
 * Case-list format 3 → 4: a format-3 index (the frozen fixture) reads, its lines without
 * attendance; the migration step completes each from its case file, keeps a line that already
 * has attendance, and gives none to a case file it cannot read. A newer format is refused.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexFromStored, indexVersion } from '../../../src/main/journal/indexDocument';
import { hasAttendance, indexToVersion4 } from '../../../src/main/journal/indexMigrations/toVersion4';
import type { AttendanceRecord } from '../../../src/shared/domain/attendance';
import { caseSummarySchema } from '../../../src/shared/journal/caseSummary';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/index-formats/index-v3.json');
const records = (): Record<string, unknown>[] => JSON.parse(readFileSync(fixture, 'utf8')) as Record<string, unknown>[];
const stored = (data: unknown[]) => ({ data, generation: 2, log: { records: data.length } as never });

const record = (id: string, plannedOn: string, status: AttendanceRecord['status']): AttendanceRecord => ({
  id,
  plannedOn,
  status,
  noteVisibility: 'private',
  createdAt: `${plannedOn}T20:00:00.000Z`,
  updatedAt: `${plannedOn}T20:00:00.000Z`,
});

describe('case-list format 4', () => {
  it('is the format this version writes', () => {
    expect(indexVersion).toBe(4);
  });

  it('reads a format-3 index: the same cases and positions, no attendance in the lines', () => {
    const read = indexFromStored(stored(records()), 'index.alz');
    expect(read.stored.cases.map((line) => line.alias)).toEqual(['Familia A.', 'Family B.', 'Family C.']);
    expect(read.stored.cases.some(hasAttendance)).toBe(false);
    expect(read.positions).toEqual({
      'case:case-a': { generation: 2, length: 4096 },
      'case:case-b': { generation: 1, length: 512 },
      'case:case-c': { generation: 1, length: 900 },
    });
  });

  it('completes each line from its case file, newest first, and keeps a line that has attendance', async () => {
    const laterLine = {
      ...(records()[1] as { summary: Record<string, unknown> }).summary,
      recentAttendance: [{ plannedOn: '2025-03-12', status: 'cancelled-by-family' }],
    };
    const read = indexFromStored(
      stored([...records(), { version: 4, type: 'case', summary: laterLine, position: { generation: 2 } }]),
      'index.alz',
    );
    const asked: string[] = [];
    const lines = await indexToVersion4(read.stored.cases, async (caseId) => {
      asked.push(caseId);
      if (caseId === 'case-b') throw new Error('damaged');
      return [record('a1', '2025-03-03', 'held'), record('a2', '2025-03-17', 'not-attended')];
    });
    expect(asked).toEqual(['case-a', 'case-b']);
    expect(lines.every((line) => caseSummarySchema.safeParse(line).success)).toBe(true);
    expect(lines.map((line) => [line.id, line.recentAttendance])).toEqual([
      [
        'case-a',
        [
          { plannedOn: '2025-03-17', status: 'not-attended' },
          { plannedOn: '2025-03-03', status: 'held' },
        ],
      ],
      ['case-b', []],
      ['case-c', [{ plannedOn: '2025-03-12', status: 'cancelled-by-family' }]],
    ]);
  });

  it('refuses a line of format 3 that claims format 4, and a newer format', () => {
    const [snapshot] = records();
    expect(() => indexFromStored(stored([{ ...snapshot, version: 4 }]), 'index.alz')).toThrow(/not what this version/);
    expect(() => indexFromStored(stored([{ ...snapshot, version: 5 }]), 'index.alz')).toThrow(/newer version/);
  });
});
