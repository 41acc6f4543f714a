import { describe, expect, it } from 'vitest';
import { buildEcomap, type EcomapLine, type EcomapParty } from '../../../src/shared/ecomap';
import { family, session, source } from './ecomapFixtures';

type LineFacts = Pick<EcomapLine, 'quality' | 'strongSessions' | 'strainedSessions' | 'sessions' | 'noDataReason'>;

function lineOf(parties: EcomapParty[], entries: Parameters<typeof source>[1], partyId: string): LineFacts {
  const line = buildEcomap(source(parties, entries)).lines.find((each) => each.partyId === partyId);
  if (line === undefined) throw new Error(`no line for ${partyId}`);
  const { quality, strongSessions, strainedSessions, sessions, noDataReason } = line;
  return { quality, strongSessions, strainedSessions, sessions, ...(noDataReason ? { noDataReason } : {}) };
}

const twoParents: EcomapParty[] = [...family, { id: 'father', role: 'parent' }];

describe('the ecomap lines', () => {
  it.each<[string, EcomapParty[], Parameters<typeof source>[1], string, LineFacts]>([
    [
      'a note on the only parent is the mother’s line',
      family,
      [session('s1', '2025-01-10', { relationships: [{ relationship: 'parent-child', quality: 'strong' }] })],
      'mother',
      { quality: 'strong', strongSessions: 1, strainedSessions: 0, sessions: 1 },
    ],
    [
      'strained in one session, strong in another: mixed, two sessions',
      family,
      [
        session('s1', '2025-01-10', { relationships: [{ relationship: 'caregiver-child', quality: 'strained' }] }),
        session('s2', '2025-01-17', { relationships: [{ relationship: 'caregiver-child', quality: 'strong' }] }),
      ],
      'grandmother',
      { quality: 'mixed', strongSessions: 1, strainedSessions: 1, sessions: 2 },
    ],
    [
      'the same relationship noted twice in one session counts one session',
      family,
      [
        session('s1', '2025-01-10', {
          relationships: [
            { relationship: 'parent-child', quality: 'strained' },
            { relationship: 'parent-child', quality: 'strained' },
          ],
        }),
      ],
      'mother',
      { quality: 'strained', strongSessions: 0, strainedSessions: 1, sessions: 1 },
    ],
    [
      'a parent–child tension naming the parent strains their line',
      twoParents,
      [session('s1', '2025-01-10', { tensions: [{ parties: ['father'], relationship: 'parent-child' }] })],
      'father',
      { quality: 'strained', strongSessions: 0, strainedSessions: 1, sessions: 1 },
    ],
    [
      'a tension naming the parent but placed in no relationship says nothing about the line',
      family,
      [session('s1', '2025-01-10', { tensions: [{ parties: ['mother'] }] })],
      'mother',
      { quality: 'no-data', strongSessions: 0, strainedSessions: 0, sessions: 0, noDataReason: 'no-notes' },
    ],
    [
      'a tension in the parent–caregiver relationship is not on the line to the child',
      family,
      [session('s1', '2025-01-10', { tensions: [{ parties: ['mother'], relationship: 'parent-caregiver' }] })],
      'mother',
      { quality: 'no-data', strongSessions: 0, strainedSessions: 0, sessions: 0, noDataReason: 'no-notes' },
    ],
    [
      'with two parents a parent–child note is nobody’s line',
      twoParents,
      [session('s1', '2025-01-10', { relationships: [{ relationship: 'parent-child', quality: 'strong' }] })],
      'mother',
      { quality: 'no-data', strongSessions: 0, strainedSessions: 0, sessions: 0, noDataReason: 'role-shared' },
    ],
    [
      'a professional–child note is not tied to the one professional party',
      family,
      [session('s1', '2025-01-10', { relationships: [{ relationship: 'professional-child', quality: 'strong' }] })],
      'psychologist',
      { quality: 'no-data', strongSessions: 0, strainedSessions: 0, sessions: 0, noDataReason: 'no-notes' },
    ],
    [
      'a professional–child tension naming the psychologist is theirs',
      family,
      [session('s1', '2025-01-10', { tensions: [{ parties: ['psychologist'], relationship: 'professional-child' }] })],
      'psychologist',
      { quality: 'strained', strongSessions: 0, strainedSessions: 1, sessions: 1 },
    ],
    [
      'a relative has no relationship with the child in the journal’s list',
      family,
      [session('s1', '2025-01-10', { tensions: [{ parties: ['uncle'], relationship: 'parent-child' }] })],
      'uncle',
      {
        quality: 'no-data',
        strongSessions: 0,
        strainedSessions: 0,
        sessions: 0,
        noDataReason: 'no-relationship-for-role',
      },
    ],
    [
      'strong note and naming tension in the same session: mixed, one session',
      family,
      [
        session('s1', '2025-01-10', {
          relationships: [{ relationship: 'parent-child', quality: 'strong' }],
          tensions: [{ parties: ['mother', 'child'], relationship: 'parent-child' }],
        }),
      ],
      'mother',
      { quality: 'mixed', strongSessions: 1, strainedSessions: 1, sessions: 1 },
    ],
  ])('%s', (_name, parties, entries, partyId, expected) => {
    expect(lineOf(parties, entries, partyId)).toEqual(expected);
  });

  it('puts every child at the centre and draws a line for everyone else, in the case’s order', () => {
    const map = buildEcomap(source([...family, { id: 'sister', role: 'child' }], []));
    expect(map.centre).toEqual(['child', 'sister']);
    expect(map.lines.map((line) => line.partyId)).toEqual(['mother', 'grandmother', 'psychologist', 'uncle', 'court']);
    expect(map.lines.every((line) => line.quality === 'no-data')).toBe(true);
  });

  it('counts only the sessions of the period, both ends included', () => {
    const entries = ['2025-01-31', '2025-02-01', '2025-02-28', '2025-03-01'].map((date, index) =>
      session(`s${index}`, date, { relationships: [{ relationship: 'parent-child', quality: 'strong' }] }),
    );
    const map = buildEcomap(source(family, entries), { from: '2025-02-01', to: '2025-02-28' });
    expect(map.sessions).toBe(2);
    expect(map.lines.find((line) => line.partyId === 'mother')?.strongSessions).toBe(2);
  });

  it('lists the notes no line can carry, with the reason', () => {
    const map = buildEcomap(
      source(
        twoParents.filter((party) => party.role !== 'caregiver'),
        [
          session('s1', '2025-01-10', {
            relationships: [
              { relationship: 'parent-child', quality: 'strong' },
              { relationship: 'professional-parent', quality: 'strained' },
              { relationship: 'professional-child', quality: 'strong' },
              { relationship: 'caregiver-child', quality: 'strained' },
            ],
          }),
          session('s2', '2025-01-17', { relationships: [{ relationship: 'parent-child', quality: 'strained' }] }),
        ],
      ),
    );
    expect(map.unplaced).toEqual([
      { relationship: 'parent-child', reason: 'role-shared', strongSessions: 1, strainedSessions: 1 },
      { relationship: 'professional-parent', reason: 'secondary', strongSessions: 0, strainedSessions: 1 },
      {
        relationship: 'professional-child',
        reason: 'practitioner-or-professional',
        strongSessions: 1,
        strainedSessions: 0,
      },
      { relationship: 'caregiver-child', reason: 'no-party', strongSessions: 0, strainedSessions: 1 },
    ]);
  });

  it('ignores a tension naming a party the case no longer has', () => {
    const map = buildEcomap(
      source(family, [
        session('s1', '2025-01-10', { tensions: [{ parties: ['gone'], relationship: 'parent-child' }] }),
      ]),
    );
    expect(map.lines.find((line) => line.partyId === 'mother')?.quality).toBe('no-data');
    expect(map.lines.some((line) => line.partyId === 'gone')).toBe(false);
  });
});
