/** The one form open at a time on the report screen. */
import type { ReportSectionKind } from '../../../shared/domain/report/reportTaxonomy';

export type ReportPanel =
  | { kind: 'details' }
  | { kind: 'insert' }
  | { kind: 'share' }
  | { kind: 'compare' }
  | { kind: 'checks' }
  | { kind: 'export' }
  | { kind: 'submit' }
  | { kind: 'comment'; section: ReportSectionKind }
  | { kind: 'response'; commentId: string };

/** The "what I did" form of one caregiver's comment. */
export function responsePanelOf(commentId: string): ReportPanel {
  return { kind: 'response', commentId };
}

/** The form that records a caregiver's comment on one section. */
export function commentPanelOf(section: ReportSectionKind): ReportPanel {
  return { kind: 'comment', section };
}

export function samePanel(first: ReportPanel | undefined, second: ReportPanel): boolean {
  return first !== undefined && JSON.stringify(first) === JSON.stringify(second);
}
