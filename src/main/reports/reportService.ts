/**
 * The court-report channels: the versioned record of each report, its review loop with the
 * caregiver, the checks before "final" and the journal text a report may quote. The rules are
 * the pure steps of `shared/domain/report`; this service reads the case they need, and keeps
 * the reports in the case's encrypted report file, one write at a time (`reportFileOf`).
 */
import { randomUUID } from 'node:crypto';
import type { CaseWithEntries } from '../../shared/domain/case';
import { reportIn, withReport } from '../../shared/domain/report/caseReports';
import { checkReport } from '../../shared/domain/report/checks';
import { withSuggestedDisclosures } from '../../shared/domain/report/disclosure';
import { reportableExcerpts } from '../../shared/domain/report/excerpts';
import * as lifecycle from '../../shared/domain/report/lifecycle';
import { reportInStep } from '../../shared/domain/report/factsInStep';
import { prefillFromJournal } from '../../shared/domain/report/prefill';
import { refuseUnattributedAllegations } from '../../shared/domain/report/attribution';
import { refusePrivateText } from '../../shared/domain/report/privateTextGate';
import { checkStatementReferences, checkStatementSources } from '../../shared/domain/report/references';
import type { CourtReport, ReportCheck } from '../../shared/domain/report/report';
import { newestVersion, versionOf } from '../../shared/domain/report/versions';
import type { BriefLanguage } from '../../shared/exports/language';
import type {
  CompareVersionsRequest,
  CreateReportRequest,
  FinalizeReportRequest,
  RecordCommentRequest,
  ReportableExcerpt,
  ReportIdRequest,
  RespondToCommentRequest,
  SaveReportDraftRequest,
  ShareReviewCopyRequest,
  SubmitReportRequest,
  UpdateReportRequest,
  VersionComparison,
} from '../../shared/reports/requests';
import type { OpenJournal } from '../journal/openJournal';
import { weekendsOnly, type PublicHolidays } from '../../shared/domain/report/workingDays';
import { reportFileOf, type ReportFile } from './reportFile';

export interface ReportServiceOptions {
  /** The open journal (session and store), or `locked`. */
  open: () => OpenJournal;
  now: () => Date;
  /** Ids of reports, statements and comments; `crypto.randomUUID` unless a test needs fixed ones. */
  newId?: () => string;
  /** The language versions are compared in when the request does not say: the app's. */
  language?: () => Promise<BriefLanguage>;
  /** The practitioner's public holidays, which the review-window check skips; weekends only without. */
  holidays?: () => Promise<PublicHolidays>;
}

export interface ReportService {
  /** Newest first. */
  listReports(caseId: string): Promise<CourtReport[]>;
  /** One report of a case, or `report-not-found`. */
  readReport(caseId: string, reportId: string): Promise<CourtReport>;
  createReport(request: CreateReportRequest): Promise<CourtReport>;
  updateReport(request: UpdateReportRequest): Promise<CourtReport>;
  saveReportDraft(request: SaveReportDraftRequest): Promise<CourtReport>;
  reviseReport(request: ReportIdRequest): Promise<CourtReport>;
  shareReviewCopy(request: ShareReviewCopyRequest): Promise<CourtReport>;
  recordReportComment(request: RecordCommentRequest): Promise<CourtReport>;
  respondToReportComment(request: RespondToCommentRequest): Promise<CourtReport>;
  /** The checks of the newest version, as they stand now. */
  checkReport(request: ReportIdRequest): Promise<ReportCheck[]>;
  finalizeReport(request: FinalizeReportRequest): Promise<CourtReport>;
  submitReport(request: SubmitReportRequest): Promise<CourtReport>;
  compareReportVersions(request: CompareVersionsRequest): Promise<VersionComparison>;
  listReportableExcerpts(caseId: string): Promise<ReportableExcerpt[]>;
}

export function createReportService(options: ReportServiceOptions): ReportService {
  const newId = options.newId ?? randomUUID;
  const language = options.language ?? (() => Promise.resolve<BriefLanguage>('en'));
  const holidays = options.holidays ?? (() => Promise.resolve(weekendsOnly));
  const at = () => options.now().toISOString();

  /** The case (which must exist) and the report file of the open session. */
  async function context(caseId: string): Promise<{ journalCase: CaseWithEntries; file: ReportFile }> {
    const { session, store } = options.open();
    const journalCase = await store.readCase(caseId);
    return { journalCase, file: reportFileOf(session) };
  }

  async function readReport(caseId: string, reportId: string): Promise<CourtReport> {
    const { journalCase, file } = await context(caseId);
    return reportInStep(reportIn(await file.read(caseId), reportId), journalCase);
  }

  /** Reads the case, then changes one report in its file with a pure step; returns the report as saved. */
  async function changeReport(
    caseId: string,
    reportId: string,
    change: (report: CourtReport, journalCase: CaseWithEntries) => CourtReport,
  ): Promise<CourtReport> {
    const { journalCase, file } = await context(caseId);
    return file.update(caseId, (current) => {
      // The draft's facts follow the journal and the report's details, before and after the change.
      const before = reportInStep(reportIn(current, reportId), journalCase);
      const next = reportInStep(change(before, journalCase), journalCase);
      return { next: withReport(current, next), result: next };
    });
  }

  return {
    listReports: async (caseId) => {
      const { journalCase, file } = await context(caseId);
      return [...(await file.read(caseId)).reports].reverse().map((report) => reportInStep(report, journalCase));
    },
    readReport,

    createReport: async (request) => {
      const { journalCase, file } = await context(request.caseId);
      const prefilled = prefillFromJournal({
        journalCase,
        newId,
        ...(request.court === undefined ? {} : { court: request.court }),
      });
      const { language: _language, ...details } = request;
      const report = lifecycle.createReport({ ...details, id: newId(), prefilled }, at());
      return file.update(request.caseId, (current) => ({
        next: { ...current, reports: [...current.reports, report] },
        result: report,
      }));
    },

    updateReport: ({ caseId, reportId, ...changes }) =>
      changeReport(caseId, reportId, (report) => lifecycle.updateDetails(report, changes, at())),

    saveReportDraft: ({ caseId, reportId, ...text }) =>
      changeReport(caseId, reportId, (report, journalCase) => {
        // What one family member said about another waits for a decision before anyone reads it.
        const sections = text.sections.map((section) => ({
          ...section,
          statements: withSuggestedDisclosures(section.statements, journalCase.parties),
        }));
        const saved = lifecycle.saveDraft(report, { ...text, sections }, at());
        checkStatementReferences(sections, journalCase);
        checkStatementSources(sections, journalCase);
        return saved;
      }),

    reviseReport: ({ caseId, reportId }) =>
      changeReport(caseId, reportId, (report) => lifecycle.reviseReport(report, at())),

    shareReviewCopy: ({ caseId, reportId, sharedWith }) =>
      changeReport(caseId, reportId, (report, journalCase) => {
        const shared = lifecycle.shareReviewCopy(report, sharedWith, journalCase.parties, at());
        refusePrivateText(shared, newestVersion(shared), journalCase);
        refuseUnattributedAllegations(newestVersion(shared));
        return shared;
      }),

    recordReportComment: ({ caseId, reportId, comment }) =>
      changeReport(caseId, reportId, (report) => lifecycle.recordComment(report, comment, newId(), at())),

    respondToReportComment: ({ caseId, reportId, commentId, response }) =>
      changeReport(caseId, reportId, (report) => lifecycle.respondToComment(report, commentId, response, at())),

    checkReport: async ({ caseId, reportId }) => {
      const { journalCase, file } = await context(caseId);
      const report = reportInStep(reportIn(await file.read(caseId), reportId), journalCase);
      return checkReport(report, journalCase, await holidays());
    },

    finalizeReport: async ({ caseId, reportId, overrideReason }) => {
      const calendar = await holidays();
      return changeReport(caseId, reportId, (report, journalCase) => {
        // Private text is never overridden: no reason lets it into what the court reads.
        refusePrivateText(report, newestVersion(report), journalCase, overrideReason);
        refuseUnattributedAllegations(newestVersion(report));
        return lifecycle.finalizeReport(report, checkReport(report, journalCase, calendar), overrideReason, at());
      });
    },

    submitReport: ({ caseId, reportId, date, court }) =>
      changeReport(caseId, reportId, (report) => lifecycle.submitReport(report, { date, court }, at())),

    compareReportVersions: async ({ caseId, reportId, from, to, language: reader }) => {
      const report = await readReport(caseId, reportId);
      // The word diff (jsdiff) is loaded when versions are first compared.
      const { compareVersions } = await import('../../shared/domain/report/comparison');
      return compareVersions(versionOf(report, from), versionOf(report, to), reader ?? (await language()));
    },

    listReportableExcerpts: async (caseId) => reportableExcerpts((await context(caseId)).journalCase),
  };
}
