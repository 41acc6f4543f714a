/** The thresholds' schema, the sources and the repair suggestions against the taxonomy. */
import { describe, expect, it } from 'vitest';
import {
  defaultWarningThresholds,
  repairSuggestions,
  ruleIds,
  ruleSources,
  sourceIds,
  sources,
  warningThresholdsSchema,
  withdrawalIndicators,
} from '../../../src/shared/alliance';
import { kindOfStrategy, repairSteps, strategies, tensionIndicators } from '../../../src/shared/domain/taxonomy';

describe('warning thresholds', () => {
  it('default to the values of the issue', () => {
    expect(defaultWarningThresholds).toMatchObject({
      watchDeviations: 1,
      ruptureDeviations: 2,
      earlierSessions: 3,
      repairSessions: 3,
      perceptionGap: 3,
      splitGap: 3,
      absences: 2,
      absenceWindow: 4,
    });
  });

  it('fill in what an older stored object lacks, and keep what it has', () => {
    expect(warningThresholdsSchema.parse({ repairSessions: 5 })).toEqual({
      ...defaultWarningThresholds,
      repairSessions: 5,
    });
  });

  it.each([
    { repairSessions: 0 },
    { perceptionGap: 11 },
    { perceptionGap: 2.5 },
    { watchDeviations: 2, ruptureDeviations: 2 },
    { absences: 5, absenceWindow: 4 },
    { earlierSessions: 2 },
    { unknown: 1 },
  ])('refuse %o', (patch) => {
    expect(warningThresholdsSchema.safeParse(patch).success).toBe(false);
  });
});

describe('sources and suggestions', () => {
  it('cite a known source for every rule, each with authors, year, title and where it was published', () => {
    for (const rule of ruleIds) {
      expect(ruleSources[rule].length, rule).toBeGreaterThan(0);
      for (const id of ruleSources[rule]) expect(sourceIds).toContain(id);
    }
    for (const source of Object.values(sources)) {
      expect(source.authors.length).toBeGreaterThan(0);
      expect(source.year).toBeGreaterThan(1970);
      expect(source.title.trim()).not.toBe('');
      expect(source.publishedIn.trim()).not.toBe('');
    }
  });

  it('suggest two or three strategies of the taxonomy per rule, never a counterproductive one', () => {
    for (const rule of ruleIds) {
      const suggestion = repairSuggestions[rule];
      expect(suggestion.strategies.length, rule).toBeGreaterThanOrEqual(2);
      expect(suggestion.strategies.length, rule).toBeLessThanOrEqual(3);
      for (const strategy of suggestion.strategies) {
        expect(strategies).toContain(strategy);
        expect(kindOfStrategy(strategy), strategy).not.toBe('counterproductive');
      }
      const steps = suggestion.repairSteps.map((step) => repairSteps.indexOf(step));
      expect(
        steps.every((index) => index >= 0),
        rule,
      ).toBe(true);
      expect(steps, `${rule}: Aspland's order`).toEqual([...steps].sort((a, b) => a - b));
    }
  });

  it('list withdrawal indicators from the taxonomy, without the confrontation marker', () => {
    for (const indicator of withdrawalIndicators) expect(tensionIndicators).toContain(indicator);
    expect(withdrawalIndicators).not.toContain('aggressive-or-defiant');
  });
});
