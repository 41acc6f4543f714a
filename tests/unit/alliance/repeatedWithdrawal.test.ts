/** R7: the same withdrawal indicator in sessions in a row. */
import { describe, expect, it } from 'vitest';
import { defaultWarningThresholds, evaluateWarnings } from '../../../src/shared/alliance';
import type { TensionIndicator } from '../../../src/shared/domain/taxonomy';
import { caseOf, session } from './builders';

const noted = (indicators: readonly (readonly TensionIndicator[])[]) =>
  indicators.map((list, index) => session(index, { tensions: list.length === 0 ? [] : [{ indicators: [...list] }] }));

const repeats = (indicators: readonly (readonly TensionIndicator[])[], thresholds = defaultWarningThresholds) =>
  evaluateWarnings(caseOf(noted(indicators)), thresholds).filter((warning) => warning.rule === 'repeated-withdrawal');

describe('R7: repeated withdrawal', () => {
  it.each<{ indicators: TensionIndicator[][]; warned: boolean; why: string }>([
    {
      indicators: [['submission'], ['submission'], ['submission']],
      warned: true,
      why: '3 in a row (at the threshold)',
    },
    { indicators: [['submission'], ['submission']], warned: false, why: '2 in a row' },
    { indicators: [['submission'], ['submission'], [], ['submission']], warned: false, why: 'a session without it' },
    { indicators: [['submission'], ['denial'], ['submission']], warned: false, why: 'different indicators' },
    {
      indicators: [['aggressive-or-defiant'], ['aggressive-or-defiant'], ['aggressive-or-defiant']],
      warned: false,
      why: 'a confrontation marker',
    },
    {
      indicators: [['passive-participation'], ['passive-participation'], ['passive-participation'], [], [], [], []],
      warned: false,
      why: 'a run that ended before the recent sessions',
    },
    {
      indicators: [['passive-participation'], ['passive-participation'], ['passive-participation'], [], [], []],
      warned: true,
      why: 'a run whose last session is still recent',
    },
  ])('$why → $warned', ({ indicators, warned }) => {
    expect(repeats(indicators).length).toBe(warned ? 1 : 0);
  });

  it('counts the run, lists its sessions and keeps its id while it goes on', () => {
    const [warning] = repeats([['emotional-distance'], ['emotional-distance'], ['emotional-distance']]);
    expect(warning?.details).toEqual({ indicator: 'emotional-distance', sessionsInRow: 3 });
    expect(warning?.sessions.map((found) => found.entryId)).toEqual(['e0', 'e1', 'e2']);
    const [longer] = repeats([
      ['emotional-distance'],
      ['emotional-distance'],
      ['emotional-distance'],
      ['emotional-distance', 'submission'],
    ]);
    expect(longer?.details.sessionsInRow).toBe(4);
    expect(longer?.id).toBe(warning?.id);
  });

  it('follows the threshold it is given', () => {
    const twice: TensionIndicator[][] = [['loss-of-contact'], ['loss-of-contact']];
    expect(repeats(twice)).toEqual([]);
    expect(repeats(twice, { ...defaultWarningThresholds, indicatorSessions: 2 })).toHaveLength(1);
  });
});
