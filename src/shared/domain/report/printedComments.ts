/** The caregiver's comments a final report prints, in the order it prints them. */
import type { CaregiverComment, CourtReport, ReportVersion } from './report';
import { reportSectionKinds } from './reportTaxonomy';

/** The comments made on versions up to `version`, by section in the report's order, then as recorded. */
export function commentsUpTo(report: CourtReport, version: ReportVersion): CaregiverComment[] {
  const order = (comment: CaregiverComment) => reportSectionKinds.indexOf(comment.section);
  return report.comments
    .filter((comment) => comment.version <= version.number)
    .map((comment, position) => ({ comment, position }))
    .sort((a, b) => order(a.comment) - order(b.comment) || a.position - b.position)
    .map(({ comment }) => comment);
}
