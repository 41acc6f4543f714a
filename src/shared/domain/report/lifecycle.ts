/**
 * The review loop of a court report as pure steps: each takes the report as stored and returns
 * it changed, or throws the `AppError` that says why the step is not possible now. Only the
 * newest version is ever changed, and only while it is a draft; shared, final and submitted
 * versions stay exactly as they were read (the documents exported from a version are appended
 * elsewhere, see `documents.ts`).
 */
import { AppError } from '../../ipc/result';
import type { Party } from '../party';
import type { PartyRole } from '../taxonomy';
import type {
  CaregiverComment,
  CommentResponse,
  CourtReport,
  Hearing,
  ReportCheck,
  ReportSection,
  Sharing,
  Submission,
} from './report';
import { pendingDisclosureCount } from './disclosure';
import { defaultReviewWorkingDays, reportSectionKinds } from './reportTaxonomy';
import {
  copiedVersion,
  newestVersion,
  refuseWhenFinalOrSubmitted,
  refuseWhenSubmitted,
  versionOf,
  withAdded,
  withNewest,
  isFrozen,
} from './versions';

/** Who can receive the review copy: the adults who care for the child. */
export const reviewRecipientRoles: readonly PartyRole[] = ['parent', 'caregiver'];

export interface NewReport {
  id: string;
  caseId: string;
  title: string;
  court?: string;
  hearing: Hearing;
  /** Left out: the usual window for the hearing's kind. */
  reviewWorkingDays?: number;
  /** What the journal already says, by section (see `prefill.ts`); the rest starts empty. */
  prefilled?: Partial<Record<ReportSection['kind'], ReportSection['statements']>>;
}

/** A new report: version 1, a draft with every section in the court's order. */
export function createReport(input: NewReport, at: string): CourtReport {
  const court = input.court?.trim();
  return {
    id: input.id,
    caseId: input.caseId,
    title: input.title.trim(),
    ...(court === undefined || court === '' ? {} : { court }),
    hearing: input.hearing,
    reviewWorkingDays: input.reviewWorkingDays ?? defaultReviewWorkingDays[input.hearing.kind],
    createdAt: at,
    updatedAt: at,
    versions: [
      {
        number: 1,
        status: 'draft',
        createdAt: at,
        updatedAt: at,
        sections: reportSectionKinds.map((kind) => ({ kind, statements: input.prefilled?.[kind] ?? [] })),
        documents: [],
      },
    ],
    comments: [],
  };
}

export interface DetailChanges {
  title?: string;
  /** Blank removes it. */
  court?: string;
  hearing?: Hearing;
  reviewWorkingDays?: number;
}

/** Title, court, hearing and review window, while the newest version is a draft or shared (the final report prints them). */
export function updateDetails(report: CourtReport, changes: DetailChanges, at: string): CourtReport {
  refuseWhenFinalOrSubmitted(report);
  const { court: _court, ...rest } = report;
  const court = changes.court === undefined ? report.court : changes.court.trim();
  return {
    ...rest,
    ...(changes.title === undefined ? {} : { title: changes.title.trim() }),
    ...(court === undefined || court === '' ? {} : { court }),
    ...(changes.hearing === undefined ? {} : { hearing: changes.hearing }),
    ...(changes.reviewWorkingDays === undefined ? {} : { reviewWorkingDays: changes.reviewWorkingDays }),
    updatedAt: at,
  };
}

export interface DraftText {
  version: number;
  sections: ReportSection[];
  caregiverViewAbsentReason?: string;
}

/** Saves the text of the newest version, which must be a draft. */
export function saveDraft(report: CourtReport, text: DraftText, at: string): CourtReport {
  const target = versionOf(report, text.version);
  if (isFrozen(target) || target !== newestVersion(report)) {
    throw new AppError(
      'report-frozen',
      `Version ${target.number} is ${target.status}: its text can no longer change. Revise the report to edit a new draft.`,
    );
  }
  checkSectionOrder(text.sections);
  checkStatementIds(text.sections);
  const { caregiverViewAbsentReason: _reason, ...rest } = target;
  const reason = text.caregiverViewAbsentReason?.trim();
  return withNewest(
    report,
    {
      ...rest,
      sections: text.sections,
      ...(reason === undefined || reason === '' ? {} : { caregiverViewAbsentReason: reason }),
    },
    at,
  );
}

function checkSectionOrder(sections: readonly ReportSection[]): void {
  const kinds = sections.map((section) => section.kind);
  if (kinds.length !== reportSectionKinds.length || kinds.some((kind, index) => kind !== reportSectionKinds[index])) {
    throw new AppError(
      'invalid-request',
      `A report has exactly these sections, in this order: ${reportSectionKinds.join(', ')}; got: ${kinds.join(', ') || 'none'}.`,
    );
  }
}

/** Statement ids tell versions apart in a comparison, so one id is one statement. */
function checkStatementIds(sections: readonly ReportSection[]): void {
  const seen = new Set<string>();
  for (const statement of sections.flatMap((section) => section.statements)) {
    if (seen.has(statement.id)) {
      throw new AppError('invalid-request', `Two statements have the id "${statement.id}"; each needs its own.`);
    }
    seen.add(statement.id);
  }
}

/** A new draft copied from the newest version, so a frozen version is changed by replacing it. */
export function reviseReport(report: CourtReport, at: string): CourtReport {
  refuseWhenSubmitted(report);
  const newest = newestVersion(report);
  if (newest.status === 'draft') {
    throw new AppError('report-step', `Version ${newest.number} is already a draft: edit it instead.`);
  }
  return withAdded(report, copiedVersion(newest, newest.number + 1, at), at);
}

/** The newest draft becomes the review copy the caregiver reads, frozen from now on. */
export function shareReviewCopy(
  report: CourtReport,
  sharing: Sharing,
  parties: readonly Party[],
  at: string,
): CourtReport {
  const newest = newestVersion(report);
  if (newest.status !== 'draft') {
    throw new AppError(
      'report-step',
      `Version ${newest.number} is ${newest.status}; only a draft is shared for review. Revise the report first.`,
    );
  }
  const party = parties.find((candidate) => candidate.id === sharing.partyId);
  if (party === undefined || !reviewRecipientRoles.includes(party.role)) {
    throw new AppError(
      'invalid-request',
      `The review copy goes to a parent or caregiver of the case; "${sharing.partyId}" is not one.`,
    );
  }
  if (newest.sections.every((section) => section.statements.length === 0)) {
    throw new AppError('report-step', 'This version has no statements yet: there is nothing to share.');
  }
  // An undecided statement would be left out of the review copy without the practitioner choosing so.
  const pending = pendingDisclosureCount(newest.sections);
  if (pending > 0) {
    throw new AppError(
      'report-step',
      `${pending} statement(s) one family member made about another have no disclosure decision: decide the flagged disclosures before sharing.`,
    );
  }
  return withNewest(report, { ...newest, status: 'shared', sharedWith: sharing }, at);
}

/** A caregiver's comment, kept with the shared version they read, while no final version prints the comments. */
export function recordComment(
  report: CourtReport,
  comment: Omit<CaregiverComment, 'id' | 'response'>,
  id: string,
  at: string,
): CourtReport {
  refuseWhenFinalOrSubmitted(report);
  const read = versionOf(report, comment.version);
  if (read.sharedWith === undefined) {
    throw new AppError(
      'report-step',
      `Version ${read.number} was never shared with a caregiver; a comment belongs to the review copy they read.`,
    );
  }
  const words = comment.words.trim();
  const line = comment.line?.trim();
  const { line: _line, ...rest } = comment;
  const recorded: CaregiverComment = { ...rest, id, words, ...(line === undefined || line === '' ? {} : { line }) };
  return { ...report, comments: [...report.comments, recorded], updatedAt: at };
}

/** What the practitioner did about a comment; it can be rewritten while no final version prints it. */
export function respondToComment(
  report: CourtReport,
  commentId: string,
  response: CommentResponse,
  at: string,
): CourtReport {
  refuseWhenFinalOrSubmitted(report);
  if (!report.comments.some((comment) => comment.id === commentId)) {
    throw new AppError('report-not-found', `The report "${report.title}" has no comment "${commentId}".`);
  }
  return {
    ...report,
    comments: report.comments.map((comment) => (comment.id === commentId ? { ...comment, response } : comment)),
    updatedAt: at,
  };
}

/**
 * The newest version becomes final with the checks as they stand. A draft becomes final itself;
 * a shared version stays as the caregiver read it, and a final copy of it is added.
 */
export function finalizeReport(
  report: CourtReport,
  checks: ReportCheck[],
  overrideReason: string | undefined,
  at: string,
): CourtReport {
  refuseWhenSubmitted(report);
  const newest = newestVersion(report);
  if (newest.status === 'final') {
    throw new AppError('report-step', `Version ${newest.number} is already final.`);
  }
  const failed = checks.filter((check) => !check.passed).map((check) => check.id);
  const reason = overrideReason?.trim();
  if (failed.length > 0 && (reason === undefined || reason === '')) {
    throw new AppError(
      'report-checks-failed',
      `These checks did not pass: ${failed.join(', ')}. Fix them, or give the reason to go on anyway.`,
    );
  }
  const finalized = {
    at,
    checks,
    ...(failed.length > 0 && reason !== undefined ? { override: { reason } } : {}),
  };
  if (newest.status === 'draft') return withNewest(report, { ...newest, status: 'final', finalized }, at);
  return withAdded(report, { ...copiedVersion(newest, newest.number + 1, at), status: 'final', finalized }, at);
}

/**
 * The final version went to court: it needs the exported final report. The final documents
 * exported so far are pinned with the submission, so later copies are told apart from what was sent.
 */
export function submitReport(report: CourtReport, submission: Submission, at: string): CourtReport {
  refuseWhenSubmitted(report);
  const newest = newestVersion(report);
  if (newest.status !== 'final') {
    throw new AppError(
      'report-step',
      `Version ${newest.number} is ${newest.status}; only a final version is submitted. Make it final first.`,
    );
  }
  const documents = newest.documents
    .filter((document) => document.kind === 'final')
    .map(({ fileName, format, sha256 }) => ({ fileName, format, sha256 }));
  if (documents.length === 0) {
    throw new AppError(
      'report-step',
      'Export the final report first, so the file that goes to court and its SHA-256 are kept with this version.',
    );
  }
  const submitted = { date: submission.date, court: submission.court.trim(), documents };
  return withNewest(report, { ...newest, status: 'submitted', submitted }, at);
}
