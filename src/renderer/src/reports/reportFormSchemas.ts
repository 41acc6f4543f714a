/**
 * The report forms' schemas: the values keep the request's shape (`comment.words`…) so each issue
 * the request's schema finds lands on the field that holds it; only trimming and the report's key
 * are added on the way.
 */
import { z } from 'zod';
import type { CourtReport } from '../../../shared/domain/report/report';
import type {
  CommentOutcome,
  CommentStance,
  ReportSectionKind,
  SharingMethod,
} from '../../../shared/domain/report/reportTaxonomy';
import {
  finalizeReportRequestSchema,
  recordCommentRequestSchema,
  respondToCommentRequestSchema,
  shareReviewCopyRequestSchema,
  submitReportRequestSchema,
} from '../../../shared/reports/requests';
import type { FoundIssue } from '../ui/form/problemResolver';

export type CommentRequest = z.infer<typeof recordCommentRequestSchema>;
export type ResponseRequest = z.infer<typeof respondToCommentRequestSchema>;

export interface CommentValues {
  comment: { stance: CommentStance; words: string; line: string; recordedOn: string };
}

export interface ResponseValues {
  response: { outcome: CommentOutcome; note: string };
}

export interface SubmissionValues {
  date: string;
  court: string;
}

export interface SharingValues {
  sharedWith: { partyId: string; date: string; method: SharingMethod };
}

/** What a report form says about a field: missing, not a date, or too long. */
export type ReportFieldProblem = 'missing' | 'date-missing' | 'date-invalid' | 'too-long';

const typed = <T>() => z.custom<T>(() => true);

export function commentSchema(report: CourtReport, version: number, section: ReportSectionKind) {
  return z
    .object({
      comment: z.object({
        stance: typed<CommentStance>(),
        words: z.string(),
        line: z.string(),
        recordedOn: z.string(),
      }),
    })
    .transform(({ comment }): z.input<typeof recordCommentRequestSchema> => {
      const line = comment.line.trim();
      return {
        caseId: report.caseId,
        reportId: report.id,
        comment: {
          version,
          section,
          stance: comment.stance,
          words: comment.words,
          recordedOn: comment.recordedOn,
          ...(line === '' ? {} : { line }),
        },
      };
    })
    .pipe(recordCommentRequestSchema);
}

export function responseSchema(report: CourtReport, commentId: string) {
  return z
    .object({ response: z.object({ outcome: typed<CommentOutcome>(), note: z.string() }) })
    .transform(({ response }): z.input<typeof respondToCommentRequestSchema> => ({
      caseId: report.caseId,
      reportId: report.id,
      commentId,
      response: { outcome: response.outcome, note: response.note.trim() },
    }))
    .pipe(respondToCommentRequestSchema);
}

export function submissionSchema(report: CourtReport) {
  return z
    .object({ date: z.string(), court: z.string() })
    .transform((values): z.input<typeof submitReportRequestSchema> => ({
      caseId: report.caseId,
      reportId: report.id,
      date: values.date,
      court: values.court.trim(),
    }))
    .pipe(submitReportRequestSchema);
}

export function sharingSchema(report: CourtReport) {
  return z
    .object({ sharedWith: z.object({ partyId: z.string(), date: z.string(), method: typed<SharingMethod>() }) })
    .transform((values): z.input<typeof shareReviewCopyRequestSchema> => ({
      caseId: report.caseId,
      reportId: report.id,
      sharedWith: values.sharedWith,
    }))
    .pipe(shareReviewCopyRequestSchema);
}

/** Names an issue of a report form's field from the value there. */
export function reportProblemOf({ path, value, code }: FoundIssue): ReportFieldProblem {
  const blank = typeof value !== 'string' || value.trim() === '';
  if (path.endsWith('recordedOn') || path.endsWith('date')) return blank ? 'date-missing' : 'date-invalid';
  if (code === 'too_big') return 'too-long';
  return blank ? 'missing' : 'too-long';
}

/** A reason to go on is sent (and then required) only when a check other than private text failed. */
export function finalizeSchema(report: CourtReport, failed: boolean) {
  return z
    .object({ overrideReason: z.string() })
    .transform((values): z.input<typeof finalizeReportRequestSchema> => ({
      caseId: report.caseId,
      reportId: report.id,
      ...(failed ? { overrideReason: values.overrideReason.trim() } : {}),
    }))
    .pipe(finalizeReportRequestSchema);
}
