/**
 * The JSON interchange format, version 1: the journal's records with most fields optional, so
 * files written by hand or by other tools need only what matters. Every object is strict: a field
 * this version does not know is refused, never silently dropped.
 */
import { z } from 'zod';
import {
  attendanceRecordShape,
  movedOnlyIfRescheduled,
  movedOnlyIfRescheduledIssue,
  sessionPlanSchema,
} from './attendance';
import { goalReviewSchema, goalScaleSchema } from './goalAttainment';
import { warningDecisionSchema } from './warningDecision';
import { caseStatuses, sectionVisibilities } from './taxonomy';
import { caseSupervisionSchema } from './supervision';
import { caseAliasSchema, phaseChangeSchema } from './case';
import { entryContentShape } from './entry';
import { goalSchema } from './goal';
import { caseListProblems, caseProblems, withProblems } from './integrity';
import { partyCountLimit, partySchema } from './party';
import { calendarDateSchema, idSchema, textSchema, timestampSchema } from './primitives';
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

/**
 * The most a file may hold: well beyond a practitioner's caseload over a career, and small enough
 * that a file made to exhaust the importer is refused with a message naming the list instead of
 * stopping it. Stated in `docs/interchange.md` ("Limits").
 */
export const interchangeLimits = {
  casesPerFile: 2_000,
  partiesPerCase: partyCountLimit,
  goalsPerCase: 500,
  attendancePerCase: 5_000,
  warningDecisionsPerCase: 10_000,
  goalReviewsPerCase: 1_000,
  supervisionsPerCase: 2_000,
  phaseChangesPerCase: 1_000,
  entriesPerCase: 20_000,
  reportsPerCase: 500,
  revisionsPerEntry: 1_000,
  /** Attendees, sections, prompt answers, tensions, relationships, strategies, feelings and supervision questions, each. */
  itemsPerEntryList: 500,
} as const;

function atMost(limit: number, what: string) {
  return [limit, { error: `expected at most ${limit} ${what}` }] as const;
}

const perEntry = atMost(interchangeLimits.itemsPerEntryList, 'items in this list of one entry');

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
  attendees: entryContentShape.attendees.max(...perEntry).optional(),
  sections: entryContentShape.sections.max(...perEntry),
  promptAnswers: entryContentShape.promptAnswers.max(...perEntry).optional(),
  tensions: z
    .array(interchangeTensionSchema)
    .max(...perEntry)
    .optional(),
  relationships: entryContentShape.relationships.max(...perEntry).optional(),
  strategies: z
    .array(interchangeStrategyUseSchema)
    .max(...perEntry)
    .optional(),
  ratings: entryContentShape.ratings.optional(),
  feelings: entryContentShape.feelings.max(...perEntry).optional(),
  feelingsVisibility: entryContentShape.feelingsVisibility.optional(),
  supervisionQuestions: entryContentShape.supervisionQuestions.max(...perEntry).optional(),
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
    .max(...atMost(interchangeLimits.revisionsPerEntry, 'earlier versions of one entry'))
    .optional(),
  createdAt: timestampSchema.optional(),
  updatedAt: timestampSchema.optional(),
});

/** A planned session's fate; when it was recorded may be left out, and its note is private unless said. */
const interchangeAttendanceSchema = z
  .strictObject({
    ...attendanceRecordShape,
    noteVisibility: z.enum(sectionVisibilities).optional(),
    createdAt: timestampSchema.optional(),
    updatedAt: timestampSchema.optional(),
  })
  .refine(movedOnlyIfRescheduled, movedOnlyIfRescheduledIssue);

/** A goal's attainment scale; when it was recorded may be left out. */
const interchangeGoalScaleSchema = goalScaleSchema.extend({
  createdAt: timestampSchema.optional(),
  updatedAt: timestampSchema.optional(),
});

/** A review of the scaled goals; when it was recorded may be left out. */
const interchangeGoalReviewSchema = goalReviewSchema.extend({
  createdAt: timestampSchema.optional(),
  updatedAt: timestampSchema.optional(),
});

export const interchangeCaseObjectSchema = z.strictObject({
  /** Kept from the journal that exported the case; a new one is made on import when absent. */
  id: idSchema.optional(),
  alias: caseAliasSchema,
  reference: textSchema.optional(),
  program: textSchema.optional(),
  status: z.enum(caseStatuses).optional(),
  phase: entryContentShape.phase,
  phaseHistory: z
    .array(phaseChangeSchema)
    .max(...atMost(interchangeLimits.phaseChangesPerCase, 'phase changes in one case'))
    .optional(),
  openedAt: calendarDateSchema.optional(),
  closedAt: calendarDateSchema.optional(),
  parties: z.array(interchangePartySchema).max(...atMost(interchangeLimits.partiesPerCase, 'parties in one case')),
  goals: z
    .array(interchangeGoalSchema)
    .max(...atMost(interchangeLimits.goalsPerCase, 'goals in one case'))
    .optional(),
  sessionPlan: sessionPlanSchema.optional(),
  attendance: z
    .array(interchangeAttendanceSchema)
    .max(...atMost(interchangeLimits.attendancePerCase, 'planned sessions in one case'))
    .optional(),
  /** Decisions about rupture warnings, whole: they are a history, so nothing in one is left to the importer. */
  warningDecisions: z
    .array(warningDecisionSchema)
    .max(...atMost(interchangeLimits.warningDecisionsPerCase, 'warning decisions in one case'))
    .optional(),
  goalScales: z
    .array(interchangeGoalScaleSchema)
    .max(...atMost(interchangeLimits.goalsPerCase, 'goal scales in one case'))
    .optional(),
  goalReviews: z
    .array(interchangeGoalReviewSchema)
    .max(...atMost(interchangeLimits.goalReviewsPerCase, 'goal reviews in one case'))
    .optional(),
  /** The case's part of each supervision, whole: remarks, agreed actions and their history, notes sent back. */
  supervisions: z
    .array(caseSupervisionSchema)
    .max(...atMost(interchangeLimits.supervisionsPerCase, 'supervisions in one case'))
    .optional(),
  entries: z.array(interchangeEntrySchema).max(...atMost(interchangeLimits.entriesPerCase, 'entries in one case')),
  /** The case's court reports, every version; left out when it has none. */
  reports: z
    .array(interchangeReportSchema)
    .max(...atMost(interchangeLimits.reportsPerCase, 'court reports in one case'))
    .optional(),
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
    cases: z.array(interchangeCaseSchema).max(...atMost(interchangeLimits.casesPerFile, 'cases in one file')),
  }),
  (document) => caseListProblems(document.cases).map((problem) => ({ ...problem, path: ['cases', ...problem.path] })),
);

export type InterchangeDocument = z.infer<typeof interchangeDocumentSchema>;
export type InterchangeCase = z.infer<typeof interchangeCaseObjectSchema>;
export type InterchangeEntry = z.infer<typeof interchangeEntrySchema>;
export type InterchangeEntryContent = z.infer<typeof interchangeEntryContentSchema>;
