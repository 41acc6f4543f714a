/** A goal of the work, and with whom it was agreed (Bordin's "goals" element). */
import { z } from 'zod';
import { goalStatuses } from './taxonomy';
import { calendarDateSchema, idSchema, nonBlankSchema } from './primitives';

export const goalSchema = z.strictObject({
  id: idSchema,
  description: nonBlankSchema,
  /** Ids of the parties the goal was agreed with; empty while it is only proposed. */
  agreedWith: z.array(idSchema),
  status: z.enum(goalStatuses),
  agreedAt: calendarDateSchema.optional(),
});

export type Goal = z.infer<typeof goalSchema>;
