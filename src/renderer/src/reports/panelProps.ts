import type { CaseWithEntries } from '../../../shared/domain/case';
import type { CourtReport, ReportVersion } from '../../../shared/domain/report/report';

/** What every form of the report screen gets: the case, the report, the version shown, and how to close. */
export interface ReportPanelProps {
  journalCase: CaseWithEntries;
  report: CourtReport;
  version: ReportVersion;
  /** The draft has changes not saved yet: sharing, finalizing or exporting would leave them out. */
  unsaved: boolean;
  onCancel: () => void;
  /** The action succeeded: main's report, and what to tell the practitioner. */
  onDone: (report: CourtReport, message: string) => void;
}
