import { describe, expect, it } from 'vitest';
import { parseInterchange } from '../../../src/shared/domain/interchange';
import { fixtureJson } from '../domain/fixture';

interface FileReport {
  id: string;
  versions: {
    number: number;
    sharedWith?: { partyId: string };
    sections: { kind: string; statements: { id: string; citations: string[]; by?: { partyId: string } }[] }[];
  }[];
  comments: { version: number }[];
}

/** The paths of the errors of the fixture after `change` to its first case's report. */
function errorPaths(change: (report: FileReport, reports: FileReport[]) => void): string[] {
  const document = fixtureJson();
  const reports = document.cases[0]!['reports'] as FileReport[];
  change(reports[0]!, reports);
  const parsed = parseInterchange(document);
  return parsed.ok ? [] : parsed.errors.map((error) => error.path);
}

describe('court reports in an interchange file', () => {
  it('are read from the fixture as they are', () => {
    expect(errorPaths(() => undefined)).toEqual([]);
  });

  it('refuse versions out of order and sections missing or out of order', () => {
    expect(
      errorPaths((report) => {
        report.versions[1]!.number = 3;
        report.versions[0]!.sections.reverse();
      }),
    ).toEqual(['cases[0].reports[0].versions[0].sections', 'cases[0].reports[0].versions[1].number']);
  });

  it('refuse statements and sharing that point outside the case, and repeated ids', () => {
    expect(
      errorPaths((report, reports) => {
        const [identification, referral] = report.versions[0]!.sections;
        identification!.statements[0]!.citations = ['e-missing'];
        referral!.statements[0]!.id = identification!.statements[1]!.id;
        referral!.statements[0]!.by = { partyId: 'p-missing' };
        report.versions[0]!.sharedWith!.partyId = 'p-missing';
        reports.push({ ...report });
      }),
    ).toEqual([
      'cases[0].reports[1].id',
      'cases[0].reports[0].versions[0].sections[1].statements[0].id',
      'cases[0].reports[0].versions[0].sharedWith.partyId',
      'cases[0].reports[0].versions[0].sections[0].statements[0].citations[0]',
      'cases[0].reports[0].versions[0].sections[1].statements[0].by.partyId',
      'cases[0].reports[1].versions[0].sections[1].statements[0].id',
      'cases[0].reports[1].versions[0].sharedWith.partyId',
      'cases[0].reports[1].versions[0].sections[0].statements[0].citations[0]',
      'cases[0].reports[1].versions[0].sections[1].statements[0].by.partyId',
    ]);
  });

  it('refuse a comment on a version never shared', () => {
    expect(errorPaths((report) => (report.comments[0]!.version = 2))).toEqual([
      'cases[0].reports[0].comments[0].version',
    ]);
  });
});
