/** What the renderer sends and gets back for court reports. */
import { z } from 'zod';
import { calendarDateSchema, idSchema, nonBlankSchema, textSchema } from '../domain/primitives';
import {
  caregiverCommentSchema,
  commentResponseSchema,
  courtReportSchema,
  hearingSchema,
  reportCheckSchema,
  reportSectionSchema,
  sharingSchema,
  statementSchema,
  submissionSchema,
} from '../domain/report/report';
import { reportDocumentFormats, reportDocumentKinds, reportSectionKinds } from '../domain/report/reportTaxonomy';
import { statementBySchema } from '../domain/section';
import { phases, statementTypes } from '../domain/taxonomy';
import { briefLanguages } from '../exports/language';
import { savedOrCancelledSchema } from '../exports/requests';

const reportKey = { caseId: idSchema, reportId: idSchema };
export const reportIdRequestSchema = z.strictObject(reportKey);

export const createReportRequestSchema = z.strictObject({
  caseId: idSchema,
  title: nonBlankSchema.pipe(z.string().max(200)),
  court: textSchema.max(200).optional(),
  hearing: hearingSchema,
  /** Left out: the usual window for the hearing's kind. */
  reviewWorkingDays: z.int().min(0).max(30).optional(),
  /**
   * Not used since report format 2: the facts a report starts with are kept as data and read in
   * the reader's language. Still accepted, so a caller that sends it is not refused.
   */
  language: z.enum(briefLanguages).optional(),
});

/** Title, court, hearing and review window can change until the report is submitted. */
export const updateReportRequestSchema = z.strictObject({
  ...reportKey,
  title: nonBlankSchema.pipe(z.string().max(200)).optional(),
  court: textSchema.max(200).optional(),
  hearing: hearingSchema.optional(),
  reviewWorkingDays: z.int().min(0).max(30).optional(),
});

/** Saves the text of the newest version, which must be a draft (`report-frozen` otherwise). */
export const saveReportDraftRequestSchema = z.strictObject({
  ...reportKey,
  version: z.int().positive(),
  sections: z.array(reportSectionSchema),
  caregiverViewAbsentReason: textSchema.max(5_000).optional(),
});

export const shareReviewCopyRequestSchema = z.strictObject({ ...reportKey, sharedWith: sharingSchema });

export const recordCommentRequestSchema = z.strictObject({
  ...reportKey,
  comment: caregiverCommentSchema.omit({ id: true, response: true }),
});

export const respondToCommentRequestSchema = z.strictObject({
  ...reportKey,
  commentId: idSchema,
  response: commentResponseSchema,
});

export const finalizeReportRequestSchema = z.strictObject({
  ...reportKey,
  /** Required when a check does not pass; kept with the final version. */
  overrideReason: nonBlankSchema.pipe(z.string().max(5_000)).optional(),
});

/** The documents that went to court are taken from the version, never from the request. */
export const submitReportRequestSchema = z.strictObject({
  ...reportKey,
  date: submissionSchema.shape.date,
  court: submissionSchema.shape.court,
});

export const compareVersionsRequestSchema = z.strictObject({
  ...reportKey,
  from: z.int().positive(),
  to: z.int().positive(),
  /** The language the facts the app wrote are compared in (the reader's); left out: English. */
  language: z.enum(briefLanguages).optional(),
});

/** A run of words in a changed statement: kept, added or removed. */
export const textChangeSchema = z.strictObject({
  kind: z.enum(['same', 'added', 'removed']),
  text: z.string(),
});

export const statementChangeSchema = z.strictObject({
  before: statementSchema,
  after: statementSchema,
  /** Word by word; empty when only the type, author or citations changed. */
  text: z.array(textChangeSchema),
  /** What else changed about it. */
  fields: z.array(z.enum(['type', 'by', 'citations', 'disclosure'])),
});

export const sectionComparisonSchema = z.strictObject({
  kind: z.enum(reportSectionKinds),
  added: z.array(statementSchema),
  removed: z.array(statementSchema),
  changed: z.array(statementChangeSchema),
  unchanged: z.int().nonnegative(),
});

export const versionComparisonSchema = z.strictObject({
  from: z.int().positive(),
  to: z.int().positive(),
  sections: z.array(sectionComparisonSchema),
});

/** A reportable section of a reflection, as the "insert from journal" panel offers it. */
export const reportableExcerptSchema = z.strictObject({
  entryId: idSchema,
  sectionId: idSchema,
  sessionDate: calendarDateSchema,
  phase: z.enum(phases),
  title: z.string(),
  /** Plain text, markdown marks removed. */
  text: z.string(),
  statementType: z.enum(statementTypes).optional(),
  statementBy: statementBySchema.optional(),
});

export const exportReportRequestSchema = z.strictObject({
  ...reportKey,
  /** Left out: the newest version (for `final`, the newest final or submitted one). */
  version: z.int().positive().optional(),
  kind: z.enum(reportDocumentKinds),
  format: z.enum(reportDocumentFormats),
  language: z.enum(briefLanguages),
});

export const previewReportResponseSchema = z.strictObject({
  markdown: z.string(),
  suggestedFileName: z.string(),
});

export const exportReportResponseSchema = savedOrCancelledSchema;

export const courtReportListSchema = z.array(courtReportSchema);
export const reportChecksSchema = z.array(reportCheckSchema);
export const reportableExcerptsSchema = z.array(reportableExcerptSchema);

export type ReportIdRequest = z.output<typeof reportIdRequestSchema>;
export type CreateReportRequest = z.output<typeof createReportRequestSchema>;
export type UpdateReportRequest = z.output<typeof updateReportRequestSchema>;
export type SaveReportDraftRequest = z.output<typeof saveReportDraftRequestSchema>;
export type ShareReviewCopyRequest = z.output<typeof shareReviewCopyRequestSchema>;
export type RecordCommentRequest = z.output<typeof recordCommentRequestSchema>;
export type RespondToCommentRequest = z.output<typeof respondToCommentRequestSchema>;
export type FinalizeReportRequest = z.output<typeof finalizeReportRequestSchema>;
export type SubmitReportRequest = z.output<typeof submitReportRequestSchema>;
export type CompareVersionsRequest = z.output<typeof compareVersionsRequestSchema>;
export type TextChange = z.output<typeof textChangeSchema>;
export type StatementChange = z.output<typeof statementChangeSchema>;
export type SectionComparison = z.output<typeof sectionComparisonSchema>;
export type VersionComparison = z.output<typeof versionComparisonSchema>;
export type ReportableExcerpt = z.output<typeof reportableExcerptSchema>;
export type ExportReportRequest = z.output<typeof exportReportRequestSchema>;
export type PreviewReportResponse = z.output<typeof previewReportResponseSchema>;
export type ExportReportResponse = z.output<typeof exportReportResponseSchema>;
