/**
 * Working days with the public holidays of a country and region, from `date-holidays`: Chile's
 * Fiestas Patrias, Christmas on a weekend, New Year, a regional holiday, Spain (Madrid), and a
 * country the library has no rules for.
 */
import { describe, expect, it } from 'vitest';
import { defaultHolidayChoice, holidayChoiceId, holidayChoiceOfId } from '../../../src/shared/calendar/holidayChoice';
import { holidayChoiceName, holidayRegions, publicHolidays } from '../../../src/shared/calendar/publicHolidays';
import { holidaysSkipped, workingDaysBefore, workingDaysBetween } from '../../../src/shared/domain/report/workingDays';

const chile = publicHolidays({ country: 'CL' }, 'es');

describe('public holidays of Chile', () => {
  it('skips Fiestas Patrias, 18 and 19 September', () => {
    // 2025-09-15 is a Monday; the 18th and 19th are Thursday and Friday.
    expect(workingDaysBetween('2025-09-15', '2025-09-22')).toBe(5);
    expect(workingDaysBetween('2025-09-15', '2025-09-22', chile)).toBe(3);
    expect(holidaysSkipped('2025-09-15', '2025-09-22', chile)).toEqual([
      { date: '2025-09-18', name: 'Fiestas Patrias' },
      { date: '2025-09-19', name: 'Día de las Glorias del Ejército' },
    ]);
    // Three working days before Monday 22 September: Wednesday 17 on weekdays alone, Monday 15 in Chile.
    expect(workingDaysBefore('2025-09-22', 3)).toBe('2025-09-17');
    expect(workingDaysBefore('2025-09-22', 3, chile)).toBe('2025-09-15');
    // Never a holiday as the last day to share: for a hearing on Friday 19 it is Wednesday 17.
    expect(workingDaysBefore('2025-09-19', 0, chile)).toBe('2025-09-17');
  });

  it('names holidays in the language asked for', () => {
    expect(publicHolidays({ country: 'CL' }, 'en').nameOn('2025-09-18')).toBe('National holiday');
    expect(chile.nameOn('2025-09-17')).toBeUndefined();
  });

  it('does not skip Christmas twice when it falls on a weekend', () => {
    // 2022-12-25 was a Sunday: Friday 23 to Tuesday 27 has Monday and Tuesday only.
    expect(holidaysSkipped('2022-12-23', '2022-12-27', chile)).toEqual([]);
    expect(workingDaysBetween('2022-12-23', '2022-12-27', chile)).toBe(2);
    // 2025-12-25 is a Thursday.
    expect(workingDaysBetween('2025-12-22', '2025-12-26', chile)).toBe(3);
  });

  it('skips 1 January across the turn of the year', () => {
    // Wednesday 31 December 2025 to Friday 2 January 2026.
    expect(workingDaysBetween('2025-12-31', '2026-01-02', chile)).toBe(1);
    expect(holidaysSkipped('2025-12-31', '2026-01-02', chile)).toEqual([{ date: '2026-01-01', name: 'Año Nuevo' }]);
    expect(workingDaysBefore('2026-01-02', 1, chile)).toBe('2025-12-31');
  });

  it('keeps observances as working days', () => {
    // Chile has no observance that is a day off; every named day is a public holiday.
    const days = ['2026-01-01', '2026-04-03', '2026-05-01', '2026-09-18', '2026-12-25'];
    for (const day of days) expect(chile.nameOn(day)).toBeDefined();
    expect(chile.nameOn('2026-02-14')).toBeUndefined();
  });

  it('adds the holidays of a region to the country’s', () => {
    expect(holidayRegions('CL', 'es')).toMatchObject({ AP: 'Arica y Parinacota' });
    const arica = publicHolidays({ country: 'CL', region: 'AP' }, 'es');
    // 7 June 2024 was a Friday: a holiday in Arica only.
    expect(chile.nameOn('2024-06-07')).toBeUndefined();
    expect(arica.nameOn('2024-06-07')).toBeDefined();
    expect(workingDaysBetween('2024-06-03', '2024-06-07', arica)).toBe(3);
    expect(workingDaysBetween('2024-06-03', '2024-06-07', chile)).toBe(4);
    expect(arica.nameOn('2025-09-18')).toBe('Fiestas Patrias');
    expect(holidayChoiceName({ country: 'CL', region: 'AP' }, 'es')).toBe('Chile, Arica y Parinacota');
  });
});

describe('public holidays elsewhere', () => {
  it('counts Spain with the holidays of Madrid', () => {
    const madrid = publicHolidays({ country: 'ES', region: 'MD' }, 'es');
    // Saturday 2 May 2026 is Madrid's day; Monday 4 May 2026 is not a holiday.
    expect(madrid.nameOn('2026-05-02')).toBeDefined();
    // 6 January 2026 (Epiphany) is a Tuesday.
    expect(workingDaysBetween('2026-01-05', '2026-01-07', madrid)).toBe(1);
    expect(holidaysSkipped('2026-01-05', '2026-01-07', madrid).map((holiday) => holiday.date)).toEqual(['2026-01-06']);
    // Chile's 18 September is an ordinary day in Madrid.
    expect(madrid.nameOn('2025-09-18')).toBeUndefined();
  });

  it('counts weekends only for a country without holiday rules, and says the rules are unknown', () => {
    const unknown = publicHolidays({ country: 'AQ' }, 'es');
    expect(unknown.known).toBe(false);
    expect(unknown.id).toBe('AQ');
    expect(workingDaysBetween('2025-09-15', '2025-09-22', unknown)).toBe(5);
    expect(holidaysSkipped('2025-12-22', '2026-01-02', unknown)).toEqual([]);
  });

  it('counts weekends only when no country is chosen', () => {
    const none = publicHolidays('none', 'en');
    expect(none).toMatchObject({ id: 'none', known: false });
    expect(workingDaysBetween('2025-09-15', '2025-09-22', none)).toBe(5);
  });
});

describe('holiday choice', () => {
  it('defaults to Chile in Spanish and to none in English', () => {
    expect(defaultHolidayChoice('es')).toEqual({ country: 'CL' });
    expect(defaultHolidayChoice('en')).toBe('none');
  });

  it('names a choice by an id that reads back as the same choice', () => {
    for (const choice of [{ country: 'CL' }, { country: 'CL', region: 'AP' }, 'none'] as const) {
      expect(holidayChoiceOfId(holidayChoiceId(choice))).toEqual(choice);
    }
    expect(holidayChoiceOfId('something else')).toBe('none');
  });
});
