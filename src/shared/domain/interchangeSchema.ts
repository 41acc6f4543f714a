/**
 * The JSON interchange format, version 1: the journal's records with most fields optional, so
 * files written by hand or by other tools need only what matters. Every object is strict: a field
 * this version does not know is refused, never silently dropped.
 */
import { z } from 'zod';
import { caseStatuses } from './taxonomy';
import { phaseChangeSchema } from './case';
import { entryContentShape } from './entry';
import { goalSchema } from './goal';
import { caseListProblems, caseProblems, withProblems } from './integrity';
import { partySchema } from './party';
import { calendarDateSchema, idSchema, nonBlankSchema, textSchema, timestampSchema } from './primitives';
import { strategyUseSchema, tensionSchema } from './reflexivity';
import { interchangeReportSchema, reportProblems } from './report/reportInterchange';

export const interchangeFormat = 'alianza-journal';
export const interchangeVersion = 1;

/** The two fields that say what a file is, checked before anything else. */
export const interchangeHeaderSchema = z.object({
  format: z.literal(interchangeFormat, {
    error: `expected "${interchangeFormat}": this is not an Alianza journal file`,
  }),
  version: z.literal(interchangeVersion, {
    error: (issue) =>
      typeof issue.input === 'number' && issue.input > interchangeVersion
        ? `this file is version ${issue.input}, written by a newer Alianza; this copy reads version ${interchangeVersion}`
        : `expected ${interchangeVersion}`,
  }),
});

export const interchangePartySchema = partySchema.partial({ aliases: true });
export const interchangeGoalSchema = goalSchema.partial({ agreedWith: true, status: true });
export const interchangeTensionSchema = tensionSchema.partial({
  indicators: true,
  parties: true,
  rupture: true,
  repairSteps: true,
});
export const interchangeStrategyUseSchema = strategyUseSchema.partial({ outcome: true });

/** Entry content: the session date, phase and sections are required; the rest may be left out. */
const interchangeContentShape = {
  ...entryContentShape,
  attendees: entryContentShape.attendees.optional(),
  promptAnswers: entryContentShape.promptAnswers.optional(),
  tensions: z.array(interchangeTensionSchema).optional(),
  relationships: entryContentShape.relationships.optional(),
  strategies: z.array(interchangeStrategyUseSchema).optional(),
  ratings: entryContentShape.ratings.optional(),
  feelings: entryContentShape.feelings.optional(),
  feelingsVisibility: entryContentShape.feelingsVisibility.optional(),
  supervisionQuestions: entryContentShape.supervisionQuestions.optional(),
};

export const interchangeEntryContentSchema = z.strictObject(interchangeContentShape);

export const interchangeEntrySchema = z.strictObject({
  id: idSchema,
  ...interchangeContentShape,
  history: z
    .array(
      z.strictObject({
        editedAt: timestampSchema,
        reason: textSchema.optional(),
        previous: interchangeEntryContentSchema,
      }),
    )
    .optional(),
  createdAt: timestampSchema.optional(),
  updatedAt: timestampSchema.optional(),
});

export const interchangeCaseObjectSchema = z.strictObject({
  /** Kept from the journal that exported the case; a new one is made on import when absent. */
  id: idSchema.optional(),
  alias: nonBlankSchema,
  reference: textSchema.optional(),
  program: textSchema.optional(),
  status: z.enum(caseStatuses).optional(),
  phase: entryContentShape.phase,
  phaseHistory: z.array(phaseChangeSchema).optional(),
  openedAt: calendarDateSchema.optional(),
  closedAt: calendarDateSchema.optional(),
  parties: z.array(interchangePartySchema),
  goals: z.array(interchangeGoalSchema).optional(),
  entries: z.array(interchangeEntrySchema),
  /** The case's court reports, every version; left out when it has none. */
  reports: z.array(interchangeReportSchema).optional(),
  createdAt: timestampSchema.optional(),
  updatedAt: timestampSchema.optional(),
});

export const interchangeCaseSchema = withProblems(interchangeCaseObjectSchema, (journalCase) => [
  ...caseProblems(journalCase),
  ...reportProblems(journalCase),
]);

export const interchangeDocumentSchema = withProblems(
  z.strictObject({
    format: interchangeHeaderSchema.shape.format,
    version: interchangeHeaderSchema.shape.version,
    cases: z.array(interchangeCaseSchema),
  }),
  (document) => caseListProblems(document.cases).map((problem) => ({ ...problem, path: ['cases', ...problem.path] })),
);

export type InterchangeDocument = z.infer<typeof interchangeDocumentSchema>;
export type InterchangeCase = z.infer<typeof interchangeCaseObjectSchema>;
export type InterchangeEntry = z.infer<typeof interchangeEntrySchema>;
export type InterchangeEntryContent = z.infer<typeof interchangeEntryContentSchema>;
