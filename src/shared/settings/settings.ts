/** User preferences that are not secret and live outside the vault. */
import { z } from 'zod';
import { defaultHolidayChoice, holidayChoiceSchema, type HolidayChoice } from '../calendar/holidayChoice';

export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];

/** Minutes of inactivity before the vault locks itself; `null` = never. */
export const autoLockChoices = [1, 5, 15, 60, null] as const;
export type AutoLockMinutes = (typeof autoLockChoices)[number];

export const settingsSchema = z.strictObject({
  /** `system` follows the operating system's language. */
  language: z.enum(['system', ...languages]),
  autoLockMinutes: z.union([z.literal(1), z.literal(5), z.literal(15), z.literal(60), z.null()]),
  /** The public holidays working days skip; absent until chosen, when the UI language decides. */
  holidays: holidayChoiceSchema.optional(),
  /**
   * Days an open case may go without a reflection before Home lists it; absent until chosen,
   * when `defaultReflectionIntervalDays` applies.
   */
  reflectionIntervalDays: z.int().min(1).max(365).optional(),
});

export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** A fortnight: most mandated interventions see a family at least every two weeks. */
export const defaultReflectionIntervalDays = 14;

/** The choices Settings offers for the interval, in days. */
export const reflectionIntervalChoices = [7, 10, 14, 21, 30, 45, 60] as const;

/** The interval in force for these settings. */
export function effectiveReflectionInterval(settings: Settings): number {
  return settings.reflectionIntervalDays ?? defaultReflectionIntervalDays;
}

export const defaultSettings: Settings = { language: 'system', autoLockMinutes: 15 };

/** The supported language closest to a BCP 47 locale such as `es-CL`; English otherwise. */
export function languageForLocale(locale: string): Language {
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  return languages.find((language) => language === primary) ?? 'en';
}

/** The language the UI shows for these settings on a system with this locale. */
export function effectiveLanguage(settings: Settings, systemLocale: string): Language {
  return settings.language === 'system' ? languageForLocale(systemLocale) : settings.language;
}

/** The public holidays working days skip for these settings, in this UI language. */
export function effectiveHolidayChoice(settings: Settings, language: Language): HolidayChoice {
  return settings.holidays ?? defaultHolidayChoice(language);
}
