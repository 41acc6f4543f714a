import { describe, expect, it } from 'vitest';
import { phaseToOffer } from '../../../src/renderer/src/entries/phaseFollow';
import { formatGap, ratingGaps } from '../../../src/renderer/src/entries/ratingGap';

describe('the gap between the two views of the alliance', () => {
  it('is the caregiver’s rating minus mine, only where both rated the element', () => {
    expect(ratingGaps({ bond: 6, goals: 5, tasks: 5 }, { bond: 8, goals: 8, tasks: 7 })).toEqual([
      { element: 'bond', gap: 2 },
      { element: 'goals', gap: 3 },
      { element: 'tasks', gap: 2 },
    ]);
    expect(ratingGaps({ bond: 6, tasks: 9 }, { bond: 4, goals: 8, tasks: 9 })).toEqual([
      { element: 'bond', gap: -2 },
      { element: 'tasks', gap: 0 },
    ]);
    expect(ratingGaps({ bond: 6, goals: 5, tasks: 5 }, undefined)).toEqual([]);
    expect(ratingGaps({}, { bond: 0 })).toEqual([]);
  });

  it('is written with its sign, and a tie without one', () => {
    expect(formatGap(2, 'en')).toBe('+2');
    expect(formatGap(0, 'es')).toBe('0');
    expect(formatGap(-3, 'es')).toMatch(/^[-−]3$/);
  });
});

describe('the phase offered to the case after a reflection is saved', () => {
  it('is the reflection’s when it comes later than the case’s, in an open case', () => {
    expect(phaseToOffer({ phase: 'start', status: 'open' }, 'intervention')).toBe('intervention');
    expect(phaseToOffer({ phase: 'evaluation', status: 'open' }, 'closure')).toBe('closure');
  });

  it('is none for the same or an earlier phase, or a case no longer open', () => {
    expect(phaseToOffer({ phase: 'intervention', status: 'open' }, 'intervention')).toBeUndefined();
    expect(phaseToOffer({ phase: 'intervention', status: 'open' }, 'start')).toBeUndefined();
    expect(phaseToOffer({ phase: 'start', status: 'closed' }, 'closure')).toBeUndefined();
    expect(phaseToOffer({ phase: 'start', status: 'archived' }, 'evaluation')).toBeUndefined();
  });
});
