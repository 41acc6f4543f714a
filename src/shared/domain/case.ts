/** A case: one family's file, with its parties, agreed goals and the phase the work is in. */
import { z } from 'zod';
import { caseStatuses, phaseDeciders, phases } from './taxonomy';
import { entryObjectSchema } from './entry';
import { attendanceRecordSchema, sessionPlanSchema } from './attendance';
import { goalSchema } from './goal';
import { goalReviewSchema, goalScaleSchema } from './goalAttainment';
import { nameLengthLimit, storedPartySchema } from './party';
import { calendarDateSchema, idSchema, nonBlankSchema, textSchema, timestampSchema } from './primitives';
import { caseSupervisionSchema } from './supervision';
import { warningDecisionSchema } from './warningDecision';

/** A move to a phase; the first one is where the case started. */
export const phaseChangeSchema = z.strictObject({
  phase: z.enum(phases),
  changedAt: calendarDateSchema,
  decidedBy: z.enum(phaseDeciders),
  reason: textSchema.optional(),
});

export type PhaseChange = z.infer<typeof phaseChangeSchema>;

/**
 * A case's alias as it is entered or imported: within the same limit as a party's name. Stored
 * cases are read without it (`caseObjectSchema`), so none written before it is refused.
 */
export const caseAliasSchema = nonBlankSchema.pipe(
  z.string().max(nameLengthLimit, { error: `must be at most ${nameLengthLimit} characters` }),
);

/** A case's fields without its entries and without the cross-checks. */
export const caseObjectSchema = z.strictObject({
  id: idSchema,
  /** A pseudonym such as "Family R.", the only name a case has outside the journal. */
  alias: nonBlankSchema,
  /** The court file number (RIT). Never leaves the journal except in the court report. */
  reference: textSchema.optional(),
  program: textSchema.optional(),
  status: z.enum(caseStatuses),
  /** The current phase; equal to the last phase change when there is one. */
  phase: z.enum(phases),
  /** Oldest first. */
  phaseHistory: z.array(phaseChangeSchema),
  openedAt: calendarDateSchema,
  closedAt: calendarDateSchema.optional(),
  parties: z.array(storedPartySchema),
  goals: z.array(goalSchema),
  /** How often the case plans to meet, once the practitioner says. */
  sessionPlan: sessionPlanSchema.optional(),
  /** Planned sessions that did not happen as planned (or were held with no reflection); oldest first. */
  attendance: z.array(attendanceRecordSchema).optional(),
  /** What the practitioner decided about rupture warnings, in the order decided; never removed. */
  warningDecisions: z.array(warningDecisionSchema).optional(),
  /** Goal attainment scales of some goals, one per goal at most. */
  goalScales: z.array(goalScaleSchema).optional(),
  /** Reviews of the scaled goals, oldest first. */
  goalReviews: z.array(goalReviewSchema).optional(),
  /** The case's part of each supervision it was discussed in, in the order recorded. */
  supervisions: z.array(caseSupervisionSchema).optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export type Case = z.infer<typeof caseObjectSchema>;

/** A case together with its entries, as the journal and the interchange format hold it. */
export const caseWithEntriesObjectSchema = caseObjectSchema.extend({ entries: z.array(entryObjectSchema) });

export type CaseWithEntries = z.infer<typeof caseWithEntriesObjectSchema>;
