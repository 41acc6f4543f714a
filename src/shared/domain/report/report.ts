/**
 * A court report: one per hearing, kept as numbered versions so that what the caregiver read,
 * what the court received and every draft in between stay readable. Statements are plain text,
 * each typed as fact, observation, allegation (by whom) or opinion (whose), citing sessions.
 */
import { z } from 'zod';
import { calendarDateSchema, idSchema, nonBlankSchema, textSchema, timestampSchema } from '../primitives';
import { statementBySchema } from '../section';
import { statementTypes } from '../taxonomy';
import { factChecks, prefilledFactSchema } from './prefilledFact';
import {
  commentOutcomes,
  commentStances,
  disclosureDecisions,
  hearingKinds,
  reportCheckIds,
  reportDocumentFormats,
  reportDocumentKinds,
  reportSectionKinds,
  reportStatuses,
  sharingMethods,
} from './reportTaxonomy';

/** Information one family member gave about another, held for a decision before the other reads it. */
/** The most characters one statement, comment or response may hold. */
export const longTextLimit = 100_000;

export const disclosureSchema = z.strictObject({
  /** The parties the statement is about. */
  aboutPartyIds: z.array(idSchema),
  decision: z.enum(disclosureDecisions),
});
export type Disclosure = z.infer<typeof disclosureSchema>;

/** Where an inserted statement came from: a reportable section of a reflection. */
export const statementSourceSchema = z.strictObject({ entryId: idSchema, sectionId: idSchema });
export type StatementSource = z.infer<typeof statementSourceSchema>;

export const statementSchema = z.strictObject({
  /** Stable across versions, so a comparison can tell a changed statement from a new one. */
  id: idSchema,
  /**
   * Plain text; blank lines separate paragraphs. About fifteen pages at most: a paste gone wrong is
   * refused, not saved. Blank in a statement the app wrote from `fact`: its words come from the fact.
   */
  text: textSchema.pipe(z.string().max(longTextLimit)),
  type: z.enum(statementTypes),
  /** Who alleges, or whose opinion it is; left out for an opinion: the practitioner's own. */
  by: statementBySchema.optional(),
  /** The sessions (entry ids) it comes from. */
  citations: z.array(idSchema),
  source: statementSourceSchema.optional(),
  disclosure: disclosureSchema.optional(),
  /**
   * The journal's fact it was written from, as data: read in the reader's language while `text`
   * is blank; once the practitioner rewrites it, where their words came from.
   */
  fact: prefilledFactSchema.optional(),
  /** "Check before sharing" and why; absent once confirmed or written by the practitioner. */
  check: z.enum(factChecks).optional(),
});
export type Statement = z.infer<typeof statementSchema>;

export const reportSectionSchema = z.strictObject({
  kind: z.enum(reportSectionKinds),
  statements: z.array(statementSchema),
});
export type ReportSection = z.infer<typeof reportSectionSchema>;

/** Which caregiver received the review copy, when and how. */
export const sharingSchema = z.strictObject({
  partyId: idSchema,
  date: calendarDateSchema,
  method: z.enum(sharingMethods),
});
export type Sharing = z.infer<typeof sharingSchema>;

export const reportCheckSchema = z.strictObject({
  id: z.enum(reportCheckIds),
  passed: z.boolean(),
  /** What was found, as values the UI and the documents put into words (days, section titles, names). */
  details: z.array(z.string()),
});
export type ReportCheck = z.infer<typeof reportCheckSchema>;

export const finalizationSchema = z.strictObject({
  at: timestampSchema,
  /** The checks as they stood when the practitioner finalized. */
  checks: z.array(reportCheckSchema),
  /** Why the practitioner went on although a check did not pass. */
  override: z.strictObject({ reason: nonBlankSchema }).optional(),
});
export type Finalization = z.infer<typeof finalizationSchema>;

/** A file exported from a version, as kept with it (the same name and hash as in the export log). */
export const reportDocumentSchema = z.strictObject({
  kind: z.enum(reportDocumentKinds),
  format: z.enum(reportDocumentFormats),
  fileName: z.string().min(1).max(255),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  exportedAt: timestampSchema,
});
export type ReportDocument = z.infer<typeof reportDocumentSchema>;

/** A final document as it went to court: pinned when the version is submitted. */
export const submittedDocumentSchema = reportDocumentSchema.pick({ fileName: true, format: true, sha256: true });
export type SubmittedDocument = z.infer<typeof submittedDocumentSchema>;

export const submissionSchema = z.strictObject({
  date: calendarDateSchema,
  court: nonBlankSchema,
  /**
   * The final documents exported from the version up to its submission: what went to court.
   * Later exports (printed again) stay in the version's `documents` only. Absent in reports
   * submitted before it was kept.
   */
  documents: z.array(submittedDocumentSchema).optional(),
});
export type Submission = z.infer<typeof submissionSchema>;

export const reportVersionSchema = z.strictObject({
  number: z.int().positive(),
  status: z.enum(reportStatuses),
  /** The version it was copied from. */
  basedOn: z.int().positive().optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /** One per kind, in `reportSectionKinds` order. */
  sections: z.array(reportSectionSchema),
  /** Why the caregiver's view is not recorded, when it is not. */
  caregiverViewAbsentReason: textSchema.optional(),
  sharedWith: sharingSchema.optional(),
  finalized: finalizationSchema.optional(),
  submitted: submissionSchema.optional(),
  /** Every document exported from this version, oldest first. */
  documents: z.array(reportDocumentSchema),
});
export type ReportVersion = z.infer<typeof reportVersionSchema>;

/** What the practitioner did about a comment. */
export const commentResponseSchema = z.strictObject({
  outcome: z.enum(commentOutcomes),
  /** What changed, or why not, in words the final report can show. */
  note: textSchema.pipe(z.string().max(longTextLimit)),
});
export type CommentResponse = z.infer<typeof commentResponseSchema>;

export const caregiverCommentSchema = z.strictObject({
  id: idSchema,
  /** The shared version the caregiver read. */
  version: z.int().positive(),
  section: z.enum(reportSectionKinds),
  stance: z.enum(commentStances),
  /** Their words, verbatim. */
  words: nonBlankSchema.pipe(z.string().max(longTextLimit)),
  /** The line or lines of the review copy they point at, as they said it ("12", "12-14"). */
  line: z.string().max(40).optional(),
  recordedOn: calendarDateSchema,
  response: commentResponseSchema.optional(),
});
export type CaregiverComment = z.infer<typeof caregiverCommentSchema>;

export const hearingSchema = z.strictObject({
  kind: z.enum(hearingKinds),
  /** Unknown at first, often. */
  date: calendarDateSchema.optional(),
});
export type Hearing = z.infer<typeof hearingSchema>;

export const courtReportSchema = z.strictObject({
  id: idSchema,
  caseId: idSchema,
  /** How the practitioner tells reports apart ("Review hearing, March"). */
  title: nonBlankSchema,
  /** The court it goes to; the case reference comes from the case. */
  court: textSchema.optional(),
  hearing: hearingSchema,
  /** Working days the caregiver should have the review copy before the hearing. */
  reviewWorkingDays: z.int().min(0).max(30),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /** Oldest first; never empty. */
  versions: z.array(reportVersionSchema).min(1),
  /** Oldest first. */
  comments: z.array(caregiverCommentSchema),
});
export type CourtReport = z.infer<typeof courtReportSchema>;

/**
 * The format of the report file this app writes. Format 2 keeps the facts a report takes from
 * the journal as data (`fact`, `check`); format 1 kept them as sentences (see `src/main/reports/reportMigrations`).
 */
export const reportFormatVersion = 2;

/** The vault file with a case's court reports (`reports:<caseId>`). */
export const caseReportsSchema = z.strictObject({
  version: z.literal(reportFormatVersion),
  caseId: idSchema,
  /** Oldest first. */
  reports: z.array(courtReportSchema),
});
export type CaseReports = z.infer<typeof caseReportsSchema>;

/** A case that has no court report yet. */
export function emptyCaseReports(caseId: string): CaseReports {
  return { version: reportFormatVersion, caseId, reports: [] };
}
