/**
 * The home queue's warnings across cases, through the real router and services: only active
 * warnings of open cases, newest first, current after every save, decision, status change and
 * threshold change, and each case read again only when it changed.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OpenWarnings } from '../../../src/shared/alliance/openWarnings';
import { createCaseRequest, entryContent } from '../../unit/journal/journalFixtures';
import { openRoutedJournal, type RoutedJournal } from './routedJournal';

let journal: RoutedJournal;
beforeAll(async () => {
  journal = await openRoutedJournal();
});
afterAll(() => journal.test.close());

const call: RoutedJournal['call'] = (method, request) => journal.call(method, request);

/** A session on 2025-03-<day> rated `value` for every element by the practitioner. */
const rated = (caseId: string, day: number, value: number) =>
  call('saveEntry', {
    caseId,
    entryId: `e-${caseId.slice(0, 8)}-${day}`,
    content: entryContent({
      sessionDate: `2025-03-${String(day).padStart(2, '0')}`,
      tensions: [],
      ratings: { practitioner: { bond: value, goals: value, tasks: value } },
    }),
  });

/** Three steady sessions, then every element falls on `fallDay`. */
async function fallingCase(alias: string, fallDay: number): Promise<string> {
  const caseId = (await call('createCase', createCaseRequest(alias))).id;
  for (const day of [2, 4, 6]) await rated(caseId, day, 8);
  await rated(caseId, fallDay, 4);
  return caseId;
}

const queue = () => call('listOpenWarnings', undefined);
const casesIn = (answer: OpenWarnings) => [...new Set(answer.warnings.map((warning) => warning.caseAlias))];

describe('the home queue of open warnings', () => {
  let first: string;
  let second: string;

  it('lists the active warnings of every open case, the newest first, each named by its case', async () => {
    expect(await queue()).toEqual({ warnings: [], casesEvaluated: 0 });
    first = await fallingCase('Familia A.', 8);
    second = await fallingCase('Familia B.', 10);
    const answer = await queue();
    expect(answer.casesEvaluated).toBe(2);
    expect(casesIn(answer)).toEqual(['Familia B.', 'Familia A.']);
    const own = await call('listCaseWarnings', { caseId: first });
    const listed = answer.warnings.filter((warning) => warning.caseId === first);
    expect(listed.map((warning) => warning.warningId).sort()).toEqual(
      own.warnings.map((decided) => decided.warning.id).sort(),
    );
    expect(listed[0]).toMatchObject({ rule: 'alliance-fall', level: 'possible-rupture', latestDate: '2025-03-08' });
  });

  it('reads each case once, then again only once it changed', async () => {
    const store = journal.test.services.journal.open().store;
    const reads = vi.spyOn(store, 'readCase');
    try {
      await queue();
      expect(reads).not.toHaveBeenCalled();
      await rated(second, 12, 4);
      reads.mockClear();
      await queue();
      expect(reads.mock.calls.map(([caseId]) => caseId)).toEqual([second]);
    } finally {
      reads.mockRestore();
    }
  });

  it('drops a dismissed warning, and every warning of a closed case', async () => {
    const [listed] = (await queue()).warnings.filter((warning) => warning.caseId === first);
    await call('decideWarning', {
      caseId: first,
      warningId: listed!.warningId,
      kind: 'dismissed',
      note: 'Lo conversamos en la sesión siguiente.',
      noteVisibility: 'private',
    });
    const after = await queue();
    expect(after.warnings.map((warning) => warning.warningId)).not.toContain(listed!.warningId);
    await call('setCaseStatus', { caseId: second, status: 'closed', closedAt: '2025-03-14' });
    const closed = await queue();
    expect(closed.casesEvaluated).toBe(1);
    expect(casesIn(closed)).toEqual(['Familia A.']);
  });

  it('follows the thresholds in force, as the case screen does', async () => {
    const activeOf = async () =>
      (await call('listCaseWarnings', { caseId: first })).warnings
        .filter((decided) => decided.status === 'active')
        .map((decided) => `${decided.warning.id}/${decided.warning.level}`)
        .sort();
    const listed = async () =>
      (await queue()).warnings.map((warning) => `${warning.warningId}/${warning.level}`).sort();
    const before = await listed();
    expect(before).toEqual(await activeOf());
    await call('setAllianceThresholds', { watchDeviations: 4, ruptureDeviations: 5 });
    const after = await listed();
    expect(after).not.toEqual(before);
    expect(after).toEqual(await activeOf());
    await call('setAllianceThresholds', {});
    expect(await listed()).toEqual(before);
  });
});
