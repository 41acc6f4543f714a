import { describe, expect, it } from 'vitest';
import { caseOnly, newCase, updatedCase, withPhaseChange, withStatus } from '../../../src/main/journal/caseChanges';
import { checkAliasFree, checkedCase } from '../../../src/main/journal/caseCheck';
import { describePartyReferences } from '../../../src/main/journal/partyReferences';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import { thrown } from '../vault/fixtures';
import { createCaseRequest, entryContent, parties, storedEntry } from './journalFixtures';

const created = new Date('2025-03-01T12:00:00.000Z');
const later = new Date('2025-04-01T12:00:00.000Z');

function sampleCase(): CaseWithEntries {
  return {
    ...newCase(createCaseRequest('  Familia R. '), 'case-1', created),
    entries: [storedEntry('e-1', entryContent())],
  };
}

describe('a new case', () => {
  it('is open, trims its alias and starts its phase history on the day it opened', () => {
    const journalCase = newCase(createCaseRequest(' Familia R. ', { phase: 'evaluation' }), 'case-1', created);
    expect(journalCase).toMatchObject({
      id: 'case-1',
      alias: 'Familia R.',
      status: 'open',
      phase: 'evaluation',
      phaseHistory: [{ phase: 'evaluation', changedAt: '2025-03-01', decidedBy: 'practitioner' }],
      entries: [],
      createdAt: created.toISOString(),
      updatedAt: created.toISOString(),
    });
    expect(checkedCase(journalCase)).toEqual(journalCase);
    expect(caseOnly(journalCase)).not.toHaveProperty('entries');
  });

  it('refuses an alias another case has, ignoring case and spaces, but not its own', () => {
    const others = [{ id: 'a', alias: 'Familia R.' }];
    expect(thrown(() => checkAliasFree(others, ' FAMILIA r. ')).code).toBe('invalid-request');
    expect(thrown(() => checkAliasFree(others, 'familia r.')).message).toContain('"Familia R."');
    expect(() => checkAliasFree(others, 'familia r.', 'a')).not.toThrow();
    expect(() => checkAliasFree(others, 'Familia S.')).not.toThrow();
  });
});

describe('updating a case', () => {
  it('changes only the fields given and clears reference and program with null', () => {
    const next = updatedCase(sampleCase(), { caseId: 'case-1', alias: 'Familia R. (Talca) ', reference: null }, later);
    expect(next.alias).toBe('Familia R. (Talca)');
    expect(next).not.toHaveProperty('reference');
    expect(next.program).toBe('PPF Norte');
    expect(next.updatedAt).toBe(later.toISOString());
    expect(updatedCase(sampleCase(), { caseId: 'case-1', program: 'FAE' }, later).program).toBe('FAE');
  });

  it('refuses to remove a party a reflection, an earlier version or a goal refers to, and says where', () => {
    const journalCase = sampleCase();
    const [child, mother, grandmother] = parties as [(typeof parties)[0], (typeof parties)[0], (typeof parties)[0]];
    const error = thrown(() => updatedCase(journalCase, { caseId: 'case-1', parties: [child, grandmother] }, later));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('María José cannot be removed');
    expect(error.message).toContain('the goal "Visitas regulares con la madre"');
    expect(error.message).toContain('the reflection of 2025-03-14 (attendees, a tension)');

    // Only an earlier version still names the grandmother.
    const revised: CaseWithEntries = {
      ...journalCase,
      entries: [
        {
          ...storedEntry('e-1', entryContent()),
          history: [{ editedAt: later.toISOString(), previous: entryContent({ attendees: ['p-grandmother'] }) }],
        },
      ],
    };
    expect(describePartyReferences(revised, 'p-grandmother')).toEqual([
      'an earlier version of the reflection of 2025-03-14',
    ]);
    expect(thrown(() => updatedCase(revised, { caseId: 'case-1', parties: [child, mother] }, later)).message).toContain(
      'Rosa cannot be removed',
    );
    // Removing the goal together with the party is fine when nothing else refers to it.
    const unused = { ...journalCase, entries: [] };
    expect(
      updatedCase(unused, { caseId: 'case-1', parties: [child, grandmother], goals: [] }, later).parties,
    ).toHaveLength(2);
  });
});

describe('phase and status', () => {
  it('appends a phase change and moves the case to that phase', () => {
    const request = {
      caseId: 'case-1',
      phase: 'evaluation',
      changedAt: '2025-03-20',
      decidedBy: 'court',
      reason: 'hearing',
    } as const;
    const next = withPhaseChange(sampleCase(), request, later);
    expect(next.phase).toBe('evaluation');
    expect(next.phaseHistory).toEqual([
      { phase: 'start', changedAt: '2025-03-01', decidedBy: 'practitioner' },
      { phase: 'evaluation', changedAt: '2025-03-20', decidedBy: 'court', reason: 'hearing' },
    ]);
    expect(thrown(() => withPhaseChange(next, { ...request, phase: 'evaluation' }, later)).code).toBe(
      'invalid-request',
    );
    expect(
      thrown(() => withPhaseChange(next, { ...request, phase: 'closure', changedAt: '2025-03-19' }, later)).message,
    ).toContain('2025-03-20');
  });

  it('closes not before the opening date, reopens without a closing date, archives', () => {
    const closed = withStatus(sampleCase(), { caseId: 'case-1', status: 'closed', closedAt: '2025-06-30' }, later);
    expect(closed).toMatchObject({ status: 'closed', closedAt: '2025-06-30' });
    const early = { caseId: 'case-1', status: 'closed', closedAt: '2025-02-28' } as const;
    expect(thrown(() => withStatus(sampleCase(), early, later)).code).toBe('invalid-request');
    const reopened = withStatus(closed, { caseId: 'case-1', status: 'open' }, later);
    expect(reopened.status).toBe('open');
    expect(reopened).not.toHaveProperty('closedAt');
    expect(withStatus(closed, { caseId: 'case-1', status: 'archived' }, later)).toMatchObject({
      status: 'archived',
      closedAt: '2025-06-30',
    });
  });
});

describe('the domain check before saving', () => {
  it('turns an unknown party into a readable request error', () => {
    const journalCase = { ...sampleCase(), entries: [storedEntry('e-1', entryContent({ attendees: ['p-nobody'] }))] };
    const error = thrown(() => checkedCase(journalCase));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('entries[0].attendees[0]: unknown party "p-nobody"');
  });
});

describe('moving the day a case opened', () => {
  it('moves the opening date, and the phase the case opened in with it', () => {
    const moved = updatedCase(sampleCase(), { caseId: 'case-1', openedAt: '2025-02-12' }, later);
    expect(moved.openedAt).toBe('2025-02-12');
    expect(moved.phaseHistory).toEqual([{ phase: 'start', changedAt: '2025-02-12', decidedBy: 'practitioner' }]);
    expect(checkedCase(moved)).toEqual(moved);
  });

  it('refuses a day after a later phase change or after the case closed, changing nothing', () => {
    const changed = withPhaseChange(
      sampleCase(),
      { caseId: 'case-1', phase: 'evaluation', changedAt: '2025-03-10', decidedBy: 'team' },
      later,
    );
    const error = thrown(() => updatedCase(changed, { caseId: 'case-1', openedAt: '2025-03-15' }, later));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('2025-03-10');
    // Up to that change is fine: only the first phase moves.
    const moved = updatedCase(changed, { caseId: 'case-1', openedAt: '2025-03-05' }, later);
    expect(moved.phaseHistory.map((change) => change.changedAt)).toEqual(['2025-03-05', '2025-03-10']);
    const closed = withStatus(sampleCase(), { caseId: 'case-1', status: 'closed', closedAt: '2025-03-20' }, later);
    expect(thrown(() => updatedCase(closed, { caseId: 'case-1', openedAt: '2025-03-21' }, later)).message).toContain(
      'after it closed',
    );
  });
});
