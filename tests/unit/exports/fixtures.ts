/** A family with names that are hard to catch: accents, shared surnames, nicknames, an alias that is a phrase. */
import type { Party } from '../../../src/shared/domain/party';
import { createDeidentifier } from '../../../src/shared/exports/deidentify/deidentifier';
import { assignPseudonyms } from '../../../src/shared/exports/deidentify/pseudonyms';
import type { Lexicon } from '../../../src/shared/exports/deidentify/warnings';
import type { BriefLanguage } from '../../../src/shared/exports/language';

export const family: Party[] = [
  { id: 'p-child', role: 'child', name: 'Tomás Pérez Soto', aliases: ['Tomi'] },
  { id: 'p-mother', role: 'parent', name: 'María José Pérez', aliases: ['Majo'], relationship: 'mother' },
  { id: 'p-grandmother', role: 'caregiver', name: 'Rosa Elvira Soto', aliases: ['la abuela', 'Tata Rosa'] },
  { id: 'p-teacher', role: 'professional', name: 'Ignacio Larraín', aliases: [] },
  { id: 'p-court', role: 'court', name: 'Juzgado de Familia de Pudahuel', aliases: [] },
];

export const reference = 'RIT C-1234-2024';

export function deidentifierFor(language: BriefLanguage = 'en', parties: Party[] = family) {
  return createDeidentifier({ parties, pseudonyms: assignPseudonyms(parties, []), reference, language });
}

/** A lexicon from a word list, for warning tests that must not depend on a dictionary's edges. */
export function wordList(words: readonly string[]): Lexicon {
  const known = new Set(words);
  return { isWord: (word) => known.has(word) };
}
