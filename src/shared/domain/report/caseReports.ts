/** Finding and replacing one report in a case's report file, the same way for every step and every export. */
import { AppError } from '../../ipc/result';
import type { CaseReports, CourtReport } from './report';

/** The report with this id, or `report-not-found`. */
export function reportIn(reports: CaseReports, reportId: string): CourtReport {
  const found = reports.reports.find((report) => report.id === reportId);
  if (found === undefined) throw new AppError('report-not-found', 'This case has no such court report.');
  return found;
}

/** The file with `report` in place of the one with its id. */
export function withReport(reports: CaseReports, report: CourtReport): CaseReports {
  return { ...reports, reports: reports.reports.map((each) => (each.id === report.id ? report : each)) };
}
