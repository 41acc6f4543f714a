import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromInterchange, parseInterchange } from '../../../src/shared/domain/interchange';
import { toInterchange } from '../../../src/shared/domain/interchangeMapping';
import { rejection } from '../../unit/vault/fixtures';
import { createCaseRequest } from '../../unit/journal/journalFixtures';
import { openTestJournal, passphrase, type TestJournal } from './support';

let test: TestJournal;
beforeAll(async () => {
  test = await openTestJournal();
});
afterAll(() => test.close());

const journal = () => test.services.journal;

describe('planned sessions and what became of them', () => {
  let caseId: string;

  it('records a missed session and a plan, keeps them through a lock, and verifies', async () => {
    caseId = (await journal().createCase(createCaseRequest('Familia A.'))).id;
    await journal().updateCase({ caseId, sessionPlan: { frequency: 'custom', everyDays: 10 } });
    await journal().recordAttendance({
      caseId,
      attendanceId: 'a-2',
      plannedOn: '2025-03-20',
      status: 'not-attended',
      noteVisibility: 'private',
    });
    const first = await journal().recordAttendance({
      caseId,
      attendanceId: 'a-1',
      plannedOn: '2025-03-10',
      status: 'cancelled-by-family',
      note: 'Avisó la abuela: el niño con fiebre.',
      noteVisibility: 'supervision',
    });
    // Oldest first by the day planned, whatever the order recorded.
    expect(first.attendance?.map((record) => record.id)).toEqual(['a-1', 'a-2']);

    await test.services.vault.lock();
    await test.services.vault.unlock(passphrase);
    const reopened = await journal().getCase(caseId);
    expect(reopened.sessionPlan).toEqual({ frequency: 'custom', everyDays: 10 });
    expect(reopened.attendance).toEqual(first.attendance);
    expect((await test.services.care.verify()).problems).toEqual([]);
  });

  it('keeps the case list line current: its newest records, newest first, through a lock', async () => {
    const line = async () => (await journal().listCases()).find((summary) => summary.id === caseId)?.recentAttendance;
    expect(await line()).toEqual([
      { plannedOn: '2025-03-20', status: 'not-attended' },
      { plannedOn: '2025-03-10', status: 'cancelled-by-family' },
    ]);
    await journal().recordAttendance({
      caseId,
      attendanceId: 'a-3',
      plannedOn: '2025-03-30',
      status: 'held',
      noteVisibility: 'private',
    });
    await test.services.vault.lock();
    await test.services.vault.unlock(passphrase);
    expect((await line())?.[0]).toEqual({ plannedOn: '2025-03-30', status: 'held' });
  });

  it('changes a record by its id, keeping when it was first made', async () => {
    const before = (await journal().getCase(caseId)).attendance?.find((record) => record.id === 'a-2');
    test.clock.set(new Date(test.clock.now().getTime() + 60_000));
    const changed = await journal().recordAttendance({
      caseId,
      attendanceId: 'a-2',
      plannedOn: '2025-03-20',
      status: 'rescheduled',
      movedTo: '2025-03-24',
      noteVisibility: 'private',
    });
    const record = changed.attendance?.find((item) => item.id === 'a-2');
    expect(record).toMatchObject({ status: 'rescheduled', movedTo: '2025-03-24', createdAt: before?.createdAt });
    expect(record?.updatedAt).not.toBe(before?.updatedAt);
    expect(changed.attendance).toHaveLength(3);
  });

  it('refuses what cannot be true, changing nothing', async () => {
    const before = await journal().getCase(caseId);
    const attempts = [
      { plannedOn: '2025-02-01', status: 'not-attended' as const },
      { plannedOn: '2025-03-20', status: 'rescheduled' as const, movedTo: '2025-03-19' },
    ];
    for (const attempt of attempts) {
      const error = await rejection(
        journal().recordAttendance({ caseId, attendanceId: 'a-3', noteVisibility: 'private', ...attempt }),
      );
      expect(error.code).toBe('invalid-request');
    }
    expect(await journal().getCase(caseId)).toEqual(before);
  });

  it('clears the plan with null', async () => {
    const cleared = await journal().updateCase({ caseId, sessionPlan: null });
    expect(cleared).not.toHaveProperty('sessionPlan');
  });

  it('goes out and comes back through the interchange format unchanged', async () => {
    const journalCase = await journal().getCase(caseId);
    const parsed = parseInterchange(JSON.parse(JSON.stringify(toInterchange([journalCase]))));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const [back] = fromInterchange(parsed.value, { now: () => '2025-05-01T12:00:00.000Z', newId: () => 'new' });
    expect(back?.attendance).toEqual(journalCase.attendance);
  });
});
