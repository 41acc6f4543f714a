/** An allegation by no one, through the court-report channels: the draft keeps it, sharing and finalizing do not. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CourtReport, Statement } from '../../../src/shared/domain/report/report';
import { rejection } from '../../unit/vault/fixtures';
import { openReportJournal, withConcerns, type ReportJournal } from './support';

let journal: ReportJournal;
let report: CourtReport;
beforeAll(async () => {
  journal = await openReportJournal();
  report = await journal.createReport({ hearing: { kind: 'review', date: '2025-03-31' } });
});
afterAll(() => journal.close());

const key = () => ({ caseId: journal.caseId, reportId: report.id });

const allegation: Statement = {
  id: 'rumour',
  text: 'Se dice que el padre visita de noche.',
  type: 'allegation',
  citations: [],
};

describe('an allegation in a court report', () => {
  it('is kept in a draft, but the report is neither shared nor made final until it says whose it is', async () => {
    await journal.call('saveReportDraft', { ...key(), version: 1, sections: withConcerns(report, allegation) });
    const sharedWith = { partyId: 'p-grandmother', date: '2025-03-17', method: 'in-person' };
    const share = await rejection(journal.call('shareReviewCopy', { ...key(), sharedWith }));
    expect(share.code).toBe('invalid-request');
    expect(share.message).toContain('statement 1 of “Concerns”');
    const finalize = await rejection(journal.call('finalizeReport', { ...key(), overrideReason: 'Urgente.' }));
    expect(finalize.code).toBe('invalid-request');

    const attributed = { ...allegation, by: { partyId: 'p-grandmother' } };
    await journal.call('saveReportDraft', { ...key(), version: 1, sections: withConcerns(report, attributed) });
    const shared = (await journal.call('shareReviewCopy', { ...key(), sharedWith })) as CourtReport;
    expect(shared.versions[0]!.status).toBe('shared');
  });
});
