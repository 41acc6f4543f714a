/** The report's title, court, hearing and review window as a form holds them, and what it sends. */
import type { CourtReport } from '../../../shared/domain/report/report';
import { defaultReviewWorkingDays, type HearingKind } from '../../../shared/domain/report/reportTaxonomy';

export interface DetailsForm {
  title: string;
  court: string;
  hearingKind: HearingKind;
  hearingDate: string;
  /** As typed, so a half-typed number is not lost. */
  reviewDays: string;
}

export function blankDetails(): DetailsForm {
  return {
    title: '',
    court: '',
    hearingKind: 'first',
    hearingDate: '',
    reviewDays: String(defaultReviewWorkingDays.first),
  };
}

export function detailsOf(report: CourtReport): DetailsForm {
  return {
    title: report.title,
    court: report.court ?? '',
    hearingKind: report.hearing.kind,
    hearingDate: report.hearing.date ?? '',
    reviewDays: String(report.reviewWorkingDays),
  };
}

/**
 * A new hearing kind brings its usual review window, unless the practitioner already typed a
 * window of their own.
 */
export function withHearingKind(form: DetailsForm, kind: HearingKind): DetailsForm {
  const usual = String(defaultReviewWorkingDays[form.hearingKind]);
  return {
    ...form,
    hearingKind: kind,
    reviewDays: form.reviewDays === usual ? String(defaultReviewWorkingDays[kind]) : form.reviewDays,
  };
}

export interface DetailsProblems {
  title?: 'missing';
  reviewDays?: 'invalid';
}

export function detailsProblems(form: DetailsForm): DetailsProblems {
  const days = Number(form.reviewDays);
  return {
    ...(form.title.trim() === '' ? { title: 'missing' as const } : {}),
    ...(/^\d+$/.test(form.reviewDays.trim()) && days <= 30 ? {} : { reviewDays: 'invalid' as const }),
  };
}

/** The fields `createReport` and `updateReport` share. */
export function detailsRequest(form: DetailsForm) {
  const court = form.court.trim();
  return {
    title: form.title.trim(),
    ...(court === '' ? {} : { court }),
    hearing: { kind: form.hearingKind, ...(form.hearingDate === '' ? {} : { date: form.hearingDate }) },
    reviewWorkingDays: Number(form.reviewDays.trim()),
  };
}
