import { describe, expect, it } from 'vitest';
import {
  finalizeReport,
  recordComment,
  respondToComment,
  reviseReport,
  saveDraft,
  shareReviewCopy,
  submitReport,
  updateDetails,
} from '../../../src/shared/domain/report/lifecycle';
import { courtDocuments, withDocument as keepDocument } from '../../../src/shared/domain/report/documents';
import type { CourtReport, ReportCheck, ReportDocument } from '../../../src/shared/domain/report/report';
import { reportSectionKinds } from '../../../src/shared/domain/report/reportTaxonomy';
import { AppError } from '../../../src/shared/ipc/result';
import { parties } from '../journal/journalFixtures';
import { at, later, newReport, sections, statement } from './reportFixtures';

const sharing = { partyId: 'p-grandmother', date: '2025-03-21', method: 'in-person' as const };
const passed: ReportCheck[] = [{ id: 'caregiver-view', passed: true, details: ['statements=1'] }];
const failed: ReportCheck[] = [{ id: 'review-window', passed: false, details: ['not-shared'] }];
const finalDocument = {
  kind: 'final' as const,
  format: 'docx' as const,
  fileName: 'informe.docx',
  sha256: 'a'.repeat(64),
  exportedAt: later,
};

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

/** The report with these files kept with its newest version, as the export does. */
function keepDocuments(report: CourtReport, documents: ReportDocument[]): CourtReport {
  return documents.reduce((kept, document) => keepDocument(kept, report.versions.length, document), report);
}

function drafted(): CourtReport {
  return saveDraft(newReport(), { version: 1, sections: sections({ concerns: [statement('s1', 'Faltas.')] }) }, at);
}

function shared(): CourtReport {
  return shareReviewCopy(drafted(), sharing, parties, later);
}

function withDocument(report: CourtReport): CourtReport {
  const versions = report.versions.map((version, index) =>
    index === report.versions.length - 1 ? { ...version, documents: [finalDocument] } : version,
  );
  return { ...report, versions };
}

describe('a new report', () => {
  it('is version 1, a draft with every section in order and the usual review window', () => {
    const report = newReport();
    expect(report.versions).toHaveLength(1);
    expect(report.versions[0]).toMatchObject({ number: 1, status: 'draft', documents: [] });
    expect(report.versions[0]!.sections.map((section) => section.kind)).toEqual([...reportSectionKinds]);
    expect(report.reviewWorkingDays).toBe(5);
    expect(newReport({ hearing: { kind: 'first' } }).reviewWorkingDays).toBe(3);
    expect(newReport({ reviewWorkingDays: 7 }).reviewWorkingDays).toBe(7);
  });

  it('changes its details until submitted, stamping the time', () => {
    const report = updateDetails(
      newReport({ court: 'Juzgado' }),
      { title: ' Nueva ', court: ' ', reviewWorkingDays: 4 },
      later,
    );
    expect(report).toMatchObject({ title: 'Nueva', reviewWorkingDays: 4, updatedAt: later });
    expect(report.court).toBeUndefined();
  });
});

describe('saving a draft', () => {
  it('replaces the text of the newest draft and keeps a reason for a missing caregiver view', () => {
    const report = saveDraft(
      newReport(),
      {
        version: 1,
        sections: sections({ concerns: [statement('s1', 'Faltas.')] }),
        caregiverViewAbsentReason: ' No vino ',
      },
      later,
    );
    expect(report.versions[0]!.sections[5]!.statements[0]!.text).toBe('Faltas.');
    expect(report.versions[0]!.caregiverViewAbsentReason).toBe('No vino');
    expect(report.versions[0]!.updatedAt).toBe(later);
    expect(report.updatedAt).toBe(later);
  });

  it('refuses sections missing, out of order or with a repeated statement id', () => {
    const missing = sections().slice(1);
    expect(errorOf(() => saveDraft(newReport(), { version: 1, sections: missing }, at)).code).toBe('invalid-request');
    const swapped = sections();
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    expect(errorOf(() => saveDraft(newReport(), { version: 1, sections: swapped }, at)).code).toBe('invalid-request');
    const twice = sections({ referral: [statement('s1', 'a')], concerns: [statement('s1', 'b')] });
    expect(errorOf(() => saveDraft(newReport(), { version: 1, sections: twice }, at)).code).toBe('invalid-request');
  });

  it('refuses a shared version, and a version that is not there', () => {
    const error = errorOf(() => saveDraft(shared(), { version: 1, sections: sections() }, later));
    expect(error.code).toBe('report-frozen');
    expect(errorOf(() => saveDraft(newReport(), { version: 9, sections: sections() }, at)).code).toBe(
      'report-not-found',
    );
  });
});

describe('the review loop', () => {
  it('shares the newest draft with a caregiver, freezing it', () => {
    const report = shared();
    expect(report.versions[0]).toMatchObject({ status: 'shared', sharedWith: sharing });
    expect(errorOf(() => shareReviewCopy(report, sharing, parties, later)).code).toBe('report-step');
  });

  it('shares only with a parent or caregiver, and only a version that says something', () => {
    const child = { ...sharing, partyId: 'p-child' };
    expect(errorOf(() => shareReviewCopy(drafted(), child, parties, later)).code).toBe('invalid-request');
    expect(errorOf(() => shareReviewCopy(drafted(), { ...sharing, partyId: 'nobody' }, parties, later)).code).toBe(
      'invalid-request',
    );
    expect(errorOf(() => shareReviewCopy(newReport(), sharing, parties, later)).message).toMatch(/nothing to share/);
  });

  it('refuses to share while a flagged disclosure has no decision, which would vanish from the copy unseen', () => {
    const flagged = (decision: 'pending' | 'share' | 'withhold') =>
      saveDraft(
        newReport(),
        {
          version: 1,
          sections: sections({
            concerns: [statement('s1', 'Faltas.', { disclosure: { aboutPartyIds: ['p-father'], decision } })],
          }),
        },
        at,
      );
    const error = errorOf(() => shareReviewCopy(flagged('pending'), sharing, parties, later));
    expect(error.code).toBe('report-step');
    expect(error.message).toMatch(/decide the flagged disclosures before sharing/);
    expect(shareReviewCopy(flagged('withhold'), sharing, parties, later).versions[0]!.status).toBe('shared');
    expect(shareReviewCopy(flagged('share'), sharing, parties, later).versions[0]!.status).toBe('shared');
  });

  it('keeps comments with the shared version they read, and their responses', () => {
    const comment = {
      version: 1,
      section: 'concerns' as const,
      stance: 'disagrees' as const,
      words: ' No falté nunca. ',
      line: '12',
      recordedOn: '2025-03-22',
    };
    expect(errorOf(() => recordComment(drafted(), comment, 'c1', later)).code).toBe('report-step');
    let report = recordComment(shared(), comment, 'c1', later);
    report = reviseReport(report, later);
    // A comment given after the revision still belongs to the version they read.
    report = recordComment(report, { ...comment, words: 'Y otra cosa', line: ' ' }, 'c2', later);
    expect(report.comments.map((item) => [item.id, item.version, item.words, item.line])).toEqual([
      ['c1', 1, 'No falté nunca.', '12'],
      ['c2', 1, 'Y otra cosa', undefined],
    ]);
    expect(errorOf(() => recordComment(report, { ...comment, version: 2 }, 'c3', later)).code).toBe('report-step');
    report = respondToComment(report, 'c1', { outcome: 'changed', note: 'Corregido.' }, later);
    expect(report.comments[0]!.response).toEqual({ outcome: 'changed', note: 'Corregido.' });
    expect(errorOf(() => respondToComment(report, 'zz', { outcome: 'changed', note: '' }, later)).code).toBe(
      'report-not-found',
    );
  });

  it('revises into a new draft based on the newest version, never from a draft', () => {
    const report = reviseReport(shared(), later);
    expect(report.versions.map((version) => [version.number, version.status, version.basedOn])).toEqual([
      [1, 'shared', undefined],
      [2, 'draft', 1],
    ]);
    expect(report.versions[1]!.sections).toEqual(report.versions[0]!.sections);
    expect(report.versions[1]!.sharedWith).toBeUndefined();
    expect(errorOf(() => reviseReport(report, later)).code).toBe('report-step');
  });
});

describe('finalizing and submitting', () => {
  it('turns a draft final in place, keeping the checks', () => {
    const report = finalizeReport(drafted(), passed, 'ignored', later);
    expect(report.versions).toHaveLength(1);
    expect(report.versions[0]).toMatchObject({ status: 'final', finalized: { at: later, checks: passed } });
    expect(report.versions[0]!.finalized!.override).toBeUndefined();
    expect(errorOf(() => finalizeReport(report, passed, undefined, later)).code).toBe('report-step');
  });

  it('adds a final copy of a shared version, leaving what the caregiver read as it was', () => {
    const before = shared();
    const report = finalizeReport(before, failed, 'La audiencia se adelantó.', later);
    expect(report.versions[0]).toEqual(before.versions[0]);
    expect(report.versions[1]).toMatchObject({
      number: 2,
      status: 'final',
      basedOn: 1,
      finalized: { checks: failed, override: { reason: 'La audiencia se adelantó.' } },
    });
  });

  it('needs a reason to go on when a check did not pass', () => {
    const error = errorOf(() => finalizeReport(drafted(), failed, '  ', later));
    expect(error.code).toBe('report-checks-failed');
    expect(error.message).toContain('review-window');
  });

  it('keeps what a final version prints: no details, comments or answers change until a new version', () => {
    const comment = {
      version: 1,
      section: 'concerns' as const,
      stance: 'agrees' as const,
      words: 'Sí.',
      recordedOn: '2025-03-22',
    };
    const final = finalizeReport(recordComment(shared(), comment, 'c1', later), failed, 'Motivo.', later);
    for (const step of [
      () => updateDetails(final, { court: 'Otro juzgado' }, later),
      () => recordComment(final, comment, 'c2', later),
      () => respondToComment(final, 'c1', { outcome: 'no-change-needed', note: '' }, later),
    ]) {
      const error = errorOf(step);
      expect(error.code).toBe('report-frozen');
      expect(error.message).toMatch(/start a new version first/);
    }
    // A new version reopens them.
    const revised = reviseReport(final, later);
    expect(updateDetails(revised, { court: 'Otro juzgado' }, later).court).toBe('Otro juzgado');
    expect(
      respondToComment(revised, 'c1', { outcome: 'no-change-needed', note: '' }, later).comments[0]!.response,
    ).toBeDefined();
  });

  it('pins the final documents exported before submission, telling later copies apart', () => {
    const final = withDocument(finalizeReport(drafted(), passed, undefined, later));
    const markdown = { ...finalDocument, format: 'md' as const, fileName: 'informe.md', sha256: 'b'.repeat(64) };
    const review = { ...finalDocument, kind: 'review' as const, fileName: 'revision.docx', sha256: 'c'.repeat(64) };
    const exported = keepDocuments(final, [markdown, review]);
    const report = submitReport(exported, { date: '2025-03-30', court: ' Juzgado ' }, later);
    expect(report.versions[0]!.submitted).toEqual({
      date: '2025-03-30',
      court: 'Juzgado',
      documents: [
        { fileName: 'informe.docx', format: 'docx', sha256: 'a'.repeat(64) },
        { fileName: 'informe.md', format: 'md', sha256: 'b'.repeat(64) },
      ],
    });
    // Printed again after submission: kept with the version, listed apart from what went to court.
    const again = { ...finalDocument, fileName: 'informe-copia.docx', sha256: 'd'.repeat(64) };
    const printed = keepDocuments(report, [again]);
    expect(printed.versions[0]!.submitted).toEqual(report.versions[0]!.submitted);
    const split = courtDocuments(printed.versions[0]!);
    expect(split.pinned).toBe(true);
    expect(split.sent.map((document) => document.fileName)).toEqual(['informe.docx', 'informe.md']);
    expect(split.later.map((document) => document.fileName)).toEqual(['revision.docx', 'informe-copia.docx']);
    const unpinned = courtDocuments({ ...printed.versions[0]!, submitted: { date: '2025-03-30', court: 'Juzgado' } });
    expect(unpinned).toMatchObject({ pinned: false, sent: [] });
    expect(unpinned.later).toHaveLength(4);
  });

  it('submits only a final version with its final report exported, and then freezes everything', () => {
    const submission = { date: '2025-03-30', court: 'Juzgado de Familia' };
    expect(errorOf(() => submitReport(drafted(), submission, later)).code).toBe('report-step');
    const final = finalizeReport(drafted(), passed, undefined, later);
    expect(errorOf(() => submitReport(final, submission, later)).message).toMatch(/Export the final report first/);
    const report = submitReport(withDocument(final), submission, later);
    expect(report.versions[0]).toMatchObject({ status: 'submitted', submitted: submission });
    expect(report.versions[0]!.submitted!.documents).toHaveLength(1);
    for (const step of [
      () => reviseReport(report, later),
      () => updateDetails(report, { title: 'x' }, later),
      () => respondToComment(report, 'c1', { outcome: 'changed', note: '' }, later),
      () => finalizeReport(report, passed, undefined, later),
      () => submitReport(report, submission, later),
      () =>
        recordComment(
          report,
          { version: 1, section: 'concerns', stance: 'agrees', words: 'x', recordedOn: '2025-03-30' },
          'c9',
          later,
        ),
    ]) {
      expect(errorOf(step).message).toMatch(/never edited again/);
    }
    expect(errorOf(() => saveDraft(report, { version: 1, sections: sections() }, later)).code).toBe('report-frozen');
  });
});
