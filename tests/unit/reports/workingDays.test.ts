import { describe, expect, it } from 'vitest';
import { workingDaysBetween } from '../../../src/shared/domain/report/workingDays';

describe('working days', () => {
  it('counts weekdays after the first date up to the second', () => {
    // 2025-03-17 is a Monday.
    expect(workingDaysBetween('2025-03-17', '2025-03-20')).toBe(3);
    expect(workingDaysBetween('2025-03-17', '2025-03-17')).toBe(0);
    // Friday to Monday: only Monday.
    expect(workingDaysBetween('2025-03-21', '2025-03-24')).toBe(1);
    // Saturday to Sunday: none.
    expect(workingDaysBetween('2025-03-22', '2025-03-23')).toBe(0);
    expect(workingDaysBetween('2025-03-17', '2025-03-31')).toBe(10);
  });

  it('crosses months, years and leap days, and is negative backwards', () => {
    expect(workingDaysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(workingDaysBetween('2024-12-31', '2025-01-02')).toBe(2);
    expect(workingDaysBetween('2025-03-20', '2025-03-17')).toBe(-3);
  });

  it('agrees with counting day by day over a long span', () => {
    let count = 0;
    const start = Date.UTC(2025, 0, 1);
    for (let day = 1; day <= 400; day += 1) {
      const date = new Date(start + day * 86_400_000);
      if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) count += 1;
      expect(workingDaysBetween('2025-01-01', date.toISOString().slice(0, 10))).toBe(count);
    }
  });
});
