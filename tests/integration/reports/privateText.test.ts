/**
 * Private journal text through the court-report channels as the app calls them: a draft cannot
 * point at a section that is not reportable, and a version holding private text is neither
 * shared nor made final, whatever reason is given.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CourtReport, Statement } from '../../../src/shared/domain/report/report';
import { rejection } from '../../unit/vault/fixtures';
import { openReportJournal, privateReflection, withConcerns, type ReportJournal } from './support';

let journal: ReportJournal;
let report: CourtReport;
beforeAll(async () => {
  journal = await openReportJournal();
  report = await journal.createReport({ hearing: { kind: 'review', date: '2025-03-24' } });
});
afterAll(() => journal.close());

const key = () => ({ caseId: journal.caseId, reportId: report.id });
/** The last nine words of the private reflection, without its marker. */
const privateTail = privateReflection.split(' ').slice(-9).join(' ');

const observation = (id: string, text: string, overrides: Partial<Statement> = {}): Statement => ({
  id,
  text,
  type: 'observation',
  citations: [],
  ...overrides,
});

async function stored(): Promise<CourtReport> {
  const reports = (await journal.call('listReports', { caseId: journal.caseId })) as CourtReport[];
  return reports.find((each) => each.id === report.id)!;
}

describe('private journal text and the court report', () => {
  it('refuses a draft whose statement comes from a private, supervision-only or missing section, naming both', async () => {
    for (const source of [
      { entryId: 'e1', sectionId: 'my-reflection' },
      { entryId: 'e2', sectionId: 'what-happened' },
      { entryId: 'e1', sectionId: 'no-such-section' },
      { entryId: 'e9', sectionId: 'for-court' },
    ]) {
      const sections = withConcerns(report, observation('from-journal', 'Texto.', { source }));
      const refused = await rejection(journal.call('saveReportDraft', { ...key(), version: 1, sections }));
      expect(refused.code, source.sectionId).toBe('invalid-request');
      expect(refused.message).toContain('"from-journal" in concerns');
      expect(refused.message).toContain(`"${source.sectionId}"`);
    }
    expect(await stored()).toEqual(report);
    const fine = withConcerns(
      report,
      observation('from-journal', 'Texto.', { source: { entryId: 'e1', sectionId: 'for-court' } }),
    );
    await journal.call('saveReportDraft', { ...key(), version: 1, sections: fine });
  });

  it('neither shares nor finalizes a version holding the tail of a private reflection, whatever the reason', async () => {
    const sections = withConcerns(report, observation('clean', 'Asistió.'), observation('leak', `Noté ${privateTail}`));
    await journal.call('saveReportDraft', { ...key(), version: 1, sections });
    const before = await stored();
    const sharedWith = { partyId: 'p-grandmother', date: '2025-03-17', method: 'in-person' };
    const share = await rejection(journal.call('shareReviewCopy', { ...key(), sharedWith }));
    expect(share.code).toBe('report-private-text');
    expect(share.message).toContain('statement 2 of “Concerns”');
    expect(share.message).not.toContain('manipulaba');
    const finalize = await rejection(
      journal.call('finalizeReport', { ...key(), overrideReason: 'La audiencia se adelantó.' }),
    );
    expect(finalize.code).toBe('report-private-text');
    expect(await stored()).toEqual(before);
  });

  it('refuses a reason to go on that quotes private text, and shares and finalizes once the text is gone', async () => {
    await journal.call('saveReportDraft', {
      ...key(),
      version: 1,
      sections: withConcerns(report, observation('clean', 'Asistió.')),
      caregiverViewAbsentReason: 'No pudo venir.',
    });
    const quoted = await rejection(
      journal.call('finalizeReport', { ...key(), overrideReason: `Porque ${privateTail}` }),
    );
    expect(quoted).toMatchObject({ code: 'report-private-text' });
    expect(quoted.message).toContain('the reason to go on past a failed check');
    const sharedWith = { partyId: 'p-grandmother', date: '2025-03-17', method: 'in-person' };
    const shared = (await journal.call('shareReviewCopy', { ...key(), sharedWith })) as CourtReport;
    expect(shared.versions[0]!.status).toBe('shared');
    const final = (await journal.call('finalizeReport', {
      ...key(),
      overrideReason: 'La audiencia se adelantó.',
    })) as CourtReport;
    expect(final.versions.at(-1)!.status).toBe('final');
  });
});
