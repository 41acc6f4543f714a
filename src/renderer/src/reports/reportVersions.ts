/** Which version is which: the newest, the one shown, what it allows. */
import type { CourtReport, ReportVersion } from '../../../shared/domain/report/report';
import { newestVersion } from '../../../shared/domain/report/versions';

// The same rules as main's, so the screen offers exactly what main allows.
export { isFinalOrSubmitted, isSubmitted, newestVersion } from '../../../shared/domain/report/versions';

/**
 * The shown version: the one with that number, or the newest when none is chosen or it is gone.
 * Not the shared `versionOf`, which refuses a missing number.
 */
export function shownVersion(report: CourtReport, number: number | undefined): ReportVersion {
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

export { reviewedVersion } from '../../../shared/domain/report/reviewWindow';

/** The version just before, to compare with by default. */
export function previousNumber(report: CourtReport, number: number): number | undefined {
  const index = report.versions.findIndex((version) => version.number === number);
  return index > 0 ? report.versions[index - 1]?.number : undefined;
}
