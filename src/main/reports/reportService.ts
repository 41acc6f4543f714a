/**
 * The court-report channels: the versioned record of each report, its review loop with the
 * caregiver, the checks before "final" and the journal text a report may quote.
 */
import type { CourtReport, ReportCheck } from '../../shared/domain/report/report';
import { AppError } from '../../shared/ipc/result';
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

export interface ReportServiceOptions {
  /** The open journal (session and store), or `locked`. */
  open: () => OpenJournal;
  now: () => Date;
  newId?: () => string;
}

export interface ReportService {
  /** Newest first. */
  listReports(caseId: string): Promise<CourtReport[]>;
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

export function createReportService(_options: ReportServiceOptions): ReportService {
  const unavailable = () => Promise.reject(new AppError('unavailable', 'Court reports are not available yet.'));
  return {
    listReports: unavailable,
    readReport: unavailable,
    createReport: unavailable,
    updateReport: unavailable,
    saveReportDraft: unavailable,
    reviseReport: unavailable,
    shareReviewCopy: unavailable,
    recordReportComment: unavailable,
    respondToReportComment: unavailable,
    checkReport: unavailable,
    finalizeReport: unavailable,
    submitReport: unavailable,
    compareReportVersions: unavailable,
    listReportableExcerpts: unavailable,
  };
}
