/** Finding versions in a report, and the small rules every step of the review loop shares. */
import { AppError } from '../../ipc/result';
import type { CourtReport, ReportVersion } from './report';
import { frozenStatuses } from './reportTaxonomy';

/** The version being worked on: the last one. */
export function newestVersion(report: CourtReport): ReportVersion {
  const newest = report.versions.at(-1);
  if (newest === undefined) throw new AppError('internal', 'A court report without versions cannot be read.');
  return newest;
}

/** The version with this number, or `report-not-found`. */
export function versionOf(report: CourtReport, number: number): ReportVersion {
  const found = report.versions.find((version) => version.number === number);
  if (found === undefined) {
    throw new AppError('report-not-found', `The report "${report.title}" has no version ${number}.`);
  }
  return found;
}

export function isFrozen(version: ReportVersion): boolean {
  return frozenStatuses.includes(version.status);
}

/** Whether the report went to court: nothing about it changes after that. */
export function isSubmitted(report: CourtReport): boolean {
  return newestVersion(report).status === 'submitted';
}

/** Refuses any change once the report was submitted. */
export function refuseWhenSubmitted(report: CourtReport): void {
  if (isSubmitted(report)) {
    throw new AppError('report-step', 'A submitted report is never edited again; start a new report.');
  }
}

/** Whether the newest version is final or submitted: what its documents print no longer changes. */
export function isFinalOrSubmitted(report: CourtReport): boolean {
  const { status } = newestVersion(report);
  return status === 'final' || status === 'submitted';
}

/**
 * Refuses a change to what a final version's documents print (the report's details, the
 * caregiver's comments and the answers to them): the same final version must export the same
 * file every time. A new version reopens them; a submitted report never does.
 */
export function refuseWhenFinalOrSubmitted(report: CourtReport): void {
  if (isSubmitted(report)) {
    throw new AppError('report-frozen', 'A submitted report is never edited again; start a new report.');
  }
  const newest = newestVersion(report);
  if (newest.status === 'final') {
    throw new AppError(
      'report-frozen',
      `Version ${newest.number} is final and its documents print this as it is: start a new version first.`,
    );
  }
}

/** The report with its newest version replaced, both stamped. */
export function withNewest(report: CourtReport, version: ReportVersion, at: string): CourtReport {
  return { ...report, versions: [...report.versions.slice(0, -1), { ...version, updatedAt: at }], updatedAt: at };
}

/** The report with one more version, stamped. */
export function withAdded(report: CourtReport, version: ReportVersion, at: string): CourtReport {
  return { ...report, versions: [...report.versions, version], updatedAt: at };
}

/** A new version copied from `from`: same text, nothing of its sharing, finalizing or documents. */
export function copiedVersion(from: ReportVersion, number: number, at: string): ReportVersion {
  return {
    number,
    status: 'draft',
    basedOn: from.number,
    createdAt: at,
    updatedAt: at,
    sections: structuredClone(from.sections),
    ...(from.caregiverViewAbsentReason === undefined
      ? {}
      : { caregiverViewAbsentReason: from.caregiverViewAbsentReason }),
    documents: [],
  };
}
