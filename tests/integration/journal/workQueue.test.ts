/**
 * Home's work queue through the real router and services: every list from one call, current
 * after the changes that move it (a reflection, a draft, a report, a setting, a status), and each
 * open case decrypted once for the queue, the warnings list and the actions list together.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CourtReport } from '../../../src/shared/domain/report/report';
import { createCaseRequest, entryContent } from '../../unit/journal/journalFixtures';
import { openRoutedJournal, type RoutedJournal } from './routedJournal';

let journal: RoutedJournal;
beforeAll(async () => {
  // Friday 14 March 2025.
  journal = await openRoutedJournal();
});
afterAll(() => journal.test.close());

const call: RoutedJournal['call'] = (method, request) => journal.call(method, request);
const queue = () => call('getWorkQueue', undefined);

const session = (caseId: string, entryId: string, sessionDate: string, rating = 8) =>
  call('saveEntry', {
    caseId,
    entryId,
    content: entryContent({
      sessionDate,
      tensions: [],
      ratings: { practitioner: { bond: rating, goals: rating, tasks: rating } },
    }),
  });

describe('the work queue', () => {
  const ids: Record<string, string> = {};

  it('answers an empty journal with empty lists and the default interval', async () => {
    expect(await queue()).toEqual({
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

  it('lists overdue cases, drafts, reports to share, unanswered comments and hearings in one answer', async () => {
    for (const alias of ['Familia Antigua', 'Familia Reciente', 'Familia Nueva', 'Familia Cerrada']) {
      ids[alias] = (await call('createCase', createCaseRequest(alias, { openedAt: '2025-01-06' }))).id;
    }
    await session(ids['Familia Antigua']!, 'e-old', '2025-02-20'); // 22 days before 14 March
    await session(ids['Familia Reciente']!, 'e-recent', '2025-03-10');
    await session(ids['Familia Cerrada']!, 'e-closed', '2025-01-10');
    await call('setCaseStatus', { caseId: ids['Familia Cerrada']!, status: 'closed', closedAt: '2025-03-01' });
    await call('saveDraft', {
      draftId: 'd-revision',
      caseId: ids['Familia Antigua']!,
      entryId: 'e-old',
      content: { sessionDate: '2025-02-20' },
    });
    await call('saveDraft', { draftId: 'd-new', caseId: ids['Familia Reciente']!, entryId: 'e-next', content: {} });
    const toShare = (await call('createReport', {
      caseId: ids['Familia Antigua']!,
      title: 'Audiencia de revisión',
      hearing: { kind: 'review', date: '2025-03-31' },
      language: 'es',
    })) as CourtReport;
    const commented = (await call('createReport', {
      caseId: ids['Familia Reciente']!,
      title: 'Primera audiencia',
      hearing: { kind: 'first', date: '2025-04-04' },
      language: 'es',
    })) as CourtReport;
    const key = { caseId: ids['Familia Reciente']!, reportId: commented.id };
    await call('shareReviewCopy', {
      ...key,
      sharedWith: { partyId: 'p-grandmother', date: '2025-03-12', method: 'post' },
    });
    await call('recordReportComment', {
      ...key,
      comment: { version: 1, section: 'concerns', stance: 'disagrees', words: 'No fue así.', recordedOn: '2025-03-13' },
    });

    const answer = await queue();
    expect(answer).toMatchObject({ caseCount: 4, openCaseCount: 3, reflectionIntervalDays: 14 });
    expect(answer.overdue).toEqual([
      // Opened on 6 January, no reflection yet: 67 days.
      { caseId: ids['Familia Nueva'], caseAlias: 'Familia Nueva', days: 67 },
      { caseId: ids['Familia Antigua'], caseAlias: 'Familia Antigua', lastSessionDate: '2025-02-20', days: 22 },
    ]);
    expect(answer.drafts.map((draft) => [draft.draftId, draft.caseAlias, draft.revisesSessionOf])).toEqual([
      ['d-revision', 'Familia Antigua', '2025-02-20'],
      ['d-new', 'Familia Reciente', undefined],
    ]);
    expect(answer.toShare.map((item) => [item.reportId, item.step, item.shareBy])).toEqual([
      [toShare.id, 'share-by', '2025-03-24'],
    ]);
    expect(answer.comments).toEqual([
      {
        caseId: ids['Familia Reciente'],
        caseAlias: 'Familia Reciente',
        reportId: commented.id,
        title: 'Primera audiencia',
        count: 1,
        oldestRecordedOn: '2025-03-13',
      },
    ]);
    expect(answer.hearings.map((item) => item.reportId)).toEqual([toShare.id, commented.id]);
  });

  it('reads each open case once for the queue, the warnings and the actions, and again only once it changed', async () => {
    const store = journal.test.services.journal.open().store;
    await queue();
    const reads = vi.spyOn(store, 'readCase');
    try {
      await queue();
      await call('listOpenWarnings', undefined);
      await call('listOpenActions', undefined);
      expect(reads).not.toHaveBeenCalled();
      await session(ids['Familia Nueva']!, 'e-first', '2025-03-14');
      reads.mockClear();
      const answer = await queue();
      expect(reads.mock.calls.map(([caseId]) => caseId)).toEqual([ids['Familia Nueva']]);
      expect(answer.overdue.map((item) => item.caseAlias)).toEqual(['Familia Antigua']);
    } finally {
      reads.mockRestore();
    }
  });

  it('follows the interval chosen in Settings', async () => {
    await call('updateSettings', { reflectionIntervalDays: 30 });
    expect((await queue()).overdue).toEqual([]);
    await call('updateSettings', { reflectionIntervalDays: 7 });
    const answer = await queue();
    expect(answer.reflectionIntervalDays).toBe(7);
    expect(answer.overdue.map((item) => item.caseAlias)).toEqual(['Familia Antigua']);
  });

  it('drops a saved draft, and every row of an archived case', async () => {
    await session(ids['Familia Reciente']!, 'e-next', '2025-03-14');
    expect((await queue()).drafts.map((draft) => draft.draftId)).toEqual(['d-revision']);
    await call('setCaseStatus', { caseId: ids['Familia Antigua']!, status: 'archived' });
    const answer = await queue();
    expect(answer.overdue).toEqual([]);
    expect(answer.drafts).toEqual([]);
    expect(answer.toShare).toEqual([]);
    expect(answer.hearings.map((item) => item.caseAlias)).toEqual(['Familia Reciente']);
  });

  it('is refused while the journal is locked', async () => {
    await journal.test.services.vault.lock();
    expect(await journal.refusal('getWorkQueue', undefined)).toBe('locked');
  });
});
