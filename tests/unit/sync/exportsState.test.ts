import { describe, expect, it } from 'vitest';
import { exportRecordKey, exportsRevisionSchema } from '../../../src/main/sync/exportRecordKeys';
import { exportsStateOf } from '../../../src/main/sync/exportsState';
import { caseExportsSchema, type ExportRecord } from '../../../src/shared/exports/exportLog';
import { device, save, sync } from './twoDevices';

function line(id: string, exportedAt: string, status: ExportRecord['status'] = 'confirmed'): ExportRecord {
  return {
    id,
    exportedAt,
    caseId: 'case-1',
    kind: 'supervision-brief',
    format: 'docx',
    fileName: `brief-${id}.docx`,
    sha256: 'a'.repeat(64),
    bytes: 2048,
    status,
  };
}

function twoDevices() {
  return { office: device('a', exportsRevisionSchema), home: device('b', exportsRevisionSchema) };
}

describe('the export file of a case written on two devices', () => {
  it('holds every export either device logged while apart, oldest first, and a later confirmation', () => {
    const { office, home } = twoDevices();
    save(
      office,
      exportRecordKey('export', line('x-1', '2025-04-01T09:00:00.000Z')),
      line('x-1', '2025-04-01T09:00:00.000Z', 'pending'),
      '2025-04-01T09:00:00.000Z',
    );
    save(
      home,
      exportRecordKey('export', line('x-2', '2025-04-01T20:00:00.000Z')),
      line('x-2', '2025-04-01T20:00:00.000Z'),
      '2025-04-01T20:00:00.000Z',
    );
    save(
      office,
      exportRecordKey('export', line('x-1', '2025-04-01T09:00:00.000Z')),
      line('x-1', '2025-04-01T09:00:00.000Z'),
      '2025-04-01T09:00:05.000Z',
    );
    sync(office, home);
    const state = exportsStateOf('case-1', home.known.values());
    expect(state.conflicts).toEqual([]);
    expect(state.exports.exports.map(({ id, status }) => ({ id, status }))).toEqual([
      { id: 'x-1', status: 'confirmed' },
      { id: 'x-2', status: 'confirmed' },
    ]);
    expect(caseExportsSchema.safeParse(state.exports).error).toBeUndefined();
  });

  it('holds a word marked safe on both devices once, whatever its capitals, until one device takes it back', () => {
    const { office, home } = twoDevices();
    expect(exportRecordKey('safeWord', 'PUDAHUEL')).toBe(exportRecordKey('safeWord', ' pudahuel'));
    save(office, exportRecordKey('safeWord', 'Pudahuel'), 'Pudahuel', '2025-04-01T09:00:00.000Z');
    save(home, exportRecordKey('safeWord', 'Pudahuel'), 'Pudahuel', '2025-04-01T20:00:00.000Z');
    save(home, exportRecordKey('nameWord', 'Rosa'), 'Rosa', '2025-04-01T20:00:00.000Z');
    sync(home, office);
    expect(exportsStateOf('case-1', office.known.values()).exports).toMatchObject({
      safeWords: ['Pudahuel'],
      nameWords: ['Rosa'],
    });
    save(office, exportRecordKey('safeWord', 'Pudahuel'), null, '2025-04-02T09:00:00.000Z');
    sync(office, home);
    const state = exportsStateOf('case-1', home.known.values());
    expect(state.exports.safeWords).toEqual([]);
    expect(state.conflicts).toEqual([]);
  });

  it('gives a pseudonym ordinal given apart to two people back to the first, and the next free one to the other', () => {
    const { office, home } = twoDevices();
    const grandmother = { partyId: 'p-grandmother', role: 'caregiver' as const, ordinal: 1 };
    save(office, exportRecordKey('pseudonym', grandmother), grandmother, '2025-04-01T09:00:00.000Z');
    sync(office, home);
    // Apart, each device adds a caregiver and gives it "Caregiver B".
    const aunt = { partyId: 'p-aunt', role: 'caregiver' as const, ordinal: 2 };
    const neighbour = { partyId: 'p-neighbour', role: 'caregiver' as const, ordinal: 2 };
    save(office, exportRecordKey('pseudonym', aunt), aunt, '2025-04-02T09:00:00.000Z');
    save(home, exportRecordKey('pseudonym', neighbour), neighbour, '2025-04-02T20:00:00.000Z');
    // And each names another person "Person A".
    const vecino = { words: ['el vecino'], ordinal: 1 };
    const pareja = { words: ['la pareja nueva'], ordinal: 1 };
    save(home, exportRecordKey('other', vecino), vecino, '2025-04-02T20:00:00.000Z');
    save(office, exportRecordKey('other', pareja), pareja, '2025-04-03T09:00:00.000Z');
    sync(office, home);
    sync(home, office);
    for (const side of [office, home]) {
      const state = exportsStateOf('case-1', side.known.values());
      expect(state.exports.pseudonyms).toEqual([grandmother, aunt, { ...neighbour, ordinal: 3 }]);
      expect(state.exports.others).toEqual([vecino, { ...pareja, ordinal: 2 }]);
      expect(state.renumbered).toEqual([
        { key: exportRecordKey('pseudonym', neighbour), from: 2, to: 3 },
        { key: exportRecordKey('other', pareja), from: 1, to: 2 },
      ]);
      expect(caseExportsSchema.safeParse(state.exports).error).toBeUndefined();
    }
  });

  it('refuses a stored revision that holds one word under another’s key, or takes back a logged export', () => {
    const safe = {
      version: 1,
      device: 'a'.repeat(32),
      sequence: 1,
      key: exportRecordKey('safeWord', 'Pudahuel'),
      replaces: [],
      clock: { wall: 1, counter: 0 },
      value: 'Pudahuel',
    };
    expect(exportsRevisionSchema.safeParse(safe).success).toBe(true);
    expect(exportsRevisionSchema.safeParse({ ...safe, value: 'Maipú' }).success).toBe(false);
    expect(exportsRevisionSchema.safeParse({ ...safe, key: 'export:x-1', value: null }).success).toBe(false);
    expect(exportsRevisionSchema.safeParse({ ...safe, key: 'entry:e-1' }).success).toBe(false);
  });
});
