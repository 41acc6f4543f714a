/** A person or body in the case: the child, the adults around them, other professionals, the court. */
import { z } from 'zod';
import { partyRoles } from './taxonomy';
import { idSchema, nonBlankSchema } from './primitives';

export const partySchema = z.strictObject({
  id: idSchema,
  role: z.enum(partyRoles),
  /** The name used in the journal; exports for supervision replace it by a pseudonym. */
  name: nonBlankSchema,
  /** Other names the party is called by ("Caro", "la abuela"), replaced by the pseudonym too. */
  aliases: z.array(nonBlankSchema),
  /** Free text such as "maternal grandmother, has day-to-day care". */
  relationship: z.string().optional(),
});

export type Party = z.infer<typeof partySchema>;
