/**
 * The report's title, court, hearing and review window as a form holds them, and what it sends.
 * The values keep the request's shape (`hearing.date`, `reviewWorkingDays`), so each issue the
 * request's schema finds lands on its field.
 */
import { z } from 'zod';
import type { CourtReport } from '../../../shared/domain/report/report';
import { defaultReviewWorkingDays, type HearingKind } from '../../../shared/domain/report/reportTaxonomy';
import type { BriefLanguage } from '../../../shared/exports/language';
import { createReportRequestSchema, updateReportRequestSchema } from '../../../shared/reports/requests';
import type { FoundIssue } from '../ui/form/problemResolver';

export interface DetailsForm {
  title: string;
  court: string;
  hearing: { kind: HearingKind; date: string };
  /** As typed, so a half-typed number is not lost. */
  reviewWorkingDays: string;
}

export function blankDetails(): DetailsForm {
  return {
    title: '',
    court: '',
    hearing: { kind: 'first', date: '' },
    reviewWorkingDays: String(defaultReviewWorkingDays.first),
  };
}

export function detailsOf(report: CourtReport): DetailsForm {
  return {
    title: report.title,
    court: report.court ?? '',
    hearing: { kind: report.hearing.kind, date: report.hearing.date ?? '' },
    reviewWorkingDays: String(report.reviewWorkingDays),
  };
}

/**
 * The review window a new hearing kind brings: its usual one, unless the practitioner already
 * typed a window of their own (`undefined` then).
 */
export function reviewDaysForKind(form: DetailsForm, kind: HearingKind): string | undefined {
  const usual = String(defaultReviewWorkingDays[form.hearing.kind]);
  return form.reviewWorkingDays === usual ? String(defaultReviewWorkingDays[kind]) : undefined;
}

/** The fields `createReport` and `updateReport` share. */
export function detailsRequest(form: DetailsForm) {
  const court = form.court.trim();
  const days = form.reviewWorkingDays.trim();
  return {
    title: form.title.trim(),
    ...(court === '' ? {} : { court }),
    hearing: { kind: form.hearing.kind, ...(form.hearing.date === '' ? {} : { date: form.hearing.date }) },
    // A blank box is no number (not zero, which `Number('')` would make it).
    reviewWorkingDays: days === '' ? Number.NaN : Number(days),
  };
}

/** Which report the details are for: a new one of the case, or one that exists. */
export type DetailsTarget =
  { kind: 'create'; caseId: string; language: BriefLanguage } | { kind: 'update'; caseId: string; reportId: string };

const formShape = z.object({
  title: z.string(),
  court: z.string(),
  hearing: z.object({ kind: z.custom<HearingKind>(() => true), date: z.string() }),
  reviewWorkingDays: z.string(),
});

export function createDetailsSchema(caseId: string, language: BriefLanguage) {
  return formShape
    .transform((form): z.input<typeof createReportRequestSchema> => ({ caseId, ...detailsRequest(form), language }))
    .pipe(createReportRequestSchema);
}

/** A court left blank is cleared (`''`), not left as it was. */
export function updateDetailsSchema(caseId: string, reportId: string) {
  return formShape
    .transform((form): z.input<typeof updateReportRequestSchema> => ({
      caseId,
      reportId,
      court: '',
      ...detailsRequest(form),
    }))
    .pipe(updateReportRequestSchema);
}

export type DetailsProblem = 'title' | 'reviewDays' | 'date';

/** Names an issue of the details form by its field. */
export function detailsProblemOf({ path }: FoundIssue): DetailsProblem {
  if (path === 'title') return 'title';
  if (path === 'reviewWorkingDays') return 'reviewDays';
  return 'date';
}
