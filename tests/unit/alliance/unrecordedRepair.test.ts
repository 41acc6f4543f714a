/** R6: a rupture with no strategy and no repair step noted. */
import { describe, expect, it } from 'vitest';
import { defaultWarningThresholds, evaluateWarnings } from '../../../src/shared/alliance';
import { caseOf, session, type SessionOptions } from './builders';

const prompts = (entries: ReturnType<typeof session>[], thresholds = defaultWarningThresholds) =>
  evaluateWarnings(caseOf(entries), thresholds).filter((warning) => warning.rule === 'unrecorded-repair');

describe('R6: repair not recorded', () => {
  it.each<{ options: SessionOptions; warned: boolean; why: string }>([
    { options: { tensions: [{ rupture: 'withdrawal' }] }, warned: true, why: 'a withdrawal, nothing tried' },
    { options: { tensions: [{ rupture: 'confrontation' }] }, warned: true, why: 'a confrontation, nothing tried' },
    { options: { tensions: [{ rupture: 'none' }] }, warned: false, why: 'a tension without rupture' },
    { options: { tensions: [{ rupture: 'withdrawal' }], strategies: 1 }, warned: false, why: 'a strategy noted' },
    {
      options: { tensions: [{ rupture: 'withdrawal', repairSteps: ['explore-and-validate'] }] },
      warned: false,
      why: 'a repair step noted',
    },
    {
      options: {
        tensions: [{ rupture: 'withdrawal', repairSteps: ['explore-and-validate'] }, { rupture: 'confrontation' }],
      },
      warned: true,
      why: 'a second rupture with no step',
    },
  ])('$why → $warned', ({ options, warned }) => {
    expect(prompts([session(0, options)]).length).toBe(warned ? 1 : 0);
  });

  it('names the kinds of rupture, once each', () => {
    const entry = session(0, {
      tensions: [{ rupture: 'confrontation' }, { rupture: 'withdrawal' }, { rupture: 'withdrawal' }],
    });
    const [warning] = prompts([entry]);
    expect(warning?.details).toEqual({ ruptures: ['withdrawal', 'confrontation'] });
    expect(warning?.level).toBe('prompt');
    expect(warning?.sessions).toEqual([{ entryId: 'e0', date: '2024-01-01' }]);
  });

  it('prompts for the recent sessions only', () => {
    const entries = [
      session(0, { tensions: [{ rupture: 'withdrawal' }] }),
      ...[1, 2, 3, 4].map((index) => session(index)),
    ];
    expect(prompts(entries)).toEqual([]);
    expect(prompts(entries, { ...defaultWarningThresholds, recentSessions: 5 })).toHaveLength(1);
  });
});
