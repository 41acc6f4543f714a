import { statementWords } from '../../../src/shared/domain/report/factWords';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFileOf } from '../../../src/main/reports/reportFile';
import type { CourtReport, ReportCheck, ReportSection, Statement } from '../../../src/shared/domain/report/report';
import type { ReportableExcerpt, VersionComparison } from '../../../src/shared/reports/requests';
import { rejection } from '../../unit/vault/fixtures';
import {
  openReportJournal,
  privateReflection,
  reportableNote,
  supervisionNote,
  vaultFiles,
  type ReportJournal,
} from './support';

let journal: ReportJournal;
beforeAll(async () => {
  journal = await openReportJournal();
});
afterAll(() => journal.close());

const asReport = (value: unknown) => value as CourtReport;
const key = () => ({ caseId: journal.caseId, reportId });
let reportId = '';
/** Version 1 as the caregiver read it, serialized, to prove it never changes. */
let readByCaregiver = '';

function withStatement(sections: ReportSection[], kind: ReportSection['kind'], statement: Statement): ReportSection[] {
  return sections.map((section) =>
    section.kind === kind ? { ...section, statements: [...section.statements, statement] } : section,
  );
}

function statementIn(report: CourtReport, version: number, id: string): Statement | undefined {
  return report.versions[version - 1]!.sections.flatMap((section) => section.statements).find((each) => each.id === id);
}

async function stored(): Promise<CourtReport> {
  const { reports } = await reportFileOf(journal.services.vault.session()).read(journal.caseId);
  return reports.find((report) => report.id === reportId)!;
}

describe('the court-report loop', () => {
  it('creates a draft with the journal’s facts, kept as data and read in the reader’s language', async () => {
    const report = asReport(
      await journal.call('createReport', {
        caseId: journal.caseId,
        title: 'Audiencia de revisión',
        court: 'Juzgado de Familia de Talca',
        hearing: { kind: 'review', date: '2025-03-24' },
        language: 'es',
      }),
    );
    reportId = report.id;
    expect(report).toMatchObject({ reviewWorkingDays: 5, versions: [{ number: 1, status: 'draft' }], comments: [] });
    const [identification, , intervention, goals] = report.versions[0]!.sections;
    expect(identification!.statements.map((statement) => statementWords(statement, 'es'))).toEqual([
      'Causa: RIT C-1234-2024.',
      'Tribunal: Juzgado de Familia de Talca.',
      'Niño, niña o adolescente: Tomás.',
    ]);
    expect(statementWords(intervention!.statements.at(-1)!, 'es')).toBe(
      'Fase de inicio: 2 sesiones realizadas con la familia, del 5 de marzo de 2025 al 12 de marzo de 2025.',
    );
    expect(intervention!.statements.at(-1)).toMatchObject({ text: '', citations: ['e1', 'e2'], check: 'new' });
    expect(goals!.statements).toHaveLength(1);
    expect(await journal.call('listReports', { caseId: journal.caseId })).toEqual([report]);
  });

  it('offers only reportable journal text to insert', async () => {
    const excerpts = (await journal.call('listReportableExcerpts', { caseId: journal.caseId })) as ReportableExcerpt[];
    expect(excerpts.map((excerpt) => [excerpt.entryId, excerpt.text])).toEqual([
      ['e2', `Asistencia. ${reportableNote}`],
      ['e1', `Asistencia. ${reportableNote}`],
    ]);
    const all = JSON.stringify(excerpts);
    expect(all).not.toContain('PRIVADO');
    expect(all).not.toContain('SUPERVISION');
  });

  it('saves a draft, flagging what one family member said about another', async () => {
    const current = await stored();
    let sections = withStatement(current.versions[0]!.sections, 'strengths', {
      id: 'inserted',
      text: reportableNote,
      type: 'observation',
      citations: ['e1'],
      source: { entryId: 'e1', sectionId: 'for-court' },
    });
    sections = withStatement(sections, 'concerns', {
      id: 'said',
      text: 'Según la madre, Tomi no duerme cuando vuelve de la casa de la abuela.',
      type: 'allegation',
      by: { partyId: 'p-mother' },
      citations: ['e2'],
    });
    const report = asReport(await journal.call('saveReportDraft', { ...key(), version: 1, sections }));
    expect(statementIn(report, 1, 'said')!.disclosure).toEqual({
      aboutPartyIds: ['p-child', 'p-grandmother'],
      decision: 'pending',
    });
    const unknown = withStatement(sections, 'referral', { id: 'x', text: 'x', type: 'fact', citations: ['e9'] });
    expect((await rejection(journal.call('saveReportDraft', { ...key(), version: 1, sections: unknown }))).code).toBe(
      'invalid-request',
    );
  });

  it('shares the review copy with the grandmother and records two comments and a response', async () => {
    journal.clock.set(new Date(2025, 2, 20, 9, 0));
    const sharedWith = { partyId: 'p-grandmother', date: '2025-03-20', method: 'in-person' };
    const child = { ...sharedWith, partyId: 'p-child' };
    expect((await rejection(journal.call('shareReviewCopy', { ...key(), sharedWith: child }))).code).toBe(
      'invalid-request',
    );
    // The mother's word about the child and the grandmother waits for a decision: sharing waits too.
    const undecided = await rejection(journal.call('shareReviewCopy', { ...key(), sharedWith }));
    expect(undecided.code).toBe('report-step');
    expect(undecided.message).toMatch(/decide the flagged disclosures before sharing/);
    const draft = (await stored()).versions[0]!;
    const decided = draft.sections.map((section) => ({
      ...section,
      statements: section.statements.map((statement) =>
        statement.disclosure === undefined
          ? statement
          : { ...statement, disclosure: { ...statement.disclosure, decision: 'withhold' as const } },
      ),
    }));
    await journal.call('saveReportDraft', { ...key(), version: 1, sections: decided });
    const shared = asReport(await journal.call('shareReviewCopy', { ...key(), sharedWith }));
    expect(shared.versions[0]).toMatchObject({ status: 'shared', sharedWith });
    readByCaregiver = JSON.stringify(shared.versions[0]);
    const comment = { version: 1, recordedOn: '2025-03-21' };
    await journal.call('recordReportComment', {
      ...key(),
      comment: {
        ...comment,
        section: 'concerns',
        stance: 'disagrees',
        words: 'Tomás duerme bien en mi casa.',
        line: '14',
      },
    });
    const commented = asReport(
      await journal.call('recordReportComment', {
        ...key(),
        comment: { ...comment, section: 'strengths', stance: 'agrees', words: 'Sí, fui a todas.' },
      }),
    );
    expect(commented.comments.map((each) => [each.section, each.stance, each.version])).toEqual([
      ['concerns', 'disagrees', 1],
      ['strengths', 'agrees', 1],
    ]);
    const responded = asReport(
      await journal.call('respondToReportComment', {
        ...key(),
        commentId: commented.comments[0]!.id,
        response: { outcome: 'changed', note: 'Se quitó la frase y se recoge su opinión.' },
      }),
    );
    expect(responded.comments[0]!.response?.outcome).toBe('changed');
  });

  it('refuses to edit the shared version, which stays exactly as the caregiver read it', async () => {
    const error = await rejection(
      journal.call('saveReportDraft', { ...key(), version: 1, sections: (await stored()).versions[0]!.sections }),
    );
    expect(error.code).toBe('report-frozen');
    expect(JSON.stringify((await stored()).versions[0])).toBe(readByCaregiver);
  });

  it('revises into version 2 and compares it with what the caregiver read', async () => {
    const revised = asReport(await journal.call('reviseReport', key()));
    expect(revised.versions.map((version) => [version.number, version.status, version.basedOn])).toEqual([
      [1, 'shared', undefined],
      [2, 'draft', 1],
    ]);
    let sections = revised.versions[1]!.sections.map((section) => ({
      ...section,
      statements: section.statements.filter((statement) => statement.id !== 'said'),
    }));
    sections = withStatement(sections, 'caregiver-view', {
      id: 'view',
      text: 'La abuela dice que Tomás duerme bien en su casa.',
      type: 'allegation',
      by: { partyId: 'p-grandmother' },
      citations: [],
      disclosure: { aboutPartyIds: ['p-child'], decision: 'share' },
    });
    sections = sections.map((section) => ({
      ...section,
      statements: section.statements.map((statement) =>
        statement.id === 'inserted' ? { ...statement, text: `${reportableNote} Sin atrasos.` } : statement,
      ),
    }));
    await journal.call('saveReportDraft', { ...key(), version: 2, sections });
    const comparison = (await journal.call('compareReportVersions', { ...key(), from: 1, to: 2 })) as VersionComparison;
    const byKind = Object.fromEntries(comparison.sections.map((section) => [section.kind, section]));
    expect(byKind['concerns']!.removed.map((statement) => statement.id)).toEqual(['said']);
    expect(byKind['caregiver-view']!.added.map((statement) => statement.id)).toEqual(['view']);
    expect(byKind['strengths']!.changed[0]!.text.filter((part) => part.kind === 'added')).toEqual([
      { kind: 'added', text: 'Sin atrasos.' },
    ]);
    expect(byKind['identification']!.unchanged).toBe(3);
    expect((await rejection(journal.call('compareReportVersions', { ...key(), from: 1, to: 7 }))).code).toBe(
      'report-not-found',
    );
  });

  it('lists the checks, and finalizes only with a reason when one fails, keeping the reason', async () => {
    const checks = (await journal.call('checkReport', key())) as ReportCheck[];
    expect(checks.map((check) => [check.id, check.passed])).toEqual([
      ['review-window', false],
      ['caregiver-view', true],
      ['private-text', true],
      ['disclosures', true],
      // The grandmother's "Sí, fui a todas." has no answer yet.
      ['comments-answered', false],
      // The facts the report started with were never confirmed.
      ['facts-checked', false],
    ]);
    expect(checks[4]!.details).toEqual(['comments=2', 'unanswered=strengths']);
    expect(checks[0]!.details).toContain('working-days=2');
    const refused = await rejection(journal.call('finalizeReport', key()));
    expect(refused.code).toBe('report-checks-failed');
    const reason = 'La audiencia se adelantó; la abuela leyó el borrador en persona.';
    const final = asReport(await journal.call('finalizeReport', { ...key(), overrideReason: reason }));
    expect(final.versions[1]).toMatchObject({
      status: 'final',
      finalized: { checks, override: { reason } },
    });
    // What the final report prints stays as it is: the same version exports the same file.
    const comment = { version: 1, recordedOn: '2025-03-22', section: 'concerns', stance: 'agrees', words: 'Otra.' };
    for (const [method, payload] of [
      ['updateReport', { ...key(), court: 'Otro juzgado' }],
      ['recordReportComment', { ...key(), comment }],
      [
        'respondToReportComment',
        { ...key(), commentId: final.comments[1]!.id, response: { outcome: 'no-change-needed', note: '' } },
      ],
    ] as const) {
      const error = await rejection(journal.call(method, payload));
      expect(error.code).toBe('report-frozen');
      expect(error.message).toMatch(/start a new version first/);
    }
    expect((await stored()).comments).toEqual(final.comments);
  });

  it('submits only once the final report was exported, then refuses every change', async () => {
    const submission = { date: '2025-03-24', court: 'Juzgado de Familia de Talca' };
    const early = await rejection(journal.call('submitReport', { ...key(), ...submission }));
    expect(early).toMatchObject({ code: 'report-step' });
    expect(early.message).toMatch(/Export the final report first/);
    // The final report exported as the app does it: the file's SHA-256 is kept with version 2.
    const out = path.join(journal.directory, '..', 'informe-final.md');
    const { saved, version } = await journal.services.exports.saveReport(
      { ...key(), kind: 'final', format: 'md', language: 'es' },
      out,
    );
    expect(version).toBe(2);
    const written = await readFile(out);
    expect(saved.sha256).toBe(createHash('sha256').update(written).digest('hex'));
    for (const hidden of [privateReflection, supervisionNote]) expect(written.includes(hidden)).toBe(false);
    const document = (await stored()).versions[1]!.documents[0]!;
    expect(document).toMatchObject({ kind: 'final', format: 'md', sha256: saved.sha256 });
    const submitted = asReport(await journal.call('submitReport', { ...key(), ...submission }));
    const sent = [{ fileName: document.fileName, format: 'md', sha256: saved.sha256 }];
    expect(submitted.versions[1]).toMatchObject({
      status: 'submitted',
      submitted: { ...submission, documents: sent },
      documents: [document],
    });
    // Printed again after submission: kept as a later copy, not as what went to court.
    await journal.services.exports.saveReport(
      { ...key(), kind: 'final', format: 'docx', language: 'es' },
      path.join(journal.directory, '..', 'informe-final-copia.docx'),
    );
    const reprinted = (await stored()).versions[1]!;
    expect(reprinted.documents).toHaveLength(2);
    expect(reprinted.submitted!.documents).toEqual(sent);
    for (const [method, payload] of [
      ['reviseReport', key()],
      ['updateReport', { ...key(), title: 'Otro' }],
      ['finalizeReport', { ...key(), overrideReason: 'x' }],
    ] as const) {
      expect((await rejection(journal.call(method, payload))).message).toMatch(/never edited again/);
    }
    const sections = submitted.versions[1]!.sections;
    expect((await rejection(journal.call('saveReportDraft', { ...key(), version: 2, sections }))).code).toBe(
      'report-frozen',
    );
    expect(JSON.stringify((await stored()).versions[0])).toBe(readByCaregiver);
  });

  it('starts a new report with the same facts whatever language is asked, and lists newest first', async () => {
    const second = asReport(
      await journal.call('createReport', {
        caseId: journal.caseId,
        title: 'Otra audiencia',
        hearing: { kind: 'other' },
      }),
    );
    expect(second.reviewWorkingDays).toBe(3);
    expect(second.versions[0]!.sections[0]!.statements[0]!.fact).toEqual({
      kind: 'reference',
      reference: 'RIT C-1234-2024',
    });
    const listed = (await journal.call('listReports', { caseId: journal.caseId })) as CourtReport[];
    expect(listed.map((each) => each.id)).toEqual([second.id, reportId]);
  });

  it('keeps both of two comments recorded at the same moment', async () => {
    const other = asReport(
      await journal.call('createReport', { caseId: journal.caseId, title: 'Tercera', hearing: { kind: 'first' } }),
    );
    const otherKey = { caseId: journal.caseId, reportId: other.id };
    await journal.call('shareReviewCopy', {
      ...otherKey,
      sharedWith: { partyId: 'p-mother', date: '2025-03-20', method: 'post' },
    });
    const comment = (words: string) => ({
      ...otherKey,
      comment: { version: 1, section: 'referral', stance: 'correction', words, recordedOn: '2025-03-21' },
    });
    await Promise.all([
      journal.call('recordReportComment', comment('Una')),
      journal.call('recordReportComment', comment('Dos')),
    ]);
    const [stored] = (await journal.call('listReports', { caseId: journal.caseId })) as CourtReport[];
    expect(stored!.comments.map((each) => each.words).sort()).toEqual(['Dos', 'Una']);
  });

  it('says which report is missing, and which case', async () => {
    const missing = await rejection(journal.call('checkReport', { caseId: journal.caseId, reportId: 'nope' }));
    expect(missing.code).toBe('report-not-found');
    expect((await rejection(journal.call('listReports', { caseId: 'no-case' }))).code).toBe('missing-file');
  });

  it('keeps nothing readable on disk, and answers nothing once locked', async () => {
    await journal.services.vault.lock();
    for (const { file, bytes } of await vaultFiles(journal.directory)) {
      for (const text of ['Tomás duerme bien', reportableNote, privateReflection, supervisionNote, 'Sin atrasos']) {
        expect(bytes.includes(Buffer.from(text, 'utf8')), `${text} in ${file}`).toBe(false);
      }
    }
    expect((await rejection(journal.call('listReports', { caseId: journal.caseId }))).code).toBe('locked');
  });
});
