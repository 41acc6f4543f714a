/**
 * A court-report document (the caregiver's review copy or the final report) as plain-text blocks
 * that the Markdown and DOCX writers both read, so the two formats say exactly the same things.
 * Every text in it is already in words: no ids, no list codes.
 */
import type { ReportDocumentKind } from '../../domain/report/reportTaxonomy';
import type { BriefLanguage } from '../language';

export type ReportBlock =
  | { kind: 'heading'; level: 2 | 3; text: string; newPage?: boolean }
  | { kind: 'paragraph'; text: string; emphasis?: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'fields'; rows: { label: string; value: string }[] }
  /**
   * One statement of the report: what kind it is, its text (paragraphs split by blank lines), the
   * sessions it cites; `statementId` is never printed: the report screen finds its line numbers by it.
   */
  | { kind: 'statement'; label: string; text: string; sessions?: string; statementId?: string }
  /** Someone's own words, verbatim. */
  | { kind: 'quote'; text: string }
  /** Room for the caregiver to write their comments by hand. */
  | { kind: 'comment-space'; heading: string; prompt: string; lines: number };

export interface CourtReportDocument {
  kind: ReportDocumentKind;
  language: BriefLanguage;
  /** The version it was made from. */
  version: number;
  title: string;
  subtitle?: string;
  /** Printed on every page of the review copy ("DRAFT – for your comments"). */
  marking?: string;
  /** The footer, `{page}` and `{pages}` standing for the page number fields. */
  pageOfPages: string;
  /** The cover note or the identification block: never line-numbered. */
  front: ReportBlock[];
  /** The report's sections: the lines the caregiver can point at by number. */
  body: ReportBlock[];
  /** After the sections: the final report's page of changes after the caregiver's review. */
  back: ReportBlock[];
}
