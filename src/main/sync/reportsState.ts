/**
 * The current state of one case's court reports from every device's revisions: pure. A report
 * appears once its own fields and at least one version have arrived (a report is never without a
 * version); its versions are in number order, its comments in the order they were recorded.
 */
import { reportFormatVersion, type CaseReports, type CourtReport } from '../../shared/domain/report/report';
import { conflictsOf, type Conflict } from './conflicts';
import { currentValuesOf } from './currentValues';
import { mergeRevisions, type MergedRevisions } from './mergeRevisions';
import type { ReportCommentValue, ReportHead, ReportVersionValue } from './reportRecordKeys';
import type { Revision } from './revision';

export interface ReportsState {
  reports: CaseReports;
  conflicts: Conflict[];
  merged: MergedRevisions;
}

export function reportsStateOf(caseId: string, revisions: Iterable<Revision>): ReportsState {
  const merged = mergeRevisions(revisions);
  const versions = currentValuesOf<ReportVersionValue>(merged, 'reportVersion').map(({ value }) => value);
  const comments = currentValuesOf<ReportCommentValue>(merged, 'comment').map(({ value }) => value);
  const reports: CourtReport[] = [];
  for (const { value: head } of currentValuesOf<ReportHead>(merged, 'report')) {
    const own = versions
      .filter((value) => value.reportId === head.id)
      .map(({ version }) => version)
      .sort((left, right) => left.number - right.number);
    // Its first version has not arrived yet: the report is shown once it has.
    if (own.length === 0) continue;
    const said = comments.filter((value) => value.reportId === head.id).map(({ comment }) => comment);
    reports.push({ ...head, versions: own, comments: said });
  }
  return { reports: { version: reportFormatVersion, caseId, reports }, conflicts: conflictsOf(merged), merged };
}
