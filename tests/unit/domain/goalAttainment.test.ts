/** The stored shape of warning decisions and goal attainment, and the rules that span records. */
import { describe, expect, it } from 'vitest';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import { goalScaleSchema } from '../../../src/shared/domain/goalAttainment';
import { caseWithEntriesSchema } from '../../../src/shared/domain/journal';
import { warningDecisionSchema } from '../../../src/shared/domain/warningDecision';
import { fromInterchange, parseInterchange } from '../../../src/shared/domain/interchange';
import { fixedContext, fixtureCases, fixtureJson } from './fixture';

const at = '2025-04-01T12:00:00.000Z';
const levels = [-2, -1, 0, 1, 2].map((level) => ({ level, practitioner: `nivel ${level}` }));

function withAttainment(change: (journalCase: CaseWithEntries, goalId: string) => Partial<CaseWithEntries>) {
  const journalCase = fixtureCases()[0]!;
  const goalId = journalCase.goals[0]!.id;
  return caseWithEntriesSchema.safeParse({ ...journalCase, ...change(journalCase, goalId) });
}

const scale = (goalId: string) => ({ goalId, levels, agreedOn: '2025-03-20', createdAt: at, updatedAt: at });
const review = (id: string, ratings: { goalId: string; level: number }[]) => ({
  id,
  reviewedOn: '2025-04-01',
  ratings,
  createdAt: at,
  updatedAt: at,
});

const issuePaths = (result: ReturnType<typeof withAttainment>) =>
  result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));

describe('goal attainment in a case', () => {
  it('accepts a scale of a goal of the case and a review of it', () => {
    const result = withAttainment((_case, goalId) => ({
      goalScales: [scale(goalId)],
      goalReviews: [review('r-1', [{ goalId, level: -1 }])],
    }));
    expect(issuePaths(result)).toEqual([]);
  });

  it('refuses a scale of an unknown goal, two scales of one goal, and ratings of unscaled or repeated goals', () => {
    const result = withAttainment((_case, goalId) => ({
      goalScales: [scale(goalId), scale(goalId), scale('g-none')],
      goalReviews: [
        review('r-1', [
          { goalId, level: 0 },
          { goalId, level: 1 },
        ]),
        review('r-1', [{ goalId: 'g-unscaled', level: 0 }]),
      ],
    }));
    expect(issuePaths(result)).toEqual(
      expect.arrayContaining([
        'goalScales.1.goalId',
        'goalScales.2.goalId',
        'goalReviews.1.id',
        'goalReviews.0.ratings.1.goalId',
        'goalReviews.1.ratings.0.goalId',
      ]),
    );
  });

  it('wants the five levels in order, a level from −2 to +2 and a positive weight', () => {
    const base = scale('g-1');
    expect(goalScaleSchema.safeParse(base).success).toBe(true);
    expect(goalScaleSchema.safeParse({ ...base, levels: levels.slice(1) }).success).toBe(false);
    expect(goalScaleSchema.safeParse({ ...base, levels: [...levels].reverse() }).success).toBe(false);
    expect(goalScaleSchema.safeParse({ ...base, weight: 0 }).success).toBe(false);
    expect(goalScaleSchema.safeParse({ ...base, weight: 2.5 }).success).toBe(true);
    const result = withAttainment((_case, goalId) => ({
      goalScales: [scale(goalId)],
      goalReviews: [review('r-1', [{ goalId, level: 3 }])],
    }));
    expect(result.success).toBe(false);
  });
});

describe('a warning decision', () => {
  const decision = {
    id: 'd-1',
    warningId: 'perception-gap-00112233aabbccdd',
    rule: 'perception-gap',
    kind: 'dismissed',
    note: 'Hablado con la madre.',
    noteVisibility: 'private',
    sessions: [{ entryId: 'e-1', date: '2025-03-14' }],
    decidedAt: at,
  };

  it('is a dismissal with a note, or another decision with or without one', () => {
    expect(warningDecisionSchema.safeParse(decision).success).toBe(true);
    expect(warningDecisionSchema.safeParse({ ...decision, note: '  ' }).success).toBe(false);
    const { note: _note, ...withoutNote } = decision;
    expect(warningDecisionSchema.safeParse(withoutNote).success).toBe(false);
    expect(warningDecisionSchema.safeParse({ ...withoutNote, kind: 'taken-to-supervision' }).success).toBe(true);
    expect(warningDecisionSchema.safeParse({ ...decision, rule: 'mood' }).success).toBe(false);
  });

  it('has an id of its own in the case', () => {
    const result = withAttainment(() => ({
      warningDecisions: [decision, decision] as CaseWithEntries['warningDecisions'],
    }));
    expect(issuePaths(result)).toEqual(['warningDecisions.1.id']);
  });
});

describe('warning decisions and goal attainment in the interchange format', () => {
  it('come in from the full fixture whole', () => {
    const [journalCase] = fixtureCases();
    expect(journalCase?.warningDecisions?.map((decision) => decision.kind)).toEqual([
      'dismissed',
      'taken-to-supervision',
    ]);
    expect(journalCase?.goalScales?.map((scale) => [scale.goalId, scale.weight])).toEqual([
      ['g-asistencia', 2],
      ['g-visitas', undefined],
    ]);
    expect(journalCase?.goalReviews?.map((review) => review.id)).toEqual(['r-1', 'r-2']);
  });

  it('fill in when a scale or review was recorded, and refuse a rating of a goal with no scale', () => {
    const json = fixtureJson();
    const source = json.cases[0] as { goalScales: Record<string, unknown>[]; goalReviews: Record<string, unknown>[] };
    delete source.goalScales[0]!.createdAt;
    delete source.goalScales[0]!.updatedAt;
    const parsed = parseInterchange(json);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const [imported] = fromInterchange(parsed.value, fixedContext('2025-06-01T10:00:00.000Z'));
    expect(imported?.goalScales?.[0]).toMatchObject({
      createdAt: '2025-06-01T10:00:00.000Z',
      updatedAt: '2025-06-01T10:00:00.000Z',
    });

    const broken = fixtureJson();
    (broken.cases[0] as { goalReviews: { ratings: { goalId: string }[] }[] }).goalReviews[0]!.ratings[0]!.goalId =
      'g-tratamiento';
    expect(parseInterchange(broken).ok).toBe(false);
  });
});
