/** Which version is which: the newest, the one shown, what it allows. */
import type { CourtReport, ReportVersion } from '../../../shared/domain/report/report';

/** Main never stores a report without a version; the schema says so. */
export function newestVersion(report: CourtReport): ReportVersion {
  const newest = report.versions.at(-1);
  if (newest === undefined) throw new Error('A court report without versions');
  return newest;
}

/** The version with that number, or the newest when there is none. */
export function versionOf(report: CourtReport, number: number | undefined): ReportVersion {
  return report.versions.find((version) => version.number === number) ?? newestVersion(report);
}

/** Only the newest version, while it is a draft, can be edited. */
export function isEditable(report: CourtReport, version: ReportVersion): boolean {
  return version.status === 'draft' && version.number === newestVersion(report).number;
}

/** A frozen newest version that is not submitted can be copied into a new draft. */
export function canRevise(report: CourtReport, version: ReportVersion): boolean {
  return version.number === newestVersion(report).number && (version.status === 'shared' || version.status === 'final');
}

/** The newest version the caregiver was given to read: their comments are about it. */
export function reviewedVersion(report: CourtReport): ReportVersion | undefined {
  return report.versions.findLast((version) => version.sharedWith !== undefined);
}

/** Whether the report went to court: nothing about it changes any more. */
export function isSubmitted(report: CourtReport): boolean {
  return report.versions.some((version) => version.status === 'submitted');
}

/** The version just before, to compare with by default. */
export function previousNumber(report: CourtReport, number: number): number | undefined {
  const index = report.versions.findIndex((version) => version.number === number);
  return index > 0 ? report.versions[index - 1]?.number : undefined;
}
