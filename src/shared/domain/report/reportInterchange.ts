/**
 * Court reports in the JSON interchange format: each case may carry its reports, whole, as the
 * vault keeps them but without `caseId` (the case holding them says it). Every version and
 * comment travels, so what the caregiver read and what the court received stay readable after
 * a move. A file's reports are checked against its case before anything is imported.
 */
import type { z } from 'zod';
import type { CaseWithEntries } from '../case';
import { append, duplicates, type Problem } from '../integrity';
import { courtReportSchema, reportFormatVersion, type CaseReports, type CourtReport } from './report';
import { reportSectionKinds } from './reportTaxonomy';
import { statementReferenceProblems, type CaseReferences } from './references';

export const interchangeReportSchema = courtReportSchema.omit({ caseId: true });
export type InterchangeReport = z.infer<typeof interchangeReportSchema>;

/** What the checks read of a case in a file. */
interface CaseWithReports extends CaseReferences {
  reports?: readonly InterchangeReport[];
}

/** One id is one statement within a version: a comparison matches statements by id. */
function statementIdProblems(version: InterchangeReport['versions'][number]): Problem[] {
  const seen = new Set<string>();
  return version.sections.flatMap((section, sectionIndex) =>
    section.statements.flatMap((statement, index) => {
      if (!seen.has(statement.id)) {
        seen.add(statement.id);
        return [];
      }
      const path = ['sections', sectionIndex, 'statements', index, 'id'];
      return [{ path, message: `duplicate id "${statement.id}": each statement of a version needs its own` }];
    }),
  );
}

function versionProblems(report: InterchangeReport, known: CaseReferences): Problem[] {
  const problems: Problem[] = [];
  const parties = new Set(known.parties.map((party) => party.id));
  report.versions.forEach((version, index) => {
    const at = ['versions', index];
    if (version.number !== index + 1) {
      problems.push({
        path: [...at, 'number'],
        message: `expected version ${index + 1}: versions are numbered 1, 2, 3… in order`,
      });
    }
    const kinds = version.sections.map((section) => section.kind);
    if (
      kinds.length !== reportSectionKinds.length ||
      kinds.some((kind, position) => kind !== reportSectionKinds[position])
    ) {
      problems.push({
        path: [...at, 'sections'],
        message: `expected one section of each kind, in order: ${reportSectionKinds.join(', ')}`,
      });
    }
    append(
      problems,
      statementIdProblems(version).map((problem) => ({ ...problem, path: [...at, ...problem.path] })),
    );
    if (version.sharedWith !== undefined && !parties.has(version.sharedWith.partyId)) {
      problems.push({
        path: [...at, 'sharedWith', 'partyId'],
        message: `"${version.sharedWith.partyId}" is not a party of this case`,
      });
    }
    append(
      problems,
      statementReferenceProblems(version.sections, known).map((problem) => ({
        ...problem,
        path: [...at, ...problem.path],
      })),
    );
  });
  return problems;
}

function commentProblems(report: InterchangeReport): Problem[] {
  const shared = new Set(
    report.versions.filter((version) => version.sharedWith !== undefined).map((version) => version.number),
  );
  return [
    ...duplicates(
      report.comments.map((comment) => comment.id),
      ['comments'],
      'id',
    ),
    ...report.comments.flatMap((comment, index) =>
      shared.has(comment.version)
        ? []
        : [
            {
              path: ['comments', index, 'version'],
              message: `version ${comment.version} was never shared with a caregiver`,
            },
          ],
    ),
  ];
}

/** Each problem of a case's reports, with its path under `reports`. */
export function reportProblems(journalCase: CaseWithReports): Problem[] {
  const reports = journalCase.reports ?? [];
  return [
    ...duplicates(
      reports.map((report) => report.id),
      ['reports'],
      'id',
    ),
    ...reports.flatMap((report, index) =>
      [...versionProblems(report, journalCase), ...commentProblems(report)].map((problem) => ({
        ...problem,
        path: ['reports', index, ...problem.path],
      })),
    ),
  ];
}

/** A case's reports as the file carries them; none when the case has none. */
export function reportsToInterchange(reports: readonly CourtReport[]): { reports?: InterchangeReport[] } {
  if (reports.length === 0) return {};
  return { reports: reports.map(({ caseId: _caseId, ...rest }) => rest) };
}

/** The report file of each imported case that carried reports, under the case's id in the journal. */
export function reportsFromInterchange(
  sources: readonly { reports?: readonly InterchangeReport[] }[],
  cases: readonly CaseWithEntries[],
): CaseReports[] {
  return sources.flatMap((source, index) => {
    const caseId = cases[index]?.id;
    if (caseId === undefined || source.reports === undefined || source.reports.length === 0) return [];
    const reports = source.reports.map(({ id, ...rest }) => ({ id, caseId, ...rest }));
    return [{ version: reportFormatVersion, caseId, reports }];
  });
}
