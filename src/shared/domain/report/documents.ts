/**
 * The documents exported from a report's versions: which version each kind of document is made
 * from, and keeping the record of a file with the version it came from.
 */
import { AppError } from '../../ipc/result';
import type { CourtReport, ReportDocument, ReportVersion } from './report';
import type { ReportDocumentKind, ReportStatus } from './reportTaxonomy';
import { versionOf } from './versions';

/** The statuses a version must have for the court to receive it. */
const courtStatuses: readonly ReportStatus[] = ['final', 'submitted'];

/**
 * The version a document is made from. A review copy: a shared version only, the newest shared
 * one unless one is asked for: it is made from the frozen text the caregiver reads, so its kept
 * hash always matches that text. A final report: a final or submitted version only, the newest
 * unless one is asked for. `report-step` otherwise.
 */
export function documentVersion(report: CourtReport, kind: ReportDocumentKind, number?: number): ReportVersion {
  if (kind === 'review') return reviewVersion(report, number);
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

function reviewVersion(report: CourtReport, number: number | undefined): ReportVersion {
  const version =
    number === undefined
      ? report.versions.findLast((candidate) => candidate.status === 'shared')
      : versionOf(report, number);
  if (version === undefined) {
    throw new AppError(
      'report-step',
      `"${report.title}" has no shared version yet: share the version first. The review copy is made from the frozen text the caregiver reads.`,
    );
  }
  if (version.status !== 'shared') {
    throw new AppError(
      'report-step',
      `Version ${version.number} of "${report.title}" is ${version.status}: share the version first. The review copy is made from the frozen text the caregiver reads.`,
    );
  }
  return version;
}

/**
 * A submitted version's documents split in two: the ones pinned at submission (what went to
 * court) and the copies exported after it. `pinned` is false for a version submitted before the
 * app pinned them: then every document is listed as `later`, since which one was sent is unknown.
 */
export function courtDocuments(version: ReportVersion): {
  pinned: boolean;
  sent: ReportDocument[];
  later: ReportDocument[];
} {
  const pinned = version.submitted?.documents;
  if (pinned === undefined) return { pinned: false, sent: [], later: version.documents };
  const isSent = (document: ReportDocument) =>
    document.kind === 'final' &&
    pinned.some((each) => each.fileName === document.fileName && each.sha256 === document.sha256);
  return {
    pinned: true,
    sent: version.documents.filter(isSent),
    later: version.documents.filter((document) => !isSent(document)),
  };
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
