/** One court-report document, in the language asked for: the review copy or the final report. */
import { reportLabels } from '../labels/reportTexts';
import type { ReportDocumentInput } from './documentInput';
import { finalReport } from './finalReport';
import type { CourtReportDocument } from './reportDocument';
import { reviewCopy } from './reviewCopy';

export function buildReportDocument(input: ReportDocumentInput): CourtReportDocument {
  const labels = reportLabels(input.language);
  return input.kind === 'review' ? reviewCopy(input, labels) : finalReport(input, labels);
}
