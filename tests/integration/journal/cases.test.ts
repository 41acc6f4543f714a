import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../../unit/vault/fixtures';
import { createCaseRequest, entryContent, parties } from '../../unit/journal/journalFixtures';
import { openTestJournal, type TestJournal } from './support';

let test: TestJournal;
beforeAll(async () => {
  test = await openTestJournal();
});
afterAll(() => test.close());

const journal = () => test.services.journal;

describe('the case lifecycle', () => {
  let caseId: string;

  it('creates an open case with a UUID, its first phase in the history, and a line in the case list', async () => {
    const created = await journal().createCase(createCaseRequest('Familia R.'));
    caseId = created.id;
    expect(caseId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(created).toMatchObject({
      alias: 'Familia R.',
      status: 'open',
      phase: 'start',
      phaseHistory: [{ phase: 'start', changedAt: '2025-03-01', decidedBy: 'practitioner' }],
      createdAt: test.clock.now().toISOString(),
    });
    expect(created).not.toHaveProperty('entries');
    expect(await journal().listCases()).toEqual([
      expect.objectContaining({ id: caseId, alias: 'Familia R.', phase: 'start', status: 'open', entryCount: 0 }),
    ]);
    expect((await journal().getCase(caseId)).entries).toEqual([]);
  });

  it('refuses a second case with the same alias, ignoring case and spaces', async () => {
    const error = await rejection(journal().createCase(createCaseRequest('  familia r. ')));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('"Familia R."');
    expect(await journal().listCases()).toHaveLength(1);
  });

  it('lets only one of two cases created at once with the same alias through', async () => {
    const results = await Promise.allSettled([
      journal().createCase(createCaseRequest('Familia Q.')),
      journal().createCase(createCaseRequest('familia q.')),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected']);
    const created = results[0]?.status === 'fulfilled' ? results[0].value : undefined;
    await journal().setCaseStatus({ caseId: created!.id, status: 'archived' });
  });

  it('renames a case, refusing an alias another case has', async () => {
    const other = await journal().createCase(createCaseRequest('Familia S.'));
    expect((await rejection(journal().updateCase({ caseId: other.id, alias: 'FAMILIA R.' }))).code).toBe(
      'invalid-request',
    );
    const renamed = await journal().updateCase({ caseId, alias: 'Familia R. (Talca)', reference: null });
    expect(renamed.alias).toBe('Familia R. (Talca)');
    expect(renamed).not.toHaveProperty('reference');
    // Its own alias in another case is fine.
    await journal().updateCase({ caseId, alias: 'familia r. (talca)' });
    expect((await journal().listCases()).map((summary) => summary.alias)).toEqual([
      'Familia Q.',
      'familia r. (talca)',
      'Familia S.',
    ]);
  });

  it('keeps the phase history when the phase changes', async () => {
    await journal().changeCasePhase({ caseId, phase: 'evaluation', changedAt: '2025-03-20', decidedBy: 'team' });
    const moved = await journal().changeCasePhase({
      caseId,
      phase: 'intervention',
      changedAt: '2025-04-15',
      decidedBy: 'court',
      reason: 'Resolución del tribunal',
    });
    expect(moved.phase).toBe('intervention');
    expect(moved.phaseHistory.map((change) => [change.phase, change.changedAt, change.decidedBy])).toEqual([
      ['start', '2025-03-01', 'practitioner'],
      ['evaluation', '2025-03-20', 'team'],
      ['intervention', '2025-04-15', 'court'],
    ]);
    expect((await journal().getCase(caseId)).phaseHistory).toEqual(moved.phaseHistory);
    const backwards = journal().changeCasePhase({
      caseId,
      phase: 'closure',
      changedAt: '2025-04-01',
      decidedBy: 'team',
    });
    expect((await rejection(backwards)).code).toBe('invalid-request');
  });

  it('closes, reopens and archives', async () => {
    const early = journal().setCaseStatus({ caseId, status: 'closed', closedAt: '2025-02-01' });
    expect((await rejection(early)).code).toBe('invalid-request');
    expect(await journal().setCaseStatus({ caseId, status: 'closed', closedAt: '2025-09-30' })).toMatchObject({
      status: 'closed',
      closedAt: '2025-09-30',
    });
    const reopened = await journal().setCaseStatus({ caseId, status: 'open' });
    expect(reopened.status).toBe('open');
    expect(reopened).not.toHaveProperty('closedAt');
    await journal().setCaseStatus({ caseId, status: 'archived' });
    expect((await journal().listCases()).find((summary) => summary.id === caseId)?.status).toBe('archived');
  });

  it('refuses to remove a party a reflection still refers to, naming the reflection, and saves nothing', async () => {
    await journal().saveEntry({ caseId, entryId: 'e-1', content: entryContent({ attendees: ['p-grandmother'] }) });
    const withoutRosa = parties.filter((party) => party.id !== 'p-grandmother');
    const error = await rejection(journal().updateCase({ caseId, parties: withoutRosa, alias: 'Otro nombre' }));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('Rosa cannot be removed');
    expect(error.message).toContain('the reflection of 2025-03-14');
    const unchanged = await journal().getCase(caseId);
    expect(unchanged.parties).toHaveLength(3);
    expect(unchanged.alias).toBe('familia r. (talca)');
    // Renaming a party keeps its id, so that is always allowed.
    const renamed = parties.map((party) => (party.id === 'p-grandmother' ? { ...party, name: 'Rosa Elena' } : party));
    expect((await journal().updateCase({ caseId, parties: renamed })).parties[2]?.name).toBe('Rosa Elena');
  });

  it('answers missing-file for a case that does not exist', async () => {
    expect((await rejection(journal().getCase('no-such-case'))).code).toBe('missing-file');
  });
});
