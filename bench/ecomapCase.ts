/**
 * A case for the ecomap's benchmark and its export test: the synthetic journal's case with 12
 * parties (two children, two parents, a grandmother who cares day to day, an aunt, four
 * professionals, the court, a neighbour) and 500 weekly sessions, each noting one to three
 * relationships as strong or strained and, now and then, a tension placed in one that names a
 * party. Seeded, so every run draws the same map.
 */
import type { CaseWithEntries } from '../src/shared/domain/case';
import type { Party } from '../src/shared/domain/party';
import {
  systemicRelationships,
  type RelationshipQuality,
  type SystemicRelationship,
} from '../src/shared/domain/taxonomy';
import { seededRandom } from '../tests/support/seededRandom';
import { syntheticJournal } from './syntheticVault';

export const ecomapCaseSessions = 500;

const parties: Party[] = [
  { id: 'child', role: 'child', name: 'Benjamín Mardones', aliases: ['Benja'] },
  { id: 'sister', role: 'child', name: 'Josefa Mardones', aliases: [] },
  { id: 'parent', role: 'parent', name: 'Jacinta Mardones', aliases: [], relationship: 'madre' },
  { id: 'father', role: 'parent', name: 'Luis Pereira', aliases: [], relationship: 'padre' },
  { id: 'grandmother', role: 'caregiver', name: 'Rosalinda Cáceres', aliases: ['la abuela'], relationship: 'abuela' },
  { id: 'aunt', role: 'relative', name: 'Marisol Mardones', aliases: [], relationship: 'tía' },
  { id: 'teacher', role: 'professional', name: 'Patricia Soto', aliases: [], relationship: 'profesora' },
  { id: 'psychologist', role: 'professional', name: 'Andrés Fuentes', aliases: [] },
  { id: 'nurse', role: 'professional', name: 'Camila Rojas', aliases: [] },
  { id: 'therapist', role: 'professional', name: 'Ignacio Vera', aliases: [] },
  { id: 'court', role: 'court', name: 'Juzgado de Familia de Pudahuel', aliases: [] },
  { id: 'neighbour', role: 'other', name: 'Gladys Muñoz', aliases: [] },
];

const named = ['father', 'parent', 'teacher', 'psychologist', 'nurse', 'therapist'];

export function ecomapCase(sessions = ecomapCaseSessions): CaseWithEntries {
  const [base] = syntheticJournal({ cases: 1, entriesPerCase: sessions, seed: 11 });
  if (base === undefined) throw new Error('the synthetic journal has no case');
  const random = seededRandom(5);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const entries = base.entries.map((entry, index) => {
    // Strained more often early on, strong more often later: the compare view has something to show.
    const strongChance = 0.3 + (0.5 * index) / sessions;
    const quality = (): RelationshipQuality => (random() < strongChance ? 'strong' : 'strained');
    const relationships = Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
      relationship: pick(systemicRelationships),
      quality: quality(),
    }));
    const tensions = entry.tensions.map((tension) => {
      if (random() > 0.4) return tension;
      const party = pick(named);
      const relationship: SystemicRelationship =
        party === 'father' || party === 'parent' ? 'parent-child' : 'professional-child';
      return { ...tension, parties: [party], relationship };
    });
    return { ...entry, relationships, tensions };
  });
  return { ...base, parties, entries };
}
