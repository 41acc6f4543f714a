/** Bordin's three elements of the alliance, rated per session from both sides when known. */
import { z } from 'zod';
import { idSchema, ratingSchema } from './primitives';

const elements = { bond: ratingSchema, goals: ratingSchema, tasks: ratingSchema };

export const allianceRatingsSchema = z.strictObject({
  /** The practitioner's own view. */
  practitioner: z.strictObject(elements).optional(),
  /** The caregiver's view when they gave it; `partyId` says which caregiver. */
  caregiver: z.strictObject({ ...elements, partyId: idSchema.optional() }).optional(),
});

export type AllianceRatings = z.infer<typeof allianceRatingsSchema>;
export type AllianceElement = keyof typeof elements;
export const allianceElements = Object.keys(elements) as AllianceElement[];
