import { describe, expect, it } from 'vitest';
import { assignPseudonyms, assignmentFor, pseudonymLabel } from '../../../src/shared/exports/deidentify/pseudonyms';

describe('pseudonyms', () => {
  const parties = [
    { id: 'c1', role: 'child' as const },
    { id: 'm', role: 'parent' as const },
    { id: 'c2', role: 'child' as const },
    { id: 'g', role: 'caregiver' as const },
    { id: 'f', role: 'parent' as const },
  ];

  it('numbers children and letters everyone else, by role, in case order', () => {
    const assigned = assignPseudonyms(parties, []);
    const labels = parties.map((party) => pseudonymLabel(assignmentFor(assigned, party)!, 'en'));
    expect(labels).toEqual(['Child 1', 'Parent A', 'Child 2', 'Caregiver A', 'Parent B']);
    expect(parties.map((party) => pseudonymLabel(assignmentFor(assigned, party)!, 'es'))).toEqual([
      'NNA 1',
      'Madre/padre A',
      'NNA 2',
      'Persona cuidadora A',
      'Madre/padre B',
    ]);
  });

  it('keeps earlier pseudonyms when parties are added, removed or reordered, and never reuses one', () => {
    const first = assignPseudonyms(parties, []);
    const later = [{ id: 'n', role: 'parent' as const }, ...parties.filter((party) => party.id !== 'm')];
    const second = assignPseudonyms(later, first);
    expect(assignmentFor(second, { id: 'f', role: 'parent' })?.ordinal).toBe(2);
    expect(assignmentFor(second, { id: 'n', role: 'parent' })?.ordinal).toBe(3);
    const changed = assignPseudonyms([{ id: 'g', role: 'relative' }], second);
    expect(pseudonymLabel(assignmentFor(changed, { id: 'g', role: 'relative' })!, 'en')).toBe('Relative A');
  });

  it('goes on past Z', () => {
    expect(pseudonymLabel({ role: 'other', ordinal: 26 }, 'en')).toBe('Person Z');
    expect(pseudonymLabel({ role: 'other', ordinal: 27 }, 'en')).toBe('Person AA');
  });
});
