/** A family with names that are hard to catch: accents, shared surnames, nicknames, an alias that is a phrase. */
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import type { Party } from '../../../src/shared/domain/party';
import { briefMarkdown } from '../../../src/shared/exports/brief/briefBlocks';
import { buildBrief, type BriefChoices } from '../../../src/shared/exports/brief/buildBrief';
import { briefLabels } from '../../../src/shared/exports/labels/briefTexts';
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

/** An open case of the family above, opened on 1 March 2025, with the entries and anything else given. */
export function familyCase(overrides: Partial<CaseWithEntries> = {}): CaseWithEntries {
  return {
    id: 'case-1',
    alias: 'Familia Pérez',
    status: 'open',
    phase: 'evaluation',
    phaseHistory: [{ phase: 'start', changedAt: '2025-03-01', decidedBy: 'practitioner' }],
    openedAt: '2025-03-01',
    parties: family,
    goals: [],
    createdAt: '2025-03-01T10:00:00.000Z',
    updatedAt: '2025-03-01T10:00:00.000Z',
    entries: [],
    ...overrides,
  };
}

/** A first brief of the case (no pseudonyms given before, no safe words), produced on 1 April 2025. */
export function briefOf(journalCase: CaseWithEntries, choices: Partial<BriefChoices> = {}, language: BriefLanguage) {
  const model = buildBrief({
    journalCase,
    choices: { language, ...choices },
    producedOn: '2025-04-01',
    pseudonyms: [],
    safeWords: [],
    lexicon: wordList([]),
  });
  const labels = briefLabels(language);
  return { model, labels, markdown: briefMarkdown(model, labels) };
}
