/**
 * The facts a report takes from the journal, through the router as the app calls it: kept as
 * data, in step with the case and the report's details, checked before sharing; and a report
 * file of format 1, its facts written as sentences, read as it was.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statementWords } from '../../../src/shared/domain/report/factWords';
import type { CourtReport, ReportCheck, Statement } from '../../../src/shared/domain/report/report';
import { rejection } from '../../unit/vault/fixtures';
import { openReportJournal, type ReportJournal } from './support';

let journal: ReportJournal;
beforeEach(async () => {
  journal = await openReportJournal();
});
afterEach(() => journal.close());

const draftOf = (report: CourtReport) => report.versions.at(-1)!;
const statementsOf = (report: CourtReport, kind: string): Statement[] =>
  draftOf(report).sections.find((section) => section.kind === kind)!.statements;
const factOf = (report: CourtReport, kind: string) =>
  Object.values(draftOf(report).sections)
    .flatMap((section) => section.statements)
    .find((statement) => statement.fact?.kind === kind)!;

async function read(report: CourtReport): Promise<CourtReport> {
  return (await journal.call('getReport', { caseId: journal.caseId, reportId: report.id })) as CourtReport;
}

async function save(report: CourtReport, change: (statement: Statement) => Statement): Promise<CourtReport> {
  const version = draftOf(report);
  return (await journal.call('saveReportDraft', {
    caseId: journal.caseId,
    reportId: report.id,
    version: version.number,
    sections: version.sections.map((section) => ({ ...section, statements: section.statements.map(change) })),
  })) as CourtReport;
}

describe('the facts a new report takes from the journal', () => {
  it('are stored as data, read in either language, and each is to be checked', async () => {
    const report = await journal.createReport({ court: 'Juzgado de Familia de Pudahuel' });
    const court = factOf(report, 'court');
    expect(court).toMatchObject({
      text: '',
      fact: { kind: 'court', court: 'Juzgado de Familia de Pudahuel' },
      check: 'new',
    });
    expect(statementWords(court, 'es')).toBe('Tribunal: Juzgado de Familia de Pudahuel.');
    expect(statementWords(court, 'en')).toBe('Court: Juzgado de Familia de Pudahuel.');
    // Both sessions are of the "start" phase, as the reflections say.
    expect(statementsOf(report, 'intervention').map((each) => statementWords(each, 'en'))).toContain(
      'Start phase: 2 sessions with the family held, from 5 March 2025 to 12 March 2025.',
    );
  });

  it('follow a renamed court and a moved opening date; the practitioner’s own words are marked stale instead', async () => {
    const created = await journal.createReport({ court: 'Juzgado de Familia' });
    // The practitioner confirms the court and rewrites the opening date in their words.
    const confirmed = await save(created, (statement) => {
      if (statement.fact?.kind === 'court') return { ...statement, check: undefined } as Statement;
      if (statement.fact?.kind === 'opened') {
        const { check: _check, ...rest } = statement;
        return { ...rest, text: 'El caso se abrió a comienzos de marzo de 2025.' };
      }
      return statement;
    });
    expect(factOf(confirmed, 'court').check).toBeUndefined();

    await journal.call('updateReport', { caseId: journal.caseId, reportId: created.id, court: 'Juzgado de Familia 2' });
    await journal.call('updateCase', { caseId: journal.caseId, openedAt: '2025-02-20' });
    const now = await read(created);
    expect(factOf(now, 'court')).toMatchObject({ fact: { court: 'Juzgado de Familia 2' }, check: 'changed' });
    expect(statementWords(factOf(now, 'court'), 'es')).toBe('Tribunal: Juzgado de Familia 2.');
    const opened = factOf(now, 'opened');
    expect(opened).toMatchObject({ text: 'El caso se abrió a comienzos de marzo de 2025.', check: 'stale' });
    expect(opened.fact).toEqual({ kind: 'opened', date: '2025-02-20' });

    // The checks before "final" list every fact not checked, by where it is.
    const checks = (await journal.call('checkReport', {
      caseId: journal.caseId,
      reportId: created.id,
    })) as ReportCheck[];
    const facts = checks.find((check) => check.id === 'facts-checked')!;
    expect(facts.passed).toBe(false);
    expect(facts.details).toContain(`fact-changed=identification/${factOf(now, 'court').id}`);
    expect(facts.details).toContain(`fact-stale=intervention/${opened.id}`);

    // Once every fact is confirmed, the check passes.
    const cleared = await save(now, (statement) => {
      const { check: _check, ...rest } = statement;
      return rest;
    });
    const after = (await journal.call('checkReport', {
      caseId: journal.caseId,
      reportId: cleared.id,
    })) as ReportCheck[];
    expect(after.find((check) => check.id === 'facts-checked')).toEqual({
      id: 'facts-checked',
      passed: true,
      details: [],
    });
  });

  it('stay as they were in a version already shared', async () => {
    const created = await journal.createReport({ court: 'Juzgado de Familia' });
    const caseRead = (await journal.call('getCase', { caseId: journal.caseId })) as {
      parties: { id: string; role: string }[];
    };
    const mother = caseRead.parties.find((party) => party.role === 'parent' || party.role === 'caregiver')!;
    await journal.call('shareReviewCopy', {
      caseId: journal.caseId,
      reportId: created.id,
      sharedWith: { partyId: mother.id, date: '2025-03-20', method: 'in-person' },
    });
    await journal.call('updateReport', { caseId: journal.caseId, reportId: created.id, court: 'Otro juzgado' });
    const shared = await read(created);
    expect(factOf(shared, 'court').fact).toEqual({ kind: 'court', court: 'Juzgado de Familia' });
  });
});

describe('a report file of format 1', () => {
  const fixture = path.resolve(import.meta.dirname, '../../fixtures/report-formats/reports-v1.json');

  async function writeOld(): Promise<void> {
    // A report first, so the journal records the file; then the old file in its place.
    await journal.createReport();
    const caseRead = (await journal.call('getCase', { caseId: journal.caseId })) as {
      parties: { id: string; role: string }[];
    };
    const mother = caseRead.parties.find((party) => party.role === 'parent' || party.role === 'caregiver')!;
    const text = readFileSync(fixture, 'utf8').replaceAll('CASE-ID', journal.caseId).replaceAll('PARTY-ID', mother.id);
    await journal.services.vault.session().writeFile(`reports:${journal.caseId}`, JSON.parse(text));
  }

  it('reads its sentences as the practitioner’s text, unchanged, with nothing to check', async () => {
    await writeOld();
    const [old] = (await journal.call('listReports', { caseId: journal.caseId })) as CourtReport[];
    expect(old!.id).toBe('r-old');
    const texts = old!.versions.map((version) => version.sections.flatMap((section) => section.statements));
    expect(texts[0]!.map((statement) => statement.text)).toEqual([
      'Causa: RIT C-1234-2024.',
      'Tribunal: Juzgado de Familia de Pudahuel.',
      'El caso se abrió el 1 de marzo de 2025.',
      'Fase de inicio, desde el 1 de marzo de 2025: 2 sesiones realizadas con la familia.',
      'La madre quiere que las visitas sigan.',
    ]);
    expect(texts.flat().every((statement) => statement.fact === undefined && statement.check === undefined)).toBe(true);
  });

  it('is written as format 2 on its next change, its text as it was', async () => {
    await writeOld();
    await journal.call('updateReport', { caseId: journal.caseId, reportId: 'r-old', title: 'Audiencia de abril' });
    const stored = await journal.services.vault.session().readFileIfExists(`reports:${journal.caseId}`);
    const data = stored!.data as { version: number; reports: CourtReport[] };
    expect(data.version).toBe(2);
    const report = data.reports.find((each) => each.id === 'r-old')!;
    expect(report.title).toBe('Audiencia de abril');
    expect(report.versions[1]!.sections[0]!.statements.map((statement) => statement.text)).toEqual([
      'Causa: RIT C-1234-2024.',
      'Tribunal: Juzgado de Familia de Pudahuel.',
    ]);
  });

  it('from a newer Alianza is refused and left as it is', async () => {
    await journal.createReport();
    await journal.services.vault
      .session()
      .writeFile(`reports:${journal.caseId}`, { version: 3, caseId: journal.caseId, reports: [] });
    const error = await rejection(journal.services.reports.listReports(journal.caseId));
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toContain('newer version of Alianza');
  });
});
