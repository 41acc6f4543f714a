import { describe, expect, it } from 'vitest';
import type { Party } from '../../../src/shared/domain/party';
import {
  briefLanguageOf,
  briefRequest,
  choiceProblems,
  defaultChoices,
} from '../../../src/renderer/src/exports/briefChoices';
import { withAlias } from '../../../src/renderer/src/exports/partyAliases';
import { groupReplacements } from '../../../src/renderer/src/exports/replacementGroups';

const caseId = '7d5e8f3a-0c1b-4e8f-9a55-3c2f1b0e9d11';

describe('brief choices', () => {
  it('leave the period, phases and language to main by default', () => {
    const request = briefRequest(caseId, defaultChoices('es'));
    expect(request).toEqual({
      caseId,
      language: 'es',
      parts: ['questions', 'alliance', 'tensions', 'state', 'excerpts', 'notes'],
    });
    expect(request).not.toHaveProperty('from');
    expect(request).not.toHaveProperty('phases');
  });

  it('ask for everything, or from a date, and only the phases chosen', () => {
    const choices = defaultChoices('en');
    expect(briefRequest(caseId, { ...choices, start: 'all' })?.from).toBeNull();
    const dated = briefRequest(caseId, { ...choices, start: 'date', from: '2025-02-01', to: '2025-03-01' });
    expect(dated).toMatchObject({ from: '2025-02-01', to: '2025-03-01' });
    expect(briefRequest(caseId, { ...choices, phases: ['start', 'closure'] })?.phases).toEqual(['start', 'closure']);
  });

  it('send nothing while a choice is missing', () => {
    const choices = { ...defaultChoices('en'), start: 'date' as const, phases: [] };
    expect(choiceProblems(choices)).toEqual(['fromMissing', 'phasesMissing']);
    expect(briefRequest(caseId, choices)).toBeUndefined();
  });

  it('start in the language of the interface', () => {
    expect(briefLanguageOf('es-CL')).toBe('es');
    expect(briefLanguageOf('es')).toBe('es');
    expect(briefLanguageOf('en-GB')).toBe('en');
    expect(briefLanguageOf(undefined)).toBe('en');
  });
});

describe('replacement groups', () => {
  it('put names first and the most frequent first inside a kind', () => {
    const groups = groupReplacements([
      { kind: 'phone', original: '+56 9 1234 5678', replacement: '[phone number removed]', count: 1 },
      { kind: 'name', original: 'Majo', replacement: 'Caregiver A', count: 1 },
      { kind: 'name', original: 'Tomás', replacement: 'Child 1', count: 3 },
    ]);
    expect(groups.map((group) => group.kind)).toEqual(['name', 'phone']);
    expect(groups[0]?.items.map((item) => item.original)).toEqual(['Tomás', 'Majo']);
    expect(groups[0]?.total).toBe(4);
  });
});

describe('adding a name to a party', () => {
  const parties: Party[] = [
    { id: 'a1b2c3d4-0000-4000-8000-000000000001', role: 'caregiver', name: 'María José Pérez', aliases: ['Majo'] },
    { id: 'a1b2c3d4-0000-4000-8000-000000000002', role: 'child', name: 'Tomás', aliases: [] },
  ];

  it('adds the word to that party only and keeps every other party', () => {
    const next = withAlias(parties, parties[1]!.id, ' Tomi ');
    expect(next[1]?.aliases).toEqual(['Tomi']);
    expect(next[0]).toBe(parties[0]);
    expect(next).toHaveLength(2);
  });

  it('does not add a name the party already has, in any case or accents', () => {
    expect(withAlias(parties, parties[0]!.id, 'MAJO')[0]?.aliases).toEqual(['Majo']);
    expect(withAlias(parties, parties[1]!.id, 'tomas')[1]?.aliases).toEqual([]);
  });
});
