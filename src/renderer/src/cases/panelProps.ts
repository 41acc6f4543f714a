import type { Case } from '../../../shared/domain/case';
import type { CaseOverview } from '../../../shared/journal/caseOverview';

/** What the case screen gives each of its inline forms. */
export interface PanelProps {
  journalCase: CaseOverview;
  /** The case as main saved it, and the sentence that confirms the change. */
  onSaved: (updated: Case, confirmation: string) => void;
  onCancel: () => void;
  /** After a damaged file was put back from its backup: read the case again. */
  onRestored: () => void;
  /** Whether the form holds typed changes, so leaving can ask first. */
  onDirtyChange: (dirty: boolean) => void;
}
