/**
 * One case seeded with every situation (a fall, a fall not repaired, a perception gap, a split,
 * absences, a rupture with nothing tried, a repeated withdrawal indicator) gives exactly the
 * expected warnings, with the same ids whatever the input order and on every evaluation.
 */
import { describe, expect, it } from 'vitest';
import { evaluateWarnings, type AllianceEntry, type WarningInput } from '../../../src/shared/alliance';
import { attendance, caseOf, session, type SessionOptions } from './builders';

function seededCase(): WarningInput {
  const bond = [8, 8, 8, 8, 8, 5, 6, 6, 6];
  const motherGoals = [7, 7, 7, 7, 6];
  const withdrawn = { indicators: ['passive-participation' as const] };
  const entries: AllianceEntry[] = bond.map((value, index) => {
    const options: SessionOptions = { practitioner: { bond: value, goals: 8, tasks: 8 } };
    if (index % 2 === 0)
      options.caregiver = { bond: 9, goals: motherGoals[index / 2] ?? 0, tasks: 8, partyId: 'mother' };
    if (index === 6 || index === 8) options.tensions = [withdrawn];
    if (index === 7) options.tensions = [{ ...withdrawn, rupture: 'withdrawal' }];
    return session(index, options);
  });
  entries.push(session(9, { caregiver: { bond: 8, goals: 3, tasks: 8, partyId: 'grandmother' } }));
  const planned = attendance([...bond.map(() => 'held' as const), 'held', 'not-attended', 'cancelled-by-family']);
  return caseOf(entries, planned);
}

function shuffled<T>(values: readonly T[], seed: number): T[] {
  const copy = [...values];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = (seed * (index + 7)) % (index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

describe('a case seeded with each situation', () => {
  it('gives exactly the expected warnings', () => {
    const summary = evaluateWarnings(seededCase()).map((warning) => ({
      rule: warning.rule,
      level: warning.level,
      sessions: warning.sessions.map((found) => found.entryId),
    }));
    expect(summary).toEqual([
      { rule: 'alliance-fall', level: 'watch', sessions: ['e8'] },
      { rule: 'unrepaired-fall', level: 'not-repaired', sessions: ['e5', 'e6', 'e7', 'e8'] },
      { rule: 'perception-gap', level: 'perception-gap', sessions: ['e8'] },
      { rule: 'split-alliance', level: 'split-alliance', sessions: ['e8', 'e9'] },
      { rule: 'engagement-risk', level: 'engagement-risk', sessions: [] },
      { rule: 'engagement-risk', level: 'engagement-risk', sessions: ['e9'] },
      { rule: 'unrecorded-repair', level: 'prompt', sessions: ['e7'] },
      { rule: 'repeated-withdrawal', level: 'watch', sessions: ['e6', 'e7', 'e8'] },
    ]);
  });

  it('gives each warning its own id, the same on every evaluation and in any input order', () => {
    const input = seededCase();
    const first = evaluateWarnings(input);
    expect(new Set(first.map((warning) => warning.id)).size).toBe(first.length);
    expect(evaluateWarnings(input)).toEqual(first);
    for (const seed of [1, 2, 3, 5, 8]) {
      const reordered = {
        ...input,
        entries: shuffled(input.entries, seed),
        attendance: shuffled(input.attendance ?? [], seed),
      };
      expect(evaluateWarnings(reordered)).toEqual(first);
    }
    for (const warning of first) expect(warning.id).toMatch(/^[a-z-]+-[0-9a-f]{16}$/);
  });

  it('keeps the ids of situations that go on when a session is added', () => {
    const input = seededCase();
    const before = evaluateWarnings(input);
    const next = session(10, {
      practitioner: { bond: 6, goals: 8, tasks: 8 },
      tensions: [{ indicators: ['passive-participation'] }],
    });
    const after = evaluateWarnings({ ...input, entries: [...input.entries, next] });
    const idOf = (list: typeof before, rule: string) => list.find((warning) => warning.rule === rule)?.id;
    expect(idOf(after, 'unrepaired-fall')).toBe(idOf(before, 'unrepaired-fall'));
    expect(idOf(after, 'engagement-risk')).toBe(idOf(before, 'engagement-risk'));
    // e9 had no indicator, so e10 starts a run of one: the run e6–e8 still reaches the recent sessions.
    expect(idOf(after, 'repeated-withdrawal')).toBe(idOf(before, 'repeated-withdrawal'));
  });
});
