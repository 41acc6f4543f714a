/**
 * The court report of the unit fixtures, placed in the export journal's vault for its case: its
 * citations point at the journal's two sessions, so the documents can be read back from a real
 * export. Written through the report file the app uses.
 */
import { reportFileOf } from '../../../src/main/reports/reportFile';
import type { CourtReport, ReportVersion, StatementSource } from '../../../src/shared/domain/report/report';
import { report as fixtureReport } from '../../unit/exports/courtReportFixtures';
import type { ExportJournal } from './support';

/** The fixture report, moved to `caseId` and citing the journal's entries `e1` and `e2`. */
export function reportFor(caseId: string, overrides: Partial<CourtReport> = {}): CourtReport {
  const moved = JSON.stringify(fixtureReport)
    .replaceAll('"entry-0c1f"', '"e1"')
    .replaceAll('"entry-7ab2"', '"e2"')
    .replaceAll('"case-91aa"', JSON.stringify(caseId));
  return { ...(JSON.parse(moved) as CourtReport), ...overrides };
}

/** Stores `report` as the case's only court report. */
export async function storeReport(journal: ExportJournal, report: CourtReport): Promise<void> {
  await reportFileOf(journal.services.vault.session()).update(journal.caseId, (current) => ({
    next: { ...current, reports: [...current.reports.filter((each) => each.id !== report.id), report] },
    result: undefined,
  }));
}

export async function storedReport(journal: ExportJournal, reportId: string): Promise<CourtReport | undefined> {
  const { reports } = await reportFileOf(journal.services.vault.session()).read(journal.caseId);
  return reports.find((each) => each.id === reportId);
}

/** `report` with every statement inserted from the journal pointing at `source` instead (a vault with other sections). */
export function withSources(report: CourtReport, source: StatementSource): CourtReport {
  const moved = (version: ReportVersion): ReportVersion => ({
    ...version,
    sections: version.sections.map((section) => ({
      ...section,
      statements: section.statements.map((statement) =>
        statement.source === undefined ? statement : { ...statement, source },
      ),
    })),
  });
  return { ...report, versions: report.versions.map(moved) };
}

/** `report` with `text` appended to the first statement of `kind` in every version (private text, in the refusal tests). */
export function withTextIn(
  report: CourtReport,
  kind: ReportVersion['sections'][number]['kind'],
  text: string,
): CourtReport {
  const changed = (version: ReportVersion): ReportVersion => ({
    ...version,
    sections: version.sections.map((section) =>
      section.kind !== kind
        ? section
        : {
            ...section,
            statements: section.statements.map((statement, index) =>
              index === 0 ? { ...statement, text: `${statement.text} ${text}` } : statement,
            ),
          },
    ),
  });
  return { ...report, versions: report.versions.map(changed) };
}
