/**
 * The file name the app suggests for a court-report document: from the case alias, never the
 * family's names (a file name shows in folders, mail attachments and recent-file lists).
 */
import type { ReportDocumentFormat, ReportDocumentKind } from '../../domain/report/reportTaxonomy';
import { fileNameSlug } from '../brief/fileName';
import type { BriefLanguage } from '../language';
import { reportLabels } from '../labels/reportTexts';

export interface ReportFileNameParts {
  kind: ReportDocumentKind;
  format: ReportDocumentFormat;
  language: BriefLanguage;
  caseAlias: string;
  version: number;
  /** `YYYY-MM-DD`. */
  producedOn: string;
}

/** "court-report-review_family-r_v2_2025-03-20.docx". */
export function reportFileName(parts: ReportFileNameParts): string {
  const prefix = reportLabels(parts.language).texts.fileNamePrefix[parts.kind];
  const slug = fileNameSlug(parts.caseAlias);
  return `${[prefix, slug, `v${parts.version}`, parts.producedOn].filter((part) => part !== '').join('_')}.${parts.format}`;
}
