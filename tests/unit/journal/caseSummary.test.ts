/**
 * The case list's summary, made in one pass, against its definition: every entry sorted by date
 * (newest first, a stable sort keeping equal dates in the order written), the first 60 dates, and
 * the practitioner's alliance means of the first 6 rated entries, oldest first.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import { summarizeCase } from '../../../src/shared/journal/caseSummary';

function bySorting(journalCase: CaseWithEntries) {
  const byDate = [...journalCase.entries].sort((a, b) => b.sessionDate.localeCompare(a.sessionDate));
  const scores = byDate
    .flatMap((entry) => (entry.ratings.practitioner === undefined ? [] : [entry.ratings.practitioner]))
    .slice(0, 6)
    .map((rating) => (rating.bond + rating.goals + rating.tasks) / 3)
    .reverse();
  return {
    lastSessionDate: byDate[0]?.sessionDate,
    recentSessionDates: byDate.slice(0, 60).map((entry) => entry.sessionDate),
    recentAllianceScores: scores,
    entryCount: journalCase.entries.length,
  };
}

/** Few distinct dates, so equal dates are common; ratings on some entries only. */
const entries = fc.array(
  fc.record({
    day: fc.integer({ min: 1, max: 12 }),
    month: fc.integer({ min: 1, max: 3 }),
    rating: fc.option(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })), { nil: undefined }),
  }),
  { maxLength: 150 },
);

function caseOf(items: readonly { day: number; month: number; rating: [number, number] | undefined }[]) {
  return {
    id: 'c',
    alias: 'Familia R.',
    phase: 'start',
    status: 'open',
    openedAt: '2025-01-01',
    updatedAt: '2025-01-01T00:00:00.000Z',
    entries: items.map((item, index) => ({
      id: `e-${index}`,
      sessionDate: `2025-${String(item.month).padStart(2, '0')}-${String(item.day).padStart(2, '0')}`,
      ratings:
        item.rating === undefined
          ? {}
          : { practitioner: { bond: item.rating[0], goals: item.rating[1], tasks: index % 11 } },
    })),
  } as unknown as CaseWithEntries;
}

describe('the case list summary', () => {
  it('is what sorting every entry by date gives, equal dates and ratings included', () => {
    fc.assert(
      fc.property(entries, (items) => {
        const journalCase = caseOf(items);
        const summary = summarizeCase(journalCase);
        const expected = bySorting(journalCase);
        expect(summary.lastSessionDate).toBe(expected.lastSessionDate);
        expect(summary.recentSessionDates).toEqual(expected.recentSessionDates);
        expect(summary.recentAllianceScores).toEqual(expected.recentAllianceScores);
        expect(summary.entryCount).toBe(expected.entryCount);
      }),
      { numRuns: 400, seed: 20261202 },
    );
  });
});
