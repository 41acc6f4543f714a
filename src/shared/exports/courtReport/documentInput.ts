/**
 * What a court-report document is made from, and the parts both documents share: the
 * identification rows and the session dates its citations point at. Only the report's own
 * statements and the case's names, reference and session dates are read: no journal text.
 */
import type { PublicHolidays } from '../../domain/report/workingDays';
import type { Party } from '../../domain/party';
import type { CourtReport, ReportVersion } from '../../domain/report/report';
import type { ReportDocumentKind } from '../../domain/report/reportTaxonomy';
import type { BriefLanguage } from '../language';
import { fill, type ReportLabels } from '../labels/reportTexts';

/** The few facts of the case a document needs. */
export interface ReportCase {
  parties: readonly Party[];
  /** The court file number: it goes to the court and to the family, who know it. */
  reference?: string;
  /** Only which session each entry is, for citations. */
  entries: readonly { id: string; sessionDate: string }[];
}

export interface ReportDocumentInput {
  journalCase: ReportCase;
  report: CourtReport;
  version: ReportVersion;
  kind: ReportDocumentKind;
  language: BriefLanguage;
  /** The practitioner's public holidays, for the day the caregiver's comments are asked for; weekends only without. */
  holidays?: PublicHolidays;
}

export function sessionDatesOf(journalCase: ReportCase): Map<string, string> {
  return new Map(journalCase.entries.map((entry) => [entry.id, entry.sessionDate]));
}

export function childrenOf(journalCase: ReportCase): string[] {
  return journalCase.parties.filter((party) => party.role === 'child').map((party) => party.name.trim());
}

export function partyName(journalCase: ReportCase, partyId: string): string | undefined {
  return journalCase.parties.find((party) => party.id === partyId)?.name.trim();
}

/** The court by its name, or "the family court" when the report names none. */
export function courtOf(report: CourtReport, labels: ReportLabels): string {
  const court = report.court?.trim() ?? '';
  return court === '' ? labels.texts.courtUnknown : court;
}

/** Case number, court, hearing and children; the final report adds its version and submission. */
export function identificationRows(
  input: ReportDocumentInput,
  labels: ReportLabels,
): { label: string; value: string }[] {
  const { texts, formatDate, formatList } = labels;
  const words = texts.identification;
  const { report, version, journalCase } = input;
  const reference = journalCase.reference?.trim() ?? '';
  const court = report.court?.trim() ?? '';
  const children = childrenOf(journalCase);
  const hearingDate = report.hearing.date === undefined ? words.hearingDateUnknown : formatDate(report.hearing.date);
  const rows = [
    ...(reference === '' ? [] : [{ label: words.reference, value: reference }]),
    ...(court === '' ? [] : [{ label: words.court, value: court }]),
    {
      label: words.hearing,
      value: fill(words.hearingValue, { kind: words.hearingKinds[report.hearing.kind], date: hearingDate }),
    },
    ...(children.length === 0 ? [] : [{ label: words.children, value: formatList(children) }]),
  ];
  if (input.kind === 'final') {
    const finalized = version.finalized?.at.slice(0, 10);
    rows.push({
      label: words.version,
      value:
        finalized === undefined
          ? String(version.number)
          : fill(words.versionValue, { number: version.number, date: formatDate(finalized) }),
    });
    if (version.submitted !== undefined) {
      rows.push({
        label: words.submitted,
        value: fill(words.submittedValue, {
          date: formatDate(version.submitted.date),
          court: version.submitted.court.trim(),
        }),
      });
    }
  }
  return rows;
}
