/** Random cases: the engine never throws, is deterministic, and never reads a missing rating as zero. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultWarningThresholds,
  evaluateWarnings,
  warningThresholdsSchema,
  type AllianceEntry,
  type AttendanceRecord,
  type WarningInput,
} from '../../../src/shared/alliance';
import { attendanceStatuses, repairSteps, ruptureKinds, tensionIndicators } from '../../../src/shared/domain/taxonomy';
import type { AllianceRatings } from '../../../src/shared/domain/ratings';
import { dayOf, parties } from './builders';

const rating = fc.integer({ min: 0, max: 10 });
const elements = fc.record({ bond: rating, goals: rating, tasks: rating });
// Few days, so many sessions share a date and the order falls to when they were written.
const day = fc.integer({ min: 0, max: 40 });
const partyId = fc.constantFrom('mother', 'grandmother', 'aunt', 'child');

const entries: fc.Arbitrary<AllianceEntry[]> = fc
  .array(
    fc.record({
      day,
      written: fc.integer({ min: 0, max: 5 }),
      practitioner: fc.option(elements, { nil: undefined }),
      caregiver: fc.option(fc.record({ ratings: elements, partyId: fc.option(partyId, { nil: undefined }) }), {
        nil: undefined,
      }),
      tensions: fc.array(
        fc.record({
          indicators: fc.subarray([...tensionIndicators], { maxLength: 3 }),
          rupture: fc.constantFrom(...ruptureKinds),
          repairSteps: fc.subarray([...repairSteps], { maxLength: 1 }),
        }),
        { maxLength: 2 },
      ),
      strategies: fc.integer({ min: 0, max: 1 }),
    }),
    { maxLength: 40 },
  )
  .map((drawn) =>
    drawn.map((entry, index) => ({
      id: `e${index}`,
      sessionDate: dayOf(entry.day),
      createdAt: new Date(Date.UTC(2024, 0, 1) + entry.day * 86_400_000 + entry.written * 60_000).toISOString(),
      ratings: {
        ...(entry.practitioner === undefined ? {} : { practitioner: entry.practitioner }),
        ...(entry.caregiver === undefined
          ? {}
          : {
              caregiver: {
                ...entry.caregiver.ratings,
                ...(entry.caregiver.partyId === undefined ? {} : { partyId: entry.caregiver.partyId }),
              },
            }),
      },
      tensions: entry.tensions,
      strategies: Array.from({ length: entry.strategies }, () => ({ strategy: 'empathy' as const })),
    })),
  );

const attendance: fc.Arbitrary<AttendanceRecord[]> = fc
  .array(fc.record({ day, status: fc.constantFrom(...attendanceStatuses) }), { maxLength: 12 })
  .map((drawn) =>
    drawn.map((record, index) => ({ id: `a${index}`, plannedOn: dayOf(record.day), ...{ status: record.status } })),
  );

const cases: fc.Arbitrary<WarningInput> = fc.record({ entries, attendance }).map((drawn) => ({ ...drawn, parties }));

const thresholds = fc
  .record({
    watchDeviations: fc.constantFrom(0.5, 1, 1.5),
    ruptureDeviations: fc.constantFrom(2, 3),
    earlierSessions: fc.integer({ min: 3, max: 6 }),
    repairSessions: fc.integer({ min: 1, max: 4 }),
    perceptionGap: fc.integer({ min: 1, max: 5 }),
    splitGap: fc.integer({ min: 1, max: 5 }),
    recentSessions: fc.integer({ min: 2, max: 8 }),
  })
  .map((drawn) => warningThresholdsSchema.parse(drawn));

const ratingRules = new Set(['alliance-fall', 'unrepaired-fall', 'perception-gap', 'split-alliance']);

describe('the engine on random cases', () => {
  it('never throws, and gives unique ids, oldest-first sessions and known sources', () => {
    fc.assert(
      fc.property(cases, thresholds, (input, chosen) => {
        const warnings = evaluateWarnings(input, chosen);
        expect(new Set(warnings.map((warning) => warning.id)).size).toBe(warnings.length);
        for (const warning of warnings) {
          const dates = warning.sessions.map((found) => found.date);
          expect(dates).toEqual([...dates].sort());
          expect(warning.sources.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('never cites an entry without the ratings a rating rule compares', () => {
    fc.assert(
      fc.property(cases, thresholds, (input, chosen) => {
        const byId = new Map(input.entries.map((entry) => [entry.id, entry]));
        for (const warning of evaluateWarnings(input, chosen)) {
          if (!ratingRules.has(warning.rule)) continue;
          for (const found of warning.sessions) {
            const ratings: AllianceRatings = byId.get(found.entryId)?.ratings ?? {};
            const series =
              warning.rule === 'alliance-fall' || warning.rule === 'unrepaired-fall'
                ? warning.details.series
                : undefined;
            if (series?.perspective === 'practitioner') expect(ratings.practitioner).toBeDefined();
            else if (warning.rule === 'perception-gap') {
              expect(ratings.practitioner).toBeDefined();
              expect(ratings.caregiver).toBeDefined();
            } else expect(ratings.caregiver).toBeDefined();
          }
        }
      }),
    );
  });

  it('gives nothing from R1–R4 when no entry has ratings, and the same warnings in any input order', () => {
    fc.assert(
      fc.property(cases, fc.integer(), (input, seed) => {
        const unrated = { ...input, entries: input.entries.map((entry) => ({ ...entry, ratings: {} })) };
        expect(evaluateWarnings(unrated).filter((warning) => ratingRules.has(warning.rule))).toEqual([]);
        const reversed = {
          ...input,
          entries: [...input.entries].reverse(),
          attendance: [...(input.attendance ?? [])].reverse(),
        };
        const rotated = seed % Math.max(1, input.entries.length);
        const turned = { ...input, entries: [...input.entries.slice(rotated), ...input.entries.slice(0, rotated)] };
        const expected = evaluateWarnings(input, defaultWarningThresholds);
        expect(evaluateWarnings(reversed)).toEqual(expected);
        expect(evaluateWarnings(turned)).toEqual(expected);
      }),
    );
  });
});
