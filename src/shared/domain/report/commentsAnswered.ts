/**
 * The `comments-answered` check: every comment the caregiver made on a review copy, up to the
 * version being finalised, has what the practitioner did about it, since the final report's
 * page of changes prints each comment with its answer. Details: `comments=<n>`, then
 * `unanswered=<section kind>` for each comment without an answer.
 */
import type { CourtReport, ReportCheck, ReportVersion } from './report';

export function commentsAnsweredCheck(report: CourtReport, version: ReportVersion): ReportCheck {
  const comments = report.comments.filter((comment) => comment.version <= version.number);
  const unanswered = comments
    .filter((comment) => comment.response === undefined)
    .map((comment) => `unanswered=${comment.section}`);
  return {
    id: 'comments-answered',
    passed: unanswered.length === 0,
    details: [`comments=${comments.length}`, ...unanswered],
  };
}
