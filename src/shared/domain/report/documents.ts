/**
 * The documents exported from a report's versions: which version each kind of document is made
 * from, and keeping the record of a file with the version it came from.
 */
import { AppError } from '../../ipc/result';
import type { CourtReport, ReportDocument, ReportVersion } from './report';
import type { ReportDocumentKind, ReportStatus } from './reportTaxonomy';
import { newestVersion, versionOf } from './versions';

/** The statuses a version must have for the court to receive it. */
const courtStatuses: readonly ReportStatus[] = ['final', 'submitted'];

/**
 * The version a document is made from. A review copy: the one asked for, else the newest shared
 * one (what the caregiver holds), else the newest. A final report: a final or submitted version
 * only (`report-step` otherwise), the newest unless one is asked for.
 */
export function documentVersion(report: CourtReport, kind: ReportDocumentKind, number?: number): ReportVersion {
  if (kind === 'review') {
    if (number !== undefined) return versionOf(report, number);
    return report.versions.findLast((version) => version.status === 'shared') ?? newestVersion(report);
  }
  if (number !== undefined) {
    const version = versionOf(report, number);
    if (!courtStatuses.includes(version.status)) {
      throw new AppError(
        'report-step',
        `Version ${number} of "${report.title}" is a ${version.status} version; only a final or submitted version goes to the court.`,
      );
    }
    return version;
  }
  const final = report.versions.findLast((version) => courtStatuses.includes(version.status));
  if (final === undefined) {
    throw new AppError(
      'report-step',
      `"${report.title}" has no final version yet: finalise it before exporting it for the court.`,
    );
  }
  return final;
}

/**
 * The report with `document` kept with version `number`. Allowed on frozen versions too: a file
 * exported from a version is the one thing that may be added to it, so the SHA-256 of what went
 * to court stays with what was submitted. The version's and the report's timestamps stay as they
 * are: the text did not change.
 */
export function withDocument(report: CourtReport, number: number, document: ReportDocument): CourtReport {
  const version = versionOf(report, number);
  return {
    ...report,
    versions: report.versions.map((each) =>
      each === version ? { ...version, documents: [...version.documents, document] } : each,
    ),
  };
}
