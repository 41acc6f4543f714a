import { describe, expect, it } from 'vitest';
import { reportRecordKey, reportsRevisionSchema, type ReportHead } from '../../../src/main/sync/reportRecordKeys';
import { reportsStateOf } from '../../../src/main/sync/reportsState';
import { caseReportsSchema, type CaregiverComment, type ReportVersion } from '../../../src/shared/domain/report/report';
import { newReport, sections, statement } from '../reports/reportFixtures';
import { device, save, sync } from './twoDevices';

const { versions, comments: _comments, ...head } = newReport();
const firstVersion = versions[0] as ReportVersion;

function draft(number: number, text: string, updatedAt: string): ReportVersion {
  return {
    ...firstVersion,
    number,
    ...(number > 1 ? { basedOn: number - 1 } : {}),
    updatedAt,
    sections: sections({ concerns: [statement('s-1', text)] }),
  };
}

function saveHead(on: ReturnType<typeof device>, value: ReportHead, at: string) {
  return save(on, reportRecordKey('report', value), value, at);
}

function saveVersion(on: ReturnType<typeof device>, version: ReportVersion, at: string) {
  const value = { reportId: head.id, version };
  return save(on, reportRecordKey('reportVersion', value), value, at);
}

/** A report made at the office and synced home. */
function reportAtBoth() {
  const office = device('a', reportsRevisionSchema);
  const home = device('b', reportsRevisionSchema);
  saveHead(office, head, '2025-03-20T10:00:00.000Z');
  saveVersion(office, draft(1, 'Primer borrador.', '2025-03-20T10:00:00.000Z'), '2025-03-20T10:00:00.000Z');
  sync(office, home);
  return { office, home };
}

describe('the court reports of a case written on two devices', () => {
  it('hold the report with every comment recorded on either device, readable as the single-device file', () => {
    const { office, home } = reportAtBoth();
    const comment: CaregiverComment = {
      id: 'c-1',
      version: 1,
      section: 'concerns',
      stance: 'disagrees',
      words: 'No es así.',
      recordedOn: '2025-03-22',
    };
    const value = { reportId: head.id, comment };
    save(home, reportRecordKey('comment', value), value, '2025-03-22T20:00:00.000Z');
    sync(home, office);
    const state = reportsStateOf('case-1', office.known.values());
    expect(state.conflicts).toEqual([]);
    expect(state.reports.reports).toHaveLength(1);
    expect(state.reports.reports[0]?.comments).toEqual([comment]);
    expect(caseReportsSchema.safeParse(state.reports).error).toBeUndefined();
  });

  it('keeps a draft edited on both devices apart: the later is current, the other waits to be settled', () => {
    const { office, home } = reportAtBoth();
    const atOffice = saveVersion(
      office,
      draft(1, 'Corregido en la oficina.', '2025-03-21T09:00:00.000Z'),
      '2025-03-21T09:00:00.000Z',
    );
    const atHome = saveVersion(
      home,
      draft(1, 'Corregido en la casa.', '2025-03-21T20:00:00.000Z'),
      '2025-03-21T20:00:00.000Z',
    );
    sync(office, home);
    const state = reportsStateOf('case-1', home.known.values());
    expect(state.conflicts).toEqual([
      {
        key: reportRecordKey('reportVersion', { reportId: head.id, version: { number: 1 } }),
        kind: 'reportVersion',
        current: atHome,
        others: [atOffice],
        toSettle: true,
      },
    ]);
    expect(
      state.reports.reports[0]?.versions[0]?.sections.find((section) => section.kind === 'concerns')?.statements[0]
        ?.text,
    ).toBe('Corregido en la casa.');
  });

  it('never loses a "version 2" made on each device apart: one is current, the other waits to be settled', () => {
    const { office, home } = reportAtBoth();
    saveVersion(office, draft(2, 'Versión 2 de la oficina.', '2025-03-25T09:00:00.000Z'), '2025-03-25T09:00:00.000Z');
    saveVersion(home, draft(2, 'Versión 2 de la casa.', '2025-03-25T20:00:00.000Z'), '2025-03-25T20:00:00.000Z');
    sync(home, office);
    const state = reportsStateOf('case-1', office.known.values());
    expect(state.reports.reports[0]?.versions.map((version) => version.number)).toEqual([1, 2]);
    expect(state.conflicts.map(({ kind, toSettle, others }) => ({ kind, toSettle, others: others.length }))).toEqual([
      { kind: 'reportVersion', toSettle: true, others: 1 },
    ]);
  });

  it('shows a report only once its first version has arrived', () => {
    const office = device('a', reportsRevisionSchema);
    saveHead(office, head, '2025-03-20T10:00:00.000Z');
    expect(reportsStateOf('case-1', office.known.values()).reports.reports).toEqual([]);
  });

  it('refuses a stored version filed under another report’s key', () => {
    const value = { reportId: head.id, version: firstVersion };
    const stored = {
      version: 1,
      device: 'a'.repeat(32),
      sequence: 1,
      key: reportRecordKey('reportVersion', value),
      replaces: [],
      clock: { wall: 1, counter: 0 },
      value,
    };
    expect(reportsRevisionSchema.safeParse(stored).success).toBe(true);
    expect(reportsRevisionSchema.safeParse({ ...stored, value: { ...value, reportId: 'r2' } }).success).toBe(false);
    expect(reportsRevisionSchema.safeParse({ ...stored, value: null }).success).toBe(false);
  });
});
