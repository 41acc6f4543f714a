/** Court reports: versions, the review loop with the caregiver, checks, comparisons and hearings. */
import type { Handlers } from '../ipc/router';
import type { Services } from '../services';

export function reportHandlers({ reports, hearings }: Pick<Services, 'reports' | 'hearings'>) {
  return {
    listReports: ({ caseId }) => reports.listReports(caseId),
    getReport: ({ caseId, reportId }) => reports.readReport(caseId, reportId),
    createReport: (request) => reports.createReport(request),
    updateReport: (request) => reports.updateReport(request),
    saveReportDraft: (request) => reports.saveReportDraft(request),
    reviseReport: (request) => reports.reviseReport(request),
    shareReviewCopy: (request) => reports.shareReviewCopy(request),
    recordReportComment: (request) => reports.recordReportComment(request),
    respondToReportComment: (request) => reports.respondToReportComment(request),
    checkReport: (request) => reports.checkReport(request),
    finalizeReport: (request) => reports.finalizeReport(request),
    submitReport: (request) => reports.submitReport(request),
    compareReportVersions: (request) => reports.compareReportVersions(request),
    listReportableExcerpts: ({ caseId }) => reports.listReportableExcerpts(caseId),
    listHearings: () => hearings.list(),
  } satisfies Partial<Handlers>;
}
