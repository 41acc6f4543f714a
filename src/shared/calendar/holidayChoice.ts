/**
 * Which public holidays the practitioner's working days skip: a country and, where holidays differ
 * by region, a region (ISO 3166 codes as the `date-holidays` library names them), or `none`.
 * Stored in the settings; absent, the UI language decides (Chile for Spanish).
 */
import { z } from 'zod';

export const holidayChoiceSchema = z.union([
  z.strictObject({
    country: z.string().regex(/^[A-Z]{2}$/),
    region: z
      .string()
      .regex(/^[A-Z0-9]{1,3}$/)
      .optional(),
  }),
  z.literal('none'),
]);
export type HolidayChoice = z.infer<typeof holidayChoiceSchema>;

/** The calendar used while the practitioner has not chosen one. */
export function defaultHolidayChoice(language: string): HolidayChoice {
  return language === 'es' ? { country: 'CL' } : 'none';
}

/** `CL`, `CL-AP` or `none`: how check details name the calendar they were counted with. */
export function holidayChoiceId(choice: HolidayChoice): string {
  if (choice === 'none') return 'none';
  return choice.region === undefined ? choice.country : `${choice.country}-${choice.region}`;
}

/** The choice a `holidayChoiceId` names; `none` for anything else. */
export function holidayChoiceOfId(id: string): HolidayChoice {
  const match = /^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$/.exec(id);
  if (match === null) return 'none';
  const [, country = '', region] = match;
  return region === undefined ? { country } : { country, region };
}
