/** A person or body in the case: the child, the adults around them, other professionals, the court. */
import { z } from 'zod';
import { partyRoles } from './taxonomy';
import { idSchema, nonBlankSchema } from './primitives';

/**
 * The longest name or alias a party, or a case, may be given: room for any real name, and far
 * from what makes the patterns that find names in a brief too large to build.
 */
export const nameLengthLimit = 200;
/** The most aliases one party may have. */
export const aliasCountLimit = 50;
/** The most parties one case may have. */
export const partyCountLimit = 200;

/**
 * A name or an alias as it is entered or imported. A limit on what comes in, not on what is read:
 * a journal that already holds a longer name opens as before (`storedPartySchema`), and only a
 * change to that party has to shorten it.
 */
export const partyNameSchema = nonBlankSchema.pipe(
  z.string().max(nameLengthLimit, { error: `must be at most ${nameLengthLimit} characters` }),
);

/** A party as the journal stores it, read without the input limits so nothing stored before them is refused. */
export const storedPartySchema = z.strictObject({
  id: idSchema,
  role: z.enum(partyRoles),
  /** The name used in the journal; exports for supervision replace it by a pseudonym. */
  name: nonBlankSchema,
  /** Other names the party is called by ("Caro", "la abuela"), replaced by the pseudonym too. */
  aliases: z.array(nonBlankSchema),
  /** Free text such as "maternal grandmother, has day-to-day care". */
  relationship: z.string().optional(),
});

/** A party as it is entered (IPC) or imported: its name and aliases within the limits above. */
export const partySchema = storedPartySchema.extend({
  name: partyNameSchema,
  aliases: z
    .array(partyNameSchema)
    .max(aliasCountLimit, { error: `expected at most ${aliasCountLimit} aliases for one party` }),
});

export type Party = z.infer<typeof storedPartySchema>;
