/** A case with two scaled goals (one weighted), three reviews over two phases, and an unscaled goal. */
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import type { GoalReview, GoalScale } from '../../../src/shared/domain/goalAttainment';
import { entryContent, storedEntry } from '../journal/journalFixtures';
import { family } from './fixtures';

const at = '2025-03-01T10:00:00.000Z';

function scale(goalId: string, weight?: number): GoalScale {
  return {
    goalId,
    levels: [-2, -1, 0, 1, 2].map((level) => ({ level, practitioner: `Nivel ${level}` })),
    ...(weight === undefined ? {} : { weight }),
    agreedOn: '2025-03-01',
    createdAt: at,
    updatedAt: at,
  };
}

function review(id: string, reviewedOn: string, ratings: [string, number][]): GoalReview {
  return {
    id,
    reviewedOn,
    ratings: ratings.map(([goalId, level]) => ({ goalId, level })),
    createdAt: at,
    updatedAt: at,
  };
}

export const baseCase: CaseWithEntries = {
  id: 'case-1',
  alias: 'Familia Pérez',
  status: 'open',
  phase: 'intervention',
  phaseHistory: [
    { phase: 'evaluation', changedAt: '2025-03-01', decidedBy: 'practitioner' },
    { phase: 'intervention', changedAt: '2025-04-01', decidedBy: 'practitioner' },
  ],
  openedAt: '2025-03-01',
  parties: family,
  goals: [
    // The goals name the family: the brief must print their pseudonyms.
    {
      id: 'g-visits',
      description: 'Visitas de Majo con Tomás cada sábado',
      agreedWith: ['p-mother'],
      status: 'agreed',
    },
    { id: 'g-school', description: 'Tomi va al colegio todos los días', agreedWith: ['p-mother'], status: 'agreed' },
    { id: 'g-unscaled', description: 'Rosa Elvira Soto acompaña las visitas', agreedWith: [], status: 'proposed' },
  ],
  goalScales: [scale('g-visits'), scale('g-school', 2)],
  goalReviews: [
    review('r-1', '2025-03-20', [
      ['g-visits', -1],
      ['g-school', 0],
    ]),
    review('r-2', '2025-04-20', [
      ['g-visits', 1],
      ['g-school', 1],
    ]),
    review('r-3', '2025-05-20', [['g-school', 2]]),
  ],
  createdAt: at,
  updatedAt: at,
  entries: [storedEntry('e-1', entryContent({ attendees: [], sessionDate: '2025-03-05', phase: 'evaluation' }))],
};
