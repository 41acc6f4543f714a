/** Small, readable journal records for the journal and search tests, in Spanish and English. */
import type { EntryContent } from '../../../src/shared/domain/entry';
import type { Entry } from '../../../src/shared/domain/entry';
import type { Goal } from '../../../src/shared/domain/goal';
import type { Party } from '../../../src/shared/domain/party';
import type { CreateCaseRequest } from '../../../src/shared/journal/requestTypes';

export const parties: Party[] = [
  { id: 'p-child', role: 'child', name: 'Tomás', aliases: ['Tomi'] },
  { id: 'p-mother', role: 'parent', name: 'María José', aliases: [], relationship: 'mother' },
  { id: 'p-grandmother', role: 'caregiver', name: 'Rosa', aliases: ['la abuela'] },
];

export const goals: Goal[] = [
  { id: 'g-visits', description: 'Visitas regulares con la madre', agreedWith: ['p-mother'], status: 'agreed' },
];

export function createCaseRequest(alias: string, overrides: Partial<CreateCaseRequest> = {}): CreateCaseRequest {
  return {
    alias,
    reference: 'RIT C-1234-2024',
    program: 'PPF Norte',
    phase: 'start',
    openedAt: '2025-03-01',
    parties,
    goals,
    ...overrides,
  };
}

/** A reflection's content; text fields default to a short realistic session. */
export function entryContent(overrides: Partial<EntryContent> = {}): EntryContent {
  return {
    sessionDate: '2025-03-14',
    phase: 'start',
    modality: 'home-visit',
    attendees: ['p-child', 'p-mother'],
    sections: [
      {
        id: 'what-happened',
        title: 'Lo que pasó',
        visibility: 'supervision',
        text: 'La madre llegó tarde y el niño jugó en silencio. Hablamos de la audiencia del tribunal.',
      },
      {
        id: 'my-reflection',
        title: 'Mi reflexión',
        visibility: 'private',
        text: 'Sentí frustración cuando MARÍA José evitó las preguntas sobre la escuela.',
      },
    ],
    promptAnswers: [{ promptId: 'start-caregiver-fears', answer: 'Teme perder a los niños si habla con franqueza.' }],
    tensions: [
      {
        type: 'fear-of-losing-children',
        indicators: ['hiding-information'],
        parties: ['p-mother'],
        intensity: 2,
        rupture: 'withdrawal',
        repairSteps: ['explore-and-validate'],
        note: 'She went quiet when the court came up.',
      },
    ],
    relationships: [],
    strategies: [
      {
        kind: 'alliance-building',
        strategy: 'active-listening',
        outcome: 'partly-resolved',
        note: 'Escucha activa sobre el miedo a la audiencia.',
      },
    ],
    ratings: { practitioner: { bond: 5, goals: 4, tasks: 4 } },
    feelings: ['frustration'],
    feelingsVisibility: 'private',
    feelingNote: 'Tired after the long drive.',
    supervisionQuestions: ['How do I raise the school absences without sounding like a threat?'],
    ...overrides,
  };
}

/** An entry as the journal stores it, created at `createdAt`. */
export function storedEntry(id: string, content: EntryContent, createdAt = '2025-03-14T15:00:00.000Z'): Entry {
  return { id, ...content, history: [], createdAt, updatedAt: createdAt };
}

/** A clock the test moves by hand. */
export function manualClock(start: Date): { now: () => Date; set(date: Date): void } {
  let current = start;
  return { now: () => current, set: (date) => void (current = date) };
}
