/**
 * Home's work queue as a pure function: which open cases are overdue for a reflection (the
 * boundary day included), which drafts, reports, comments, actions and warnings are listed, in
 * what order, and what is left out (archived and closed cases, drafts of removed cases, reports
 * already submitted).
 */
import { describe, expect, it } from 'vitest';
import type { OpenWarning } from '../../../src/shared/alliance/openWarnings';
import { hearingAgenda } from '../../../src/shared/domain/report/hearingAgenda';
import type { CaregiverComment, CourtReport, ReportVersion } from '../../../src/shared/domain/report/report';
import {
  daysBetween,
  overdueCases,
  workQueue,
  type OpenCaseFacts,
  type WorkQueueInput,
} from '../../../src/shared/home/workQueue';
import type { CaseSummary } from '../../../src/shared/journal/caseSummary';
import type { Draft } from '../../../src/shared/journal/requests';
import type { OpenAction } from '../../../src/shared/journal/supervisionRequests';

// Monday 9 March 2026.
const today = '2026-03-09';
const at = '2026-03-01T10:00:00.000Z';

function summary(id: string, alias: string, overrides: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id,
    alias,
    phase: 'intervention',
    status: 'open',
    openedAt: '2026-01-05',
    entryCount: 0,
    recentSessionDates: [],
    recentAllianceScores: [],
    recentAttendance: [],
    updatedAt: at,
    ...overrides,
  };
}

const noFacts: OpenCaseFacts = { warnings: [], actions: [], sessionDates: {} };

function version(number: number, status: ReportVersion['status'], sharedOn?: string): ReportVersion {
  return {
    number,
    status,
    createdAt: at,
    updatedAt: at,
    sections: [],
    documents: [],
    ...(sharedOn === undefined ? {} : { sharedWith: { partyId: 'p', date: sharedOn, method: 'post' as const } }),
  };
}

function report(
  id: string,
  caseId: string,
  hearing: string | undefined,
  versions: ReportVersion[],
  comments: CaregiverComment[] = [],
): CourtReport {
  return {
    id,
    caseId,
    title: `Report ${id}`,
    hearing: { kind: 'review', ...(hearing === undefined ? {} : { date: hearing }) },
    reviewWorkingDays: 3,
    createdAt: at,
    updatedAt: at,
    versions,
    comments,
  };
}

function comment(id: string, recordedOn: string, answered = false): CaregiverComment {
  return {
    id,
    version: 1,
    section: 'concerns',
    stance: 'disagrees',
    words: 'No estoy de acuerdo con lo que dice.',
    recordedOn,
    ...(answered ? { response: { outcome: 'changed', note: 'Se corrigió la fecha.' } } : {}),
  } as CaregiverComment;
}

function draft(draftId: string, caseId: string, entryId: string, savedAt: string): Draft {
  return { draftId, caseId, entryId, savedAt, content: {} };
}

function input(overrides: Partial<WorkQueueInput>): WorkQueueInput {
  return {
    cases: [],
    openCases: new Map(),
    reports: new Map(),
    drafts: [],
    hearings: [],
    today,
    reflectionIntervalDays: 14,
    ...overrides,
  };
}

describe('days between calendar dates', () => {
  it('counts whole days, across month ends and the change to summer time', () => {
    expect(daysBetween('2026-03-09', '2026-03-09')).toBe(0);
    expect(daysBetween('2026-02-23', '2026-03-09')).toBe(14);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-04-04', '2026-04-05')).toBe(1);
    expect(daysBetween('2026-03-10', '2026-03-09')).toBe(-1);
  });
});

describe('cases overdue for a reflection', () => {
  it('lists an open case only once more days than the interval have passed, longest first', () => {
    const cases = [
      summary('exact', 'Family Exact', { lastSessionDate: '2026-02-23' }), // 14 days: not yet
      summary('one-over', 'Family One', { lastSessionDate: '2026-02-22' }), // 15 days
      summary('long', 'Family Long', { lastSessionDate: '2026-01-09' }), // 59 days
      summary('recent', 'Family Recent', { lastSessionDate: '2026-03-08' }),
      summary('ahead', 'Family Ahead', { lastSessionDate: '2026-03-12' }), // typed ahead: recent
    ];
    expect(overdueCases(cases, today, 14)).toEqual([
      { caseId: 'long', caseAlias: 'Family Long', lastSessionDate: '2026-01-09', days: 59 },
      { caseId: 'one-over', caseAlias: 'Family One', lastSessionDate: '2026-02-22', days: 15 },
    ]);
    expect(overdueCases(cases, today, 7).map((item) => item.caseId)).toEqual(['long', 'one-over', 'exact']);
    expect(overdueCases(cases, today, 60)).toEqual([]);
  });

  it('counts a case with no reflection yet from its opening date, and says it has none', () => {
    const [item] = overdueCases([summary('new', 'Family New', { openedAt: '2026-02-01' })], today, 14);
    expect(item).toEqual({ caseId: 'new', caseAlias: 'Family New', days: 36 });
    expect(overdueCases([summary('new', 'Family New', { openedAt: '2026-03-01' })], today, 14)).toEqual([]);
  });

  it('leaves closed and archived cases out, however long ago their last session was', () => {
    const queue = workQueue(
      input({
        cases: [
          summary('closed', 'Family Closed', { status: 'closed', lastSessionDate: '2025-01-01' }),
          summary('archived', 'Family Archived', { status: 'archived', lastSessionDate: '2025-01-01' }),
          summary('open', 'Family Open', { lastSessionDate: '2025-12-01' }),
        ],
      }),
    );
    expect(queue.overdue.map((item) => item.caseId)).toEqual(['open']);
    expect(queue).toMatchObject({ caseCount: 3, openCaseCount: 1, reflectionIntervalDays: 14 });
  });

  it('orders cases overdue by the same number of days by alias, numbers in order', () => {
    const cases = ['Family 10', 'Family 9', 'family 2'].map((alias, index) =>
      summary(`c${index}`, alias, { lastSessionDate: '2026-01-01' }),
    );
    expect(overdueCases(cases, today, 14).map((item) => item.caseAlias)).toEqual(['family 2', 'Family 9', 'Family 10']);
  });
});

describe('drafts across cases', () => {
  it('lists drafts of cases still in the journal and not archived, the oldest first, naming the reflection revised', () => {
    const queue = workQueue(
      input({
        cases: [
          summary('a', 'Family A'),
          summary('b', 'Family B', { status: 'closed' }),
          summary('z', 'Family Z', { status: 'archived' }),
        ],
        openCases: new Map([['a', { ...noFacts, sessionDates: { 'entry-1': '2026-03-02' } }]]),
        drafts: [
          draft('d-new', 'a', 'entry-new', '2026-03-08T09:00:00.000Z'),
          draft('d-old', 'a', 'entry-1', '2026-03-05T09:00:00.000Z'),
          draft('d-closed', 'b', 'entry-9', '2026-03-06T09:00:00.000Z'),
          draft('d-archived', 'z', 'entry-8', '2026-03-01T09:00:00.000Z'),
          draft('d-removed', 'gone', 'entry-7', '2026-03-01T09:00:00.000Z'),
        ],
      }),
    );
    expect(queue.drafts).toEqual([
      {
        draftId: 'd-old',
        caseId: 'a',
        caseAlias: 'Family A',
        entryId: 'entry-1',
        savedAt: '2026-03-05T09:00:00.000Z',
        revisesSessionOf: '2026-03-02',
      },
      {
        draftId: 'd-closed',
        caseId: 'b',
        caseAlias: 'Family B',
        entryId: 'entry-9',
        savedAt: '2026-03-06T09:00:00.000Z',
      },
      {
        draftId: 'd-new',
        caseId: 'a',
        caseAlias: 'Family A',
        entryId: 'entry-new',
        savedAt: '2026-03-08T09:00:00.000Z',
      },
    ]);
  });
});

describe('court reports in the queue', () => {
  const reports = [
    report('late', 'a', '2026-03-11', [version(1, 'draft')]),
    report('soon', 'a', '2026-03-20', [version(1, 'draft')]),
    report('undated', 'b', undefined, [version(1, 'draft')]),
    report(
      'revised-undated',
      'b',
      undefined,
      [version(1, 'shared', '2026-03-02'), version(2, 'draft')],
      [comment('k1', '2026-03-04'), comment('k2', '2026-03-03'), comment('k3', '2026-03-03', true)],
    ),
    report('shared', 'b', '2026-03-30', [version(1, 'shared', '2026-03-05')], [comment('k4', '2026-03-06')]),
    report(
      'submitted',
      'b',
      '2026-03-02',
      [version(1, 'shared', '2026-02-20'), version(2, 'submitted')],
      [comment('k5', '2026-02-21')],
    ),
  ];
  const byCase = new Map([
    ['a', reports.filter((item) => item.caseId === 'a')],
    ['b', reports.filter((item) => item.caseId === 'b')],
  ]);
  const agenda = hearingAgenda(
    [...byCase].map(([caseId, caseReports]) => ({
      caseId,
      caseAlias: caseId === 'a' ? 'Family A' : 'Family B',
      reports: caseReports,
    })),
    today,
  );
  const queue = workQueue(
    input({ cases: [summary('a', 'Family A'), summary('b', 'Family B')], reports: byCase, hearings: agenda }),
  );

  it('lists the reports not yet shared: past the review window first, then by last day, then undated', () => {
    expect(queue.toShare.map((item) => `${item.reportId}/${item.step}`)).toEqual([
      'late/share-late',
      'soon/share-by',
      'undated/set-hearing-date',
    ]);
  });

  it('keeps every coming hearing, submitted reports and past hearings left out', () => {
    expect(queue.hearings.map((item) => item.reportId)).toEqual(agenda.map((item) => item.reportId));
    expect(queue.hearings.map((item) => item.reportId)).not.toContain('submitted');
  });

  it('counts the comments without an answer per report, the one waiting longest first, submitted reports left out', () => {
    expect(queue.comments).toEqual([
      {
        caseId: 'b',
        caseAlias: 'Family B',
        reportId: 'revised-undated',
        title: 'Report revised-undated',
        count: 2,
        oldestRecordedOn: '2026-03-03',
      },
      {
        caseId: 'b',
        caseAlias: 'Family B',
        reportId: 'shared',
        title: 'Report shared',
        count: 1,
        oldestRecordedOn: '2026-03-06',
      },
    ]);
  });
});

describe('agreed actions and warnings', () => {
  const action = (caseId: string, actionId: string, due: string | undefined, agreedOn: string): OpenAction => ({
    caseId,
    caseAlias: 'old alias',
    actionId,
    what: `Action ${actionId}`,
    ...(due === undefined ? {} : { due }),
    agreedOn,
    supervisor: 'Ana',
  });
  const warning = (caseId: string, warningId: string, latestDate: string): OpenWarning => ({
    caseId,
    caseAlias: 'old alias',
    warningId,
    rule: 'alliance-fall',
    level: 'watch',
    element: 'bond',
    latestDate,
  });

  it('come from the open cases only, named as the case list names them now, in queue order', () => {
    const queue = workQueue(
      input({
        cases: [summary('a', 'Family A'), summary('b', 'Family B'), summary('c', 'Family C', { status: 'closed' })],
        openCases: new Map([
          [
            'a',
            {
              ...noFacts,
              actions: [action('a', 'x1', undefined, '2026-02-01'), action('a', 'x2', '2026-03-12', '2026-02-10')],
              warnings: [warning('a', 'w1', '2026-03-01')],
            },
          ],
          [
            'b',
            {
              ...noFacts,
              actions: [action('b', 'x3', '2026-03-02', '2026-02-20')],
              warnings: [warning('b', 'w2', '2026-03-05')],
            },
          ],
          // A closed case's facts, left from before it was closed, are not listed.
          [
            'c',
            {
              ...noFacts,
              actions: [action('c', 'x4', '2026-03-01', '2026-02-01')],
              warnings: [warning('c', 'w3', '2026-03-08')],
            },
          ],
        ]),
      }),
    );
    expect(queue.actions.map((item) => `${item.actionId}/${item.caseAlias}`)).toEqual([
      'x3/Family B',
      'x2/Family A',
      'x1/Family A',
    ]);
    expect(queue.warnings.map((item) => `${item.warningId}/${item.caseAlias}`)).toEqual(['w2/Family B', 'w1/Family A']);
  });

  it('is empty for an empty journal', () => {
    expect(workQueue(input({}))).toEqual({
      caseCount: 0,
      openCaseCount: 0,
      reflectionIntervalDays: 14,
      overdue: [],
      drafts: [],
      toShare: [],
      comments: [],
      hearings: [],
      actions: [],
      warnings: [],
    });
  });
});
