/**
 * The line numbers of a shared version as the caregiver's review copy prints them, by statement:
 * the copy is built here as the export builds it, in the screen's language, and numbered by the
 * same code (`reviewLines.ts`).
 */
import type { CaseWithEntries } from '../../../shared/domain/case';
import type { CourtReport, ReportVersion } from '../../../shared/domain/report/report';
import { buildReportDocument } from '../../../shared/exports/courtReport/buildReportDocument';
import { numberedBody, type NumberedLine } from '../../../shared/exports/courtReport/reviewLines';
import type { BriefLanguage } from '../../../shared/exports/language';

/** Each statement in the review copy, by id, with its printed paragraphs of numbered lines. */
export function reviewCopyLines(
  journalCase: CaseWithEntries,
  report: CourtReport,
  version: ReportVersion,
  language: BriefLanguage,
): Map<string, NumberedLine[][]> {
  const document = buildReportDocument({ journalCase, report, version, kind: 'review', language });
  const lines = new Map<string, NumberedLine[][]>();
  for (const { block, paragraphs } of numberedBody(document.body)) {
    if (block.kind === 'statement' && block.statementId !== undefined) lines.set(block.statementId, paragraphs);
  }
  return lines;
}
