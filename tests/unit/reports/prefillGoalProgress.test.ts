import { describe, expect, it } from 'vitest';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import type { GoalReview, GoalScale } from '../../../src/shared/domain/goalAttainment';
import { withWords } from '../../../src/shared/domain/report/factWords';
import { prefillFromJournal } from '../../../src/shared/domain/report/prefill';
import { journalCase } from './reportFixtures';

const at = '2025-04-01T10:00:00.000Z';

function scale(goalId: string): GoalScale {
  return {
    goalId,
    levels: [-2, -1, 0, 1, 2].map((level) => ({ level, practitioner: `Nivel ${level}` })),
    agreedOn: '2025-03-05',
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

function prefilled(language: 'en' | 'es', attainment: Pick<CaseWithEntries, 'goalScales' | 'goalReviews'>) {
  let next = 0;
  const prefilled = prefillFromJournal({ journalCase: { ...journalCase(), ...attainment }, newId: () => `s${++next}` });
  // Read in the language asked for: the facts themselves are kept as data.
  return Object.fromEntries(
    Object.entries(prefilled).map(([kind, statements]) => [kind, statements.map((each) => withWords(each, language))]),
  ) as typeof prefilled;
}

describe('progress on the goals in a new report', () => {
  // The fixture's goals: "Visitas regulares con la madre" (agreed with the mother) and "Apoyo escolar" (only proposed).
  const scales = [scale('g-visits'), scale('g-proposed')];

  it('states the latest and the first confirmed level of each shared goal with a scale, as the practitioner’s opinion', () => {
    const reviews = [
      // Saved out of order: the sentence still reads latest, then first.
      review('r-2', '2025-05-02', [['g-visits', 1]]),
      review('r-1', '2025-04-02', [
        ['g-visits', -1],
        ['g-proposed', 2],
      ]),
    ];
    const goals = prefilled('en', { goalScales: scales, goalReviews: reviews }).goals!;
    expect(goals.map((statement) => [statement.type, statement.text])).toEqual([
      ['fact', 'Visitas regulares con la madre: Agreed (agreed with María José).'],
      [
        'opinion',
        'Progress on “Visitas regulares con la madre” (goal attainment scale agreed on 5 March 2025): at the latest review, on 2 May 2025, somewhat more than expected (+1); at the first, on 2 April 2025, somewhat less than expected (−1).',
      ],
    ]);
    expect(goals[1]!.by).toBeUndefined();
  });

  it('writes it in Spanish, and with one review names only that one', () => {
    const goals = prefilled('es', {
      goalScales: scales,
      goalReviews: [review('r-1', '2025-04-02', [['g-visits', 0]])],
    }).goals!;
    expect(goals.at(-1)!.text).toBe(
      'Avance en «Visitas regulares con la madre» (escala de logro acordada el 5 de marzo de 2025): en la revisión del 2 de abril de 2025, el resultado esperado (0).',
    );
  });

  it('says nothing of progress without a confirmed review of the goal, or without a scale', () => {
    const onlyOther = prefilled('en', {
      goalScales: scales,
      goalReviews: [review('r-1', '2025-04-02', [['g-proposed', 2]])],
    });
    expect(onlyOther.goals!.map((statement) => statement.type)).toEqual(['fact']);
    expect(prefilled('en', {}).goals!.map((statement) => statement.type)).toEqual(['fact']);
    const unscaled = prefilled('en', { goalReviews: [review('r-1', '2025-04-02', [['g-visits', 2]])] });
    expect(unscaled.goals!.map((statement) => statement.type)).toEqual(['fact']);
  });
});
