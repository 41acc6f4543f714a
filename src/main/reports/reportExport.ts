/**
 * From a request to a court-report document's bytes, in one place for the preview, the app's
 * export and the CLI: read the case and the report, choose the version the kind of document is
 * made from, build the document, write it as Markdown or DOCX; and, once the file is saved, keep
 * its name and SHA-256 with that version. A document that leaves the app passes the private-text
 * gate first (`prepareReportExport`); the preview stays inside it, so it shows what is to fix.
 */
import { reportInStep } from '../../shared/domain/report/factsInStep';
import type { CaseWithEntries } from '../../shared/domain/case';
import { documentVersion, withDocument } from '../../shared/domain/report/documents';
import { cleanStrings } from '../../shared/text/cleanStrings';
import { refusePrivateText } from '../../shared/domain/report/privateTextGate';
import type { CourtReport, ReportDocument, ReportVersion } from '../../shared/domain/report/report';
import type { ReportDocumentFormat } from '../../shared/domain/report/reportTaxonomy';
import { buildReportDocument } from '../../shared/exports/courtReport/buildReportDocument';
import { reportFileName } from '../../shared/exports/courtReport/fileName';
import type { CourtReportDocument } from '../../shared/exports/courtReport/reportDocument';
import { reportMarkdown } from '../../shared/exports/courtReport/reportMarkdown';
import type { ExportReportRequest } from '../../shared/reports/requests';
import type { OpenJournal } from '../journal/openJournal';
import { reportIn, withReport } from '../../shared/domain/report/caseReports';
import { reportFileOf } from './reportFile';
import { weekendsOnly, type PublicHolidays } from '../../shared/domain/report/workingDays';

export interface PreparedReportDocument {
  document: CourtReportDocument;
  report: CourtReport;
  version: ReportVersion;
  /** The name the app suggests, in the requested format. */
  suggestedFileName: string;
  /** The case as read for the document, which the private-text gate checks against. */
  journalCase: CaseWithEntries;
}

/** Everything the writers need; `report-step` when a final report is asked of a report with no final version. */
export async function prepareReportDocument(
  journal: OpenJournal,
  request: ExportReportRequest,
  producedOn: string,
  holidays: PublicHolidays = weekendsOnly,
): Promise<PreparedReportDocument> {
  const journalCase = await journal.store.readCase(request.caseId);
  // A draft's facts as the journal tells them now, as the screen shows them.
  const stored = reportIn(await reportFileOf(journal.session).read(request.caseId), request.reportId);
  const report = reportInStep(stored, journalCase);
  const version = documentVersion(report, request.kind, request.version);
  const document = buildReportDocument({
    journalCase,
    report,
    version,
    kind: request.kind,
    language: request.language,
    holidays,
  });
  const suggestedFileName = reportFileName({
    kind: request.kind,
    format: request.format,
    language: request.language,
    caseAlias: journalCase.alias,
    version: version.number,
    producedOn,
  });
  return { document, report, version, suggestedFileName, journalCase };
}

/** As `prepareReportDocument`, refused (`report-private-text`) when the version would carry private journal text out. */
export async function prepareReportExport(
  journal: OpenJournal,
  request: ExportReportRequest,
  producedOn: string,
  holidays: PublicHolidays = weekendsOnly,
): Promise<PreparedReportDocument> {
  const prepared = await prepareReportDocument(journal, request, producedOn, holidays);
  refusePrivateText(prepared.report, prepared.version, prepared.journalCase);
  return prepared;
}

/** The file's bytes in one format. */
export async function reportDocumentBytes(
  document: CourtReportDocument,
  format: ReportDocumentFormat,
): Promise<Uint8Array> {
  // What the reader sees is what was checked, and nothing a document format cannot hold (a U+FFFF
  // in one statement made a DOCX Word and LibreOffice refuse to open).
  const clean = cleanStrings(document);
  if (format === 'md') return Buffer.from(reportMarkdown(clean), 'utf8');
  // The DOCX writer (and `docx` with it) is loaded only when a DOCX is written.
  const { reportDocx } = await import('../exports/courtReport/reportDocx');
  return reportDocx(clean);
}

/** Keeps a saved file's record with the version it was made from (the one change a frozen version takes). */
export async function keepDocument(
  journal: OpenJournal,
  request: ExportReportRequest,
  version: number,
  document: ReportDocument,
): Promise<void> {
  await reportFileOf(journal.session).update(request.caseId, (current) => {
    const next = withDocument(reportIn(current, request.reportId), version, document);
    return { next: withReport(current, next), result: undefined };
  });
}
